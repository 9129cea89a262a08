import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cpSlice, quotesOf } from './quotes.helpers.js';

// Where a speaker's name begins (a short article written for these tests): a regency right after
// the position (`Bupati Purwakarta Dedi Santosa`) belongs to the role when two name words follow;
// a common word opening a sentence before the name (`Rencana Dedi Santosa …`, and the article
// writes `rencana` in lower case) is not the first name; a first name that is also a city
// (`Wali Kota Bogor Bima Arya`) stays in the name.
const text = readFileSync(new URL('../../fixtures/quotes/name-bounds-id.txt', import.meta.url), 'utf8');

describe('the first word of a speaker name (Indonesian)', () => {
  const rows = quotesOf(text).quotes.map((q) => {
    expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
    return [q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.speaker?.role?.text ?? null];
  });

  it('keeps places and common words out of the name', () => {
    expect(rows).toEqual([
      ['tanggul sungai akan diperbaiki pekan depan sesuai rencana', 'Dedi Santosa', 'Dedi', 'Bupati Purwakarta'],
      ['bantuan untuk warga sudah disalurkan', 'Bima Arya', 'Wali Kota Bogor Bima Arya', 'Wali Kota Bogor'],
    ]);
  });
});
