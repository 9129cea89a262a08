import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// `Mereka` as the subject of a reporting verb (a short article written for these tests): the
// group or body that spoke just before (`Asosiasi Pedagang …`), never one person; after a
// person's report it is left unknown. `jadwal pertemuan mereka` is a possessive after a noun
// object, so `mengungkapkan jadwal …` is no report.
const text = quoteFixture('plural-pronoun-id.txt');

describe('the plural pronoun as a speaker (Indonesian)', () => {
  it('reads Mereka as the body that spoke before, or no one', () => {
    expect(quoteRows(text)).toEqual([
      ['id.quote.indirect-verb', 'lokasi baru terlalu jauh dari pusat kota', 98, 138, 'menilai', 'Asosiasi Pedagang Pasar Baru', 'Asosiasi Pedagang Pasar Baru', 'name'],
      ['id.quote.indirect-verb', 'pemerintah kota menunda relokasi hingga akhir tahun', 156, 207, 'meminta', 'Asosiasi Pedagang Pasar Baru', 'Mereka', 'pronoun'],
      ['id.quote.indirect-verb', 'pasar baru akan dilengkapi lahan parkir yang luas', 254, 303, 'menjelaskan', 'Yana Mulyana', 'Wali Kota Bandung Yana Mulyana', 'name'],
      ['id.quote.indirect-verb', 'relokasi tetap berjalan sesuai jadwal', 330, 367, 'mengatakan', null, null, null],
    ]);
  });
});
