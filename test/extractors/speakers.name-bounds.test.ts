import { describe, expect, it } from 'vitest';
import { quoteFixture, quotesOf, spansHold } from './quotes.helpers.js';

// Where a speaker's name begins (a short article written for these tests): a regency right after
// the position (`Bupati Purwakarta Dedi Santosa`) belongs to the role when two name words follow;
// a common word opening a sentence before the name (`Rencana Dedi Santosa …`, and the article
// writes `rencana` in lower case) is not the first name; a first name that is also a city
// (`Wali Kota Bogor Bima Arya`) stays in the name.
const text = quoteFixture('name-bounds-id.txt');

describe('the first word of a speaker name (Indonesian)', () => {
  const { quotes } = quotesOf(text);
  spansHold(text, quotes);
  const rows = quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.speaker?.role?.text ?? null]);

  it('keeps places and common words out of the name', () => {
    expect(rows).toEqual([
      ['tanggul sungai akan diperbaiki pekan depan sesuai rencana', 'Dedi Santosa', 'Dedi', 'Bupati Purwakarta'],
      ['bantuan untuk warga sudah disalurkan', 'Bima Arya', 'Wali Kota Bogor Bima Arya', 'Wali Kota Bogor'],
    ]);
  });
});
