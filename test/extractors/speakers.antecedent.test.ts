import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// A pronoun subject does not point to a person its own quote names (a short article written for
// these tests): in `Ia mengaku tinggal melanjutkan program … yang sudah dirintis Ferry` the
// speaker is not Ferry, though Ferry is the person named last; it is Gede, named before him.
const text = quoteFixture('antecedent-id.txt');

describe('the antecedent of a pronoun cue (Indonesian)', () => {
  it('skips the person the quote talks about', () => {
    expect(quoteRows(text)).toEqual([
      ['id.quote.indirect-verb', 'klub akan fokus membina pemain muda musim ini', 103, 148, 'mengatakan', 'Gede Wirawan', 'Gede', 'name'],
      ['id.quote.indirect-verb', 'tinggal melanjutkan program pembinaan yang sudah dirintis Ferry', 237, 300, 'mengaku', 'Gede Wirawan', 'Ia', 'pronoun'],
    ]);
  });
});
