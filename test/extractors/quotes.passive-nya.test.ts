import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// Passive cues with the speaker suffix opening a report (a short article written for these
// tests): `Diakuinya, …`, `Dikatakannya lagi, …` (an adverb between the cue and its comma) and a
// mid-sentence `…, ditegaskannya, …`; the speaker is the person named before, as for `ujarnya`.
// `Demikian disampaikannya usai …` closes the quotation before it and opens no report.
const text = quoteFixture('passive-nya-id.txt');

describe('passive -nya cues (Indonesian)', () => {
  it('reads Diakuinya and Dikatakannya as reports of the person named before', () => {
    expect(quoteRows(text)).toEqual([
      ['id.quote.indirect-cue-first', 'pembangunan sekolah itu sempat tertunda karena musim hujan yang panjang', 175, 246, 'Diakuinya', 'Suryani Rahmat', 'Diakuinya', 'nya'],
      ['id.quote.indirect-cue-first', 'kapal antar-jemput murid akan beroperasi mulai pekan depan', 268, 326, 'Dikatakannya', 'Suryani Rahmat', 'Dikatakannya', 'nya'],
      ['id.quote.indirect-mid-cue', 'dibiayai dana desa tahun ini', 365, 393, 'ditegaskannya', 'Suryani Rahmat', 'ditegaskannya', 'nya'],
      ['id.quote.post-cue', 'Murid tidak perlu lagi menyeberang dengan perahu sendiri,', 396, 455, 'kata', 'Suryani Rahmat', 'Suryani', 'name'],
    ]);
  });

  it('does not read a passive -nya verb inside a sentence as a cue', () => {
    const inner = 'Sekolah Baru\n\nKepala sekolah Yusuf Hamid menerima bantuan buku. Bantuan itu diakuinya sangat membantu murid di desa terpencil.';
    expect(quoteRows(inner)).toEqual([]);
  });
});
