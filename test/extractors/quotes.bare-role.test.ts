import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { quotesOf } from './quotes.helpers.js';

// A position word alone opening its sentence (`Jaksa menilai …`, `Warga berharap …`) is the
// subject of a report (a short article written for these tests): the speaker is the person the
// article introduces with that position; a word for a kind of people with no one so introduced
// is left unknown (speaker and mention null), never the person named last.
const text = readFileSync(new URL('../../fixtures/quotes/bare-role-id.txt', import.meta.url), 'utf8');

describe('a bare position word as the subject (Indonesian)', () => {
  it('reads the report and resolves the position to the person introduced with it', () => {
    const rows = quotesOf(text).quotes.map((q) => [q.rule, q.text, q.span.start, q.span.end, q.cue?.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null]);
    expect(rows).toEqual([
      ['id.quote.indirect-verb', 'majelis menghukum terdakwa enam tahun penjara', 75, 120, 'meminta', 'Rina Marlina', 'Jaksa Penuntut Umum Rina Marlina'],
      ['id.quote.indirect-verb', 'terdakwa terbukti memperkaya diri sendiri dari dana desa', 137, 193, 'menilai', 'Rina Marlina', 'Jaksa'],
      ['id.quote.indirect-verb', 'uang desa segera dikembalikan ke kas daerah', 216, 259, 'berharap', null, null],
      ['id.quote.indirect-post-cue', 'Sidang dilanjutkan pekan depan', 262, 292, 'kata', 'Rina Marlina', 'Rina'],
    ]);
  });
});
