import { describe, expect, it } from 'vitest';
import { indonesian } from '../../src/lang/id/index.js';
import { compileLexicon, withWordInfo, longestMatch } from '../../src/extractors/entities/lexicon.js';
import { tokenizeWords, wordShape } from '../../src/extractors/entities/tokens.js';
import { encodeModel, decodeModel, MODEL_FORMAT, type TaggerModel } from '../../src/extractors/entities/model-format.js';
import {
  taggerModel,
  tagSentence,
  gazetteerEvidence,
  tokenFeatures,
  historyFeatures,
  allowed,
  type TaggerToken,
} from '../../src/extractors/entities/tagger.js';

const small = {
  tags: ['O', 'B-PER', 'I-PER'],
  lowercase: ['kata', 'yang'],
  names: ['Budi'],
  weights: {
    bias: [0.5, -0.25, 0],
    'w=budi': [-1.5, 2.125, 0.001],
    // A token `|` makes a bar inside a pair feature's value.
    'pw|w=||x': [0, -32.768, 32.767],
  },
};

describe('entities: the tagger model format', () => {
  it('round-trips tags, word lists and weights (as float32)', () => {
    const text = encodeModel(small);
    expect(text.split('\n').slice(0, 5)).toEqual([MODEL_FORMAT, 'O B-PER I-PER', 'kata yang', 'Budi', 'bias w=budi pw|w=||x']);
    const model = decodeModel(text)!;
    expect(model.tags).toEqual(['O', 'B-PER', 'I-PER']);
    expect([...model.lowercase]).toEqual(['kata', 'yang']);
    expect([...model.names]).toEqual(['Budi']);
    expect([...model.features]).toEqual([
      ['bias', 0],
      ['w=budi', 1],
      ['pw|w=||x', 2],
    ]);
    expect(Array.from(model.weights)).toEqual(Array.from(Float32Array.from([0.5, -0.25, 0, -1.5, 2.125, 0.001, 0, -32.768, 32.767])));
    expect(encodeModel({ ...small, weights: Object.fromEntries([...model.features].map(([f, row]) => [f, Array.from(model.weights.subarray(row * 3, row * 3 + 3), (w) => Math.round(w * 1000) / 1000)])) })).toBe(text);
  });

  it('refuses what it cannot hold exactly, and reads an empty text as no model', () => {
    expect(() => encodeModel({ ...small, weights: { bias: [0.0005, 0, 0] } })).toThrow(/thousandth/);
    expect(() => encodeModel({ ...small, weights: { bias: [40, 0, 0] } })).toThrow(/int16/);
    expect(() => encodeModel({ ...small, names: ['Budi Santoso'] })).toThrow(/whitespace/);
    expect(() => encodeModel({ ...small, weights: { bias: [1, 0] } })).toThrow(/2 weights, not 3/);
    expect(() => decodeModel('{"tags":[]}')).toThrow(/warta-ner\/2/);
    expect(decodeModel('')).toBeNull();
  });
});

/**
 * The trainer's view of tagging: feature names per token (tokenFeatures, historyFeatures), weights
 * summed one by one, best allowed tag; with the tagger's shortcut (a lower-case token without
 * evidence after O, or before a lower-case word, is O unscored).
 */
function referenceTags(model: TaggerModel, lex: ReturnType<typeof compileLexicon>, tokens: readonly TaggerToken[]): string[] {
  const evidence = gazetteerEvidence(lex, tokens, model.names);
  const n = model.tags.length;
  const tags: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = tags[i - 1] ?? '<s>';
    const prev2 = tags[i - 2] ?? '<s>';
    const text = tokens[i]!.text;
    if (!/[\p{Lu}\p{N}]/u.test(text) && evidence[i]!.length === 0 && (prev === 'O' || prev === '<s>' || !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''))) {
      tags.push('O');
      continue;
    }
    const scores = new Float64Array(n);
    for (const f of [...tokenFeatures(tokens, i, evidence, model.lowercase), ...historyFeatures(prev, prev2, wordShape(text))]) {
      const row = model.features.get(f);
      if (row !== undefined) for (let k = 0; k < n; k++) scores[k]! += model.weights[row * n + k]!;
    }
    let best = -1;
    for (let k = 0; k < n; k++) if (allowed(prev, model.tags[k]!) && (best < 0 || scores[k]! > scores[best]!)) best = k;
    tags.push(model.tags[best]!);
  }
  return tags;
}

describe('entities: tagging with the shipped model', () => {
  const lex = compileLexicon(indonesian.entities);
  const model = taggerModel(lex)!;
  const tokens = (text: string) => tokenizeWords(text, 0, text.length, lex.abbreviations);
  const sentences = [
    'Menteri Koperasi dan UKM Teten Masduki meninjau pasar di Bandung, Jawa Barat, pada Senin (4/9).',
    '"Kami akan memanggil Direktur PT Sawit Jaya Abadi pekan depan," kata Kapolres Poso AKBP Rudy Hartono.',
    'JAKARTA - Gubernur DKI Jakarta Anies Baswedan menghadiri rapat di Balai Kota bersama warga Cilincing.',
  ];

  // The same tags as the model gave in its earlier JSON format (the ministry is the gazetteer's).
  it('tags a short sentence exactly', () => {
    const t = tokens(sentences[0]!);
    expect(t.map((x, i) => `${x.text}/${tagSentence(model, lex, t)[i]}`)).toEqual([
      'Menteri/O',
      'Koperasi/O',
      'dan/O',
      'UKM/O',
      'Teten/B-PER',
      'Masduki/I-PER',
      'meninjau/O',
      'pasar/O',
      'di/O',
      'Bandung/B-LOC',
      ',/O',
      'Jawa/B-LOC',
      'Barat/I-LOC',
      ',/O',
      'pada/O',
      'Senin/O',
      '(/O',
      '4/9/O',
      ')/O',
      './O',
    ]);
  });

  it('gives the tags the trainer’s feature-by-feature scoring gives, with and without word info attached', () => {
    for (const s of sentences) {
      const expected = referenceTags(model, lex, tokens(s));
      expect(tagSentence(model, lex, tokens(s))).toEqual(expected);
      expect(tagSentence(model, lex, withWordInfo(lex, tokens(s)))).toEqual(expected);
    }
  });

  it('finds lexicon entries the same way with and without word info (lazily built tries)', () => {
    const plain = tokens(sentences[1]!);
    const known = withWordInfo(lex, tokens(sentences[1]!));
    for (const root of [lex.gazetteer, lex.titles, lex.positions, lex.organisationHeads]) {
      for (let i = 0; i < plain.length; i++) expect(longestMatch(root, known, i)).toEqual(longestMatch(root, plain, i));
    }
    expect(longestMatch(lex.gazetteer, known, plain.findIndex((t) => t.text === 'Poso'))?.value.canonical).toBe('Poso');
  });
});
