import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { quotesOf } from './quotes.helpers.js';

// A position word written in lower case after a comma (`Senada dengan warga, peneliti oseanografi
// Badan X (BX) Wahyu Prasetyo menilai …`) heads the subject's role as a capitalised one does (a
// short article written for these tests); a role held for someone else (`kuasa hukum Bambang
// menyebut`) does not make the client the speaker.
const text = readFileSync(new URL('../../fixtures/quotes/lower-role-id.txt', import.meta.url), 'utf8');

describe('a lower-case role before the name (Indonesian)', () => {
  it('reads the speaker, role and affiliation, and not the client of a lawyer', () => {
    const rows = quotesOf(text).quotes.map((q) => [q.rule, q.text, q.span.start, q.span.end, q.cue?.text, q.speaker?.name, q.speaker?.mention?.text ?? null, q.speaker?.role?.text ?? null, q.speaker?.affiliation?.text ?? null]);
    expect(rows).toEqual([
      ['id.quote.indirect-verb', 'tanggul laut yang ada sudah tidak mampu menahan air pasang', 240, 298, 'menilai', 'Wahyu Prasetyo', 'peneliti oseanografi Badan Riset dan Inovasi Nasional (BRIN) Wahyu Prasetyo', 'peneliti oseanografi', 'Badan Riset dan Inovasi Nasional'],
    ]);
  });
});
