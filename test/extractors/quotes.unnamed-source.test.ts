import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// Sources the article does not name (a short article written for these tests): `Seorang sumber
// …`, a subject whose name is withheld (`yang enggan disebut namanya`) and `Sumber itu` report
// with no speaker (guideline: null where the article does not say who), and a `-nya` cue right
// after such a source stays with it rather than going back to the person named before. A name
// after the noun (`Saksi mata lainnya Nanda`) names the source; an indefinite subject of a
// condition (`Jika seorang pejabat mengumumkan …`) reports nothing.
const text = quoteFixture('unnamed-source-id.txt');

describe('unnamed sources (Indonesian)', () => {
  it('finds the reports of unnamed sources and leaves their speaker empty', () => {
    expect(quoteRows(text)).toEqual([
      ['id.quote.indirect-verb', 'antrean di pangkalan sudah berlangsung tiga hari', 194, 242, 'mengatakan', 'Hendra Wijaya', 'Hendra Wijaya', 'name'],
      ['id.quote.indirect-verb', 'kiriman dari agen memang dipangkas separuh bulan ini', 292, 344, 'mengatakan', null, null, null],
      ['id.quote.post-cue-nya', 'Kami sendiri belum tahu kapan pasokan kembali normal,', 347, 402, 'katanya', null, null, null],
      ['id.quote.indirect-verb', 'kuota tambahan baru diajukan kemarin', 474, 510, 'menyebutkan', null, null, null],
      ['id.quote.indirect-verb', 'agen nakal akan diberi sanksi tegas', 538, 573, 'menyebut', null, null, null],
      ['id.quote.indirect-verb', 'antrean sempat ricuh pada Selasa pagi', 612, 649, 'mengatakan', 'Nanda', 'Saksi mata lainnya Nanda', 'name'],
    ]);
  });

  it('keeps the person named before for a -nya cue once someone is named again', () => {
    const named = `${text}\n\nKepala Dinas Perdagangan Rina Astuti meninjau pangkalan itu pada sore harinya.\n\n"Kami akan menambah kiriman mulai besok," katanya.`;
    const rows = quoteRows(named);
    expect(rows.at(-1)).toEqual(['id.quote.post-cue-nya', 'Kami akan menambah kiriman mulai besok,', 825, 866, 'katanya', 'Rina Astuti', 'katanya', 'nya']);
  });
});
