import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { emptyNerCounts, goldMentions, parseConll, predictedMentions, scoreSentence, sentenceText } from '../../src/eval/conll.js';
import { nerRows } from '../../src/eval/report.js';
import type { Entity } from '../../src/types.js';
import { CONLL_FIXTURE } from './helpers.js';

const { sentences, problems } = parseConll(readFileSync(CONLL_FIXTURE, 'utf8'));

const mention = (text: string, name: string, start: number): Entity => ({
  id: 'e',
  name,
  rule: 'test',
  aliases: [],
  mentions: [{ text: name, start, end: start + name.length }],
});

describe('CoNLL reading', () => {
  it('reads sentences, rebuilds their text and turns BIO tags into token ranges', () => {
    expect(problems).toEqual([]);
    expect(sentences.map((s) => s.line)).toEqual([1, 16]);
    const first = sentenceText(sentences[0]!.tokens);
    expect(first.text).toBe('Menurut Ketua KPU Arief Budiman, pemungutan suara di Jawa Barat berjalan lancar.');
    expect(first.offsets.slice(2, 6)).toEqual([[14, 17], [18, 23], [24, 31], [31, 32]]);
    expect(sentenceText(sentences[1]!.tokens).text).toBe('Gubernur (DKI) Anies Baswedan bertemu pengurus PDI-P.');
    expect(goldMentions(sentences[0]!.tokens)).toEqual([
      { label: 'ORG', first: 2, last: 2 },
      { label: 'PER', first: 3, last: 4 },
      { label: 'LOC', first: 9, last: 10 },
    ]);
  });

  it('reads CRLF files and starts an entity at an I- tag that continues nothing (as conlleval)', () => {
    const { sentences: s } = parseConll('Di ADP O\r\nBandung PROPN I-LOC\r\nBarat PROPN I-LOC\r\nPT PROPN I-ORG\r\n\r\n');
    expect(goldMentions(s[0]!.tokens)).toEqual([
      { label: 'LOC', first: 1, last: 2 },
      { label: 'ORG', first: 3, last: 3 },
    ]);
  });
});

describe('CoNLL scoring (hand-made predictions, known scores)', () => {
  it('scores exact and overlap matches per label and overall', () => {
    const counts = emptyNerCounts();
    // Sentence 1: `Ketua KPU` as ORG (overlaps KPU, wrong boundary), Arief Budiman, Jawa Barat.
    const s1 = sentenceText(sentences[0]!.tokens);
    const p1 = predictedMentions(
      { organisations: [mention(s1.text, 'Ketua KPU', 8)], people: [mention(s1.text, 'Arief Budiman', 18)], places: [mention(s1.text, 'Jawa Barat', 53)] },
      s1.text,
      s1.offsets,
    );
    expect(p1).toEqual([
      { label: 'ORG', first: 1, last: 2 },
      { label: 'PER', first: 3, last: 4 },
      { label: 'LOC', first: 9, last: 10 },
    ]);
    const e1 = scoreSentence('tiny:1', s1.text, s1.offsets, goldMentions(sentences[0]!.tokens), p1, counts);
    expect(e1).toEqual([
      { document: 'tiny:1', metric: 'ner.ORG', type: 'boundary', text: 'KPU', detail: 'predicted "Ketua KPU"', context: 'Menurut Ketua ⟦KPU⟧ Arief Budiman, pemungutan…' },
    ]);
    // Sentence 2: `DKI` as ORG (gold LOC), `Gubernur` as PER (not in the gold), Anies Baswedan,
    // and `PDI` inside the token `PDI-P` (maps to that token: exact).
    const s2 = sentenceText(sentences[1]!.tokens);
    const p2 = predictedMentions(
      {
        organisations: [mention(s2.text, 'DKI', 10), mention(s2.text, 'PDI', 47)],
        people: [mention(s2.text, 'Gubernur', 0), mention(s2.text, 'Anies Baswedan', 15)],
        places: [],
      },
      s2.text,
      s2.offsets,
    );
    const e2 = scoreSentence('tiny:16', s2.text, s2.offsets, goldMentions(sentences[1]!.tokens), p2, counts);
    expect(e2.map((e) => [e.metric, e.type, e.text, e.detail])).toEqual([
      ['ner.LOC', 'miss', 'DKI', 'predicted as ORG "DKI"'],
      ['ner.PER', 'false-hit', 'Gubernur', null],
      ['ner.ORG', 'false-hit', 'DKI', 'gold says LOC "DKI"'],
    ]);

    const rows = Object.fromEntries(nerRows(counts).map((r) => [r.metric, r]));
    expect(Object.keys(rows)).toEqual(['ORG.exact', 'PER.exact', 'LOC.exact', 'all.exact', 'ORG.overlap', 'PER.overlap', 'LOC.overlap', 'all.overlap']);
    // ORG exact: PDI-P right; Ketua KPU and DKI wrong; KPU missed.
    expect(rows['ORG.exact']).toMatchObject({ gold: 2, predicted: 3, tp: 1, fp: 2, fn: 1, recall: 0.5 });
    expect(rows['ORG.exact']!.precision).toBeCloseTo(1 / 3, 12);
    expect(rows['ORG.exact']!.f1).toBeCloseTo(0.4, 12);
    expect(rows['PER.exact']).toMatchObject({ tp: 2, fp: 1, fn: 0, recall: 1 });
    expect(rows['PER.exact']!.f1).toBeCloseTo(0.8, 12);
    expect(rows['LOC.exact']).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(rows['all.exact']).toMatchObject({ gold: 6, predicted: 7, tp: 4, fp: 3, fn: 2 });
    expect(rows['all.exact']!.f1).toBeCloseTo(8 / 13, 12);
    // Overlap: `Ketua KPU` now counts for KPU.
    expect(rows['ORG.overlap']).toMatchObject({ tp: 2, fp: 1, fn: 0, recall: 1 });
    expect(rows['all.overlap']).toMatchObject({ tp: 5, fp: 2, fn: 1 });
    expect(rows['all.overlap']!.f1).toBeCloseTo(10 / 13, 12);
  });
});
