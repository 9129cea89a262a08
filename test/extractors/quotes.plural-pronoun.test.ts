import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cpSlice, quotesOf } from './quotes.helpers.js';

// `Mereka` as the subject of a reporting verb (a short article written for these tests): the
// group or body that spoke just before (`Asosiasi Pedagang …`), never one person; after a
// person's report it is left unknown. `jadwal pertemuan mereka` is a possessive after a noun
// object, so `mengungkapkan jadwal …` is no report.
const text = readFileSync(new URL('../../fixtures/quotes/plural-pronoun-id.txt', import.meta.url), 'utf8');

describe('the plural pronoun as a speaker (Indonesian)', () => {
  const rows = quotesOf(text).quotes.map((q) => {
    expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
    return [q.rule, q.text, q.span.start, q.span.end, q.cue?.text ?? null, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.speaker?.resolved ?? null];
  });

  it('reads Mereka as the body that spoke before, or no one', () => {
    expect(rows).toEqual([
      ['id.quote.indirect-verb', 'lokasi baru terlalu jauh dari pusat kota', 98, 138, 'menilai', 'Asosiasi Pedagang Pasar Baru', 'Asosiasi Pedagang Pasar Baru', 'name'],
      ['id.quote.indirect-verb', 'pemerintah kota menunda relokasi hingga akhir tahun', 156, 207, 'meminta', 'Asosiasi Pedagang Pasar Baru', 'Mereka', 'pronoun'],
      ['id.quote.indirect-verb', 'pasar baru akan dilengkapi lahan parkir yang luas', 254, 303, 'menjelaskan', 'Yana Mulyana', 'Wali Kota Bandung Yana Mulyana', 'name'],
      ['id.quote.indirect-verb', 'relokasi tetap berjalan sesuai jadwal', 330, 367, 'mengatakan', null, null, null],
    ]);
  });
});
