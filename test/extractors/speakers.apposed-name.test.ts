import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// A one-word name after a post-cue, described after a comma by a common noun (`kata Agung,
// pengendara ojek`), is a person, even where a body's name ends in that word (`Mahkamah Agung`).
// A short article written for this test.
const text = quoteFixture('apposed-name-id.txt');

describe('a name described in apposition after the cue (Indonesian)', () => {
  it('reads a person, not the court', () => {
    expect(quoteRows(text)).toEqual([
      ['id.quote.post-cue', 'Saya sudah tahu dari berita, makanya saya berani lewat sini,', 77, 139, 'kata', 'Agung', 'Agung', 'name'],
    ]);
  });
});
