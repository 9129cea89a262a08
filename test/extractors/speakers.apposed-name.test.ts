import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cpSlice, quotesOf } from './quotes.helpers.js';

// A one-word name after a post-cue, described after a comma by a common noun (`kata Agung,
// pengendara ojek`), is a person, even where a body's name ends in that word (`Mahkamah Agung`).
// A short article written for this test.
const text = readFileSync(new URL('../../fixtures/quotes/apposed-name-id.txt', import.meta.url), 'utf8');

describe('a name described in apposition after the cue (Indonesian)', () => {
  const rows = quotesOf(text).quotes.map((q) => {
    expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
    return [q.rule, q.text, q.span.start, q.span.end, q.cue?.text ?? null, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.speaker?.resolved ?? null];
  });

  it('reads a person, not the court', () => {
    expect(rows).toEqual([
      ['id.quote.post-cue', 'Saya sudah tahu dari berita, makanya saya berani lewat sini,', 77, 139, 'kata', 'Agung', 'Agung', 'name'],
    ]);
  });
});
