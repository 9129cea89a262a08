import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeInto, type FigureToken } from '../../src/extractors/figures/tokens.js';

describe('tokenizeInto', () => {
  const text = 'Harga naik Rp1.200,5 juta.\n\nLaki-laki itu membayar 30%.';

  it('writes the tokens of each paragraph into the same objects, as tokenize reads them', () => {
    const pool: FigureToken[] = [];
    const first = tokenizeInto(text, 0, 26, pool);
    expect(first).toBe(6);
    expect(pool.slice(0, first)).toEqual(tokenize(text, 0, 26));
    const objects = pool.slice();
    const second = tokenizeInto(text, 28, text.length, pool);
    expect(pool.slice(0, second)).toEqual(tokenize(text, 28, text.length));
    expect(pool.slice(0, second).map((t) => [t.text, t.lower, t.kind, t.start, t.end])).toEqual([
      ['Laki-laki', 'laki-laki', 'word', 28, 37],
      ['itu', 'itu', 'word', 38, 41],
      ['membayar', 'membayar', 'word', 42, 50],
      ['30', '30', 'digits', 51, 53],
      ['%', '%', 'mark', 53, 54],
      ['.', '.', 'mark', 54, 55],
    ]);
    // The six objects of the first paragraph were reused, none was made anew.
    expect(second).toBe(6);
    expect(pool.every((t, i) => t === objects[i])).toBe(true);
  });

  it('appends after `from`, and tokenize still appends to what it is given', () => {
    const out = tokenize(text, 0, 5);
    expect(tokenize(text, 6, 10, out).map((t) => t.text)).toEqual(['Harga', 'naik']);
  });
});
