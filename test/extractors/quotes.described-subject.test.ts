import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cpSlice, quotesOf } from './quotes.helpers.js';

// A description with a relative clause as the subject (a short article written for these
// tests): `Pria yang akrab disapa Adi itu menegaskan …` points back to the person named before.
// The last paragraph describes someone with no reporting verb and gives nothing.
const text = readFileSync(new URL('../../fixtures/quotes/described-subject-id.txt', import.meta.url), 'utf8');

describe('a described subject with a relative clause (Indonesian)', () => {
  const rows = quotesOf(text).quotes.map((q) => {
    expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
    return [q.rule, q.text, q.span.start, q.span.end, q.cue?.text ?? null, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.speaker?.resolved ?? null];
  });

  it('reads the description as the person named before', () => {
    expect(rows).toEqual([
      ['id.quote.indirect-verb', 'jalur itu dibangun bersama warga desa selama enam bulan', 122, 177, 'mengatakan', 'Suryadi Hasan', 'Suryadi', 'name'],
      ['id.quote.indirect-verb', 'kuota pendaki tetap dibatasi 500 orang per hari', 228, 275, 'menegaskan', 'Suryadi Hasan', 'Pria yang akrab disapa Adi itu', 'pronoun'],
    ]);
  });
});
