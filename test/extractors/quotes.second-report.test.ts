import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cpSlice, quotesOf } from './quotes.helpers.js';

// Two reports joined in one sentence by a conjunction (a short article written for these tests):
// `X menjelaskan A, namun ia memastikan B` and `X membantah A dan juga membantah B` are two
// indirect quotes, the first ending where the second report begins; the second has a pronoun
// subject or none (the same source goes on). Not split: a verb without a subject after a clause
// that holds a report of its own (`kelompok tani mendesak A dan mendesak B`), or one followed by a
// noun and a later verb (`dan melanjutkan tradisi menanam …`).
const text = readFileSync(new URL('../../fixtures/quotes/second-report-id.txt', import.meta.url), 'utf8');

describe('a second report joined in one sentence (Indonesian)', () => {
  const result = quotesOf(text);
  const rows = result.quotes.map((q) => [q.rule, q.text, q.span.start, q.span.end, q.cue?.text, q.speaker?.name, q.speaker?.mention?.text ?? null, q.speaker?.resolved]);

  it('splits at the conjunction and keeps the speaker', () => {
    expect(rows).toEqual([
      ['id.quote.indirect-verb', 'stok gabah di gudang daerah masih akan ditambah hingga 12 ribu ton', 110, 176, 'menjelaskan', 'Ratna Wulandari', 'Kepala Dinas Pertanian Jawa Barat Ratna Wulandari', 'name'],
      ['id.quote.indirect-verb', 'harga gabah tidak akan turun saat panen raya', 198, 242, 'memastikan', 'Ratna Wulandari', 'ia', 'pronoun'],
      ['id.quote.indirect-verb', 'menerima laporan kelangkaan pupuk di Indramayu', 266, 312, 'membantah', 'Ratna Wulandari', 'Ratna', 'name'],
      ['id.quote.indirect-verb', 'pernah menunda penyaluran bantuan benih', 332, 371, 'membantah', 'Ratna Wulandari', null, 'continuation'],
      ['id.quote.indirect-verb', 'kelompok tani mendesak dinas menambah gudang dan mendesak bank daerah menurunkan bunga kredit', 417, 510, 'mengatakan', 'Hendra Saputra', 'Wakil Ketua DPRD Hendra Saputra', 'name'],
      ['id.quote.indirect-verb', 'petani ingin mengembangkan usaha dan melanjutkan tradisi menanam padi lokal', 530, 605, 'menyebut', 'Hendra Saputra', 'Hendra', 'name'],
    ]);
    for (const q of result.quotes) expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
  });
});
