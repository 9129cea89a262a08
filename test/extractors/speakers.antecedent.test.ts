import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cpSlice, quotesOf } from './quotes.helpers.js';

// A pronoun subject does not point to a person its own quote names (a short article written for
// these tests): in `Ia mengaku tinggal melanjutkan program … yang sudah dirintis Ferry` the
// speaker is not Ferry, though Ferry is the person named last; it is Gede, named before him.
const text = readFileSync(new URL('../../fixtures/quotes/antecedent-id.txt', import.meta.url), 'utf8');

describe('the antecedent of a pronoun cue (Indonesian)', () => {
  const rows = quotesOf(text).quotes.map((q) => {
    expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
    return [q.rule, q.text, q.span.start, q.span.end, q.cue?.text ?? null, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.speaker?.resolved ?? null];
  });

  it('skips the person the quote talks about', () => {
    expect(rows).toEqual([
      ['id.quote.indirect-verb', 'klub akan fokus membina pemain muda musim ini', 103, 148, 'mengatakan', 'Gede Wirawan', 'Gede', 'name'],
      ['id.quote.indirect-verb', 'tinggal melanjutkan program pembinaan yang sudah dirintis Ferry', 237, 300, 'mengaku', 'Gede Wirawan', 'Ia', 'pronoun'],
    ]);
  });
});
