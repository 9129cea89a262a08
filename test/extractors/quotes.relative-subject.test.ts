import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cpSlice, quotesOf } from './quotes.helpers.js';

// A short article written for these tests. Read: a name with a relative clause up to the verb
// (`… Raditya Hermawan yang hadir dalam peresmian gudang mengatakan …`), whose company the article
// names on its own (`Kedai Pintar didirikan …`), so it is no part of the name; a derived noun
// object with an auxiliary of its own (`menilai keberadaan gudang baru itu sudah …`). Not read: a
// document with a relative clause (`Laporan yang dirilis …`), a derived noun object without one
// (`menekankan pentingnya pelatihan`), an uploaded photo (`mengunggah foto …`), a reflexive
// object (`memastikan diri lolos …`).
const text = readFileSync(new URL('../../fixtures/quotes/relative-subject-id.txt', import.meta.url), 'utf8');

describe('a subject with a relative clause, and noun objects (Indonesian)', () => {
  const rows = quotesOf(text).quotes.map((q) => {
    expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
    return [q.rule, q.text, q.span.start, q.span.end, q.cue?.text ?? null, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.speaker?.resolved ?? null];
  });

  it('reads the two reports only', () => {
    expect(rows).toEqual([
      ['id.quote.indirect-verb', 'pihaknya akan menambah 200 mitra warung tahun ini', 225, 274, 'mengatakan', 'Raditya Hermawan', 'Co-Founder dan CEO Kedai Pintar Raditya Hermawan', 'name'],
      ['id.quote.indirect-verb', 'keberadaan gudang baru itu sudah sangat dibutuhkan para mitra', 390, 451, 'menilai', 'Raditya Hermawan', 'Raditya', 'name'],
    ]);
  });
});
