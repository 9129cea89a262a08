import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { quotesOf } from './quotes.helpers.js';

// `maka` opening the main clause after a subordinate one (`Mengingat …, maka X berharap …`) and a
// habitual adverb between subject and verb (`X kerap mengatakan, …`) leave the report readable
// (a short article written for these tests).
const text = readFileSync(new URL('../../fixtures/quotes/habitual-maka-id.txt', import.meta.url), 'utf8');

describe('maka before the subject, a habitual adverb before the verb (Indonesian)', () => {
  it('reads both reports with their speaker', () => {
    const rows = quotesOf(text).quotes.map((q) => [q.rule, q.text, q.span.start, q.span.end, q.cue?.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null]);
    expect(rows).toEqual([
      ['id.quote.indirect-verb', 'warga bersabar menunggu hasilnya', 77, 109, 'berharap', 'Dedi Kurniawan', 'Kapolres Dedi Kurniawan'],
      ['id.quote.indirect-verb', 'pihaknya tidak akan menutupi kasus itu', 162, 200, 'mengatakan', 'Dedi Kurniawan', 'Dedi'],
    ]);
  });
});
