import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// A relative clause whose verb reports (a short article written for these tests): `…, pengamat
// tata kota …, Rina Kusuma, yang mengatakan …` is Rina Kusuma's report. A subject with a relative
// clause and a predicate of its own later (`Persib yang berharap menang … harus puas …`) is none.
const text = quoteFixture('relative-speaker-id.txt');

describe('a report in a relative clause about a name in apposition (Indonesian)', () => {
  it('reads the named person as the speaker', () => {
    expect(quoteRows(text)).toEqual([
      ['id.quote.indirect-verb', 'lokasi baru terlalu jauh dari permukiman warga', 154, 200, 'mengatakan', 'Rina Kusuma', 'Rina Kusuma', 'name'],
    ]);
  });
});
