import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cpSlice, quotesOf } from './quotes.helpers.js';

// A relative clause whose verb reports (a short article written for these tests): `…, pengamat
// tata kota …, Rina Kusuma, yang mengatakan …` is Rina Kusuma's report. A subject with a relative
// clause and a predicate of its own later (`Persib yang berharap menang … harus puas …`) is none.
const text = readFileSync(new URL('../../fixtures/quotes/relative-speaker-id.txt', import.meta.url), 'utf8');

describe('a report in a relative clause about a name in apposition (Indonesian)', () => {
  const rows = quotesOf(text).quotes.map((q) => {
    expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
    return [q.rule, q.text, q.span.start, q.span.end, q.cue?.text ?? null, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.speaker?.resolved ?? null];
  });

  it('reads the named person as the speaker', () => {
    expect(rows).toEqual([
      ['id.quote.indirect-verb', 'lokasi baru terlalu jauh dari permukiman warga', 154, 200, 'mengatakan', 'Rina Kusuma', 'Rina Kusuma', 'name'],
    ]);
  });
});
