// A small statistical name tagger: an averaged perceptron over word, shape, affix, context and
// gazetteer features, decoded greedily left to right with the previous tags as features, BIO
// tags for PER/ORG/LOC. Trained by scripts/train-ner.mjs on idner-news-2k (train split); the
// weights ship as a data module of the language pack and are parsed once, at first use.
import { longestMatch, type CompiledLexicon } from './lexicon.js';
import { wordShape, isCapitalised } from './tokens.js';

export interface TaggerToken {
  text: string;
  initial: boolean;
}

export interface TaggerModel {
  tags: string[];
  weights: Map<string, Float32Array>;
  /** Words usually written in lower case (a capitalised one is likely sentence-initial, not a name). */
  lowercase: ReadonlySet<string>;
  /** Words the tagger itself read as (parts of) personal names across a news corpus. */
  names: ReadonlySet<string>;
}

interface ModelJson {
  tags: string[];
  lowercase: string[];
  names?: string[];
  weights: Record<string, number[]>;
}

const parsed = new WeakMap<CompiledLexicon, TaggerModel | null>();

export function parseModel(json: string): TaggerModel | null {
  if (!json) return null;
  const data = JSON.parse(json) as ModelJson;
  const weights = new Map<string, Float32Array>();
  for (const [f, w] of Object.entries(data.weights)) weights.set(f, Float32Array.from(w));
  return { tags: data.tags, weights, lowercase: new Set(data.lowercase), names: new Set(data.names ?? []) };
}

/** The pack's model, parsed on first use; null when the pack has none. */
export function taggerModel(lex: CompiledLexicon): TaggerModel | null {
  if (parsed.has(lex)) return parsed.get(lex)!;
  const source = lex.lexicon.taggerModel?.() ?? '';
  const model = parseModel(source);
  parsed.set(lex, model);
  return model;
}

/** Gazetteer and title evidence per token, as feature strings (computed once per sentence). */
export function gazetteerEvidence(
  lex: CompiledLexicon,
  tokens: readonly TaggerToken[],
  names: ReadonlySet<string> = new Set(),
): string[][] {
  const out: string[][] = tokens.map(() => []);
  for (let i = 0; i < tokens.length; i++) if (names.has(tokens[i]!.text)) out[i]!.push('name-list');
  for (let i = 0; i < tokens.length; i++) {
    const g = longestMatch(lex.gazetteer, tokens, i);
    if (g) {
      for (let j = i; j < g.end; j++) out[j]!.push(`g${j === i ? 'B' : 'I'}-${g.value.kind}`);
      if (g.end - i > 1) i = g.end - 1;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = longestMatch(lex.titles, tokens, i);
    if (t && t.end < tokens.length) out[t.end]!.push('after-title');
    const p = longestMatch(lex.positions, tokens, i);
    if (p && p.end < tokens.length) out[p.end]!.push('after-position');
    const h = longestMatch(lex.organisationHeads, tokens, i);
    if (h) for (let j = i; j < h.end; j++) out[j]!.push('org-head');
    const ph = longestMatch(lex.placeHeads, tokens, i);
    if (ph && ph.end < tokens.length) out[ph.end]!.push('after-place-head');
    if (lex.placeTriggers.has(tokens[i]!.text) && i + 1 < tokens.length) out[i + 1]!.push('after-trigger');
    if (lex.ambiguous.has(tokens[i]!.text)) out[i]!.push('ambiguous');
    if (lex.degrees.has(tokens[i]!.text)) out[i]!.push('degree');
  }
  return out;
}

function affixes(lower: string, out: string[]): void {
  if (lower.length >= 4) {
    out.push('p3=' + lower.slice(0, 3), 's3=' + lower.slice(-3));
  }
  if (lower.length >= 3) out.push('s2=' + lower.slice(-2));
}

/** Features of a word on its own (cacheable per word). */
export function wordFeatures(w: string): string[] {
  const lower = w.toLowerCase();
  const f: string[] = ['w=' + lower, 'sh=' + wordShape(w)];
  affixes(lower, f);
  return f;
}

/** Features a neighbouring word gives, by its position (cacheable per word). */
const NEIGHBOUR_KEYS = ['pw=', 'nw=', 'pw2=', 'nw2='] as const;

function neighbourWord(tokens: readonly TaggerToken[], i: number, edge: string): string {
  const t = tokens[i];
  return t ? t.text.toLowerCase() : edge;
}

/** Features of token i that depend on its context but not on earlier tags. */
export function contextFeatures(
  tokens: readonly TaggerToken[],
  i: number,
  evidence: readonly string[][],
  lowercase: ReadonlySet<string>,
): string[] {
  const t = tokens[i]!;
  const w = t.text;
  const lower = w.toLowerCase();
  const shape = wordShape(w);
  const f: string[] = ['bias'];
  const cap = isCapitalised(w);
  if (t.initial) f.push('init', 'init|sh=' + shape);
  if (cap && lowercase.has(lower)) f.push(t.initial ? 'lc-init' : 'lc');
  if (cap && !lowercase.has(lower)) f.push(t.initial ? 'cap-rare-init' : 'cap-rare');
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  f.push('psh=' + (prev ? wordShape(prev.text) : '<s>'));
  f.push('nsh=' + (next ? wordShape(next.text) : '</s>'));
  f.push('psh|sh=' + (prev ? wordShape(prev.text) : '<s>') + '|' + shape);
  f.push('sh|nsh=' + shape + '|' + (next ? wordShape(next.text) : '</s>'));
  f.push('pw|w=' + (prev ? prev.text.toLowerCase() : '<s>') + '|' + lower);
  // Indonesian verb prefixes on the next word (`Waryono ditahan`, `Tedjo mengatakan`).
  if (next) f.push('np=' + next.text.slice(0, 2).toLowerCase(), 'np3=' + next.text.slice(0, 3).toLowerCase());
  for (const e of evidence[i]!) f.push('e=' + e, 'e|sh=' + e + '|' + shape);
  if (prev) for (const e of evidence[i - 1]!) f.push('pe=' + e);
  if (next) for (const e of evidence[i + 1]!) f.push('ne=' + e);
  return f;
}

/** Features of token i that do not depend on earlier tags (training reads these as strings). */
export function tokenFeatures(
  tokens: readonly TaggerToken[],
  i: number,
  evidence: readonly string[][],
  lowercase: ReadonlySet<string>,
): string[] {
  return [
    ...wordFeatures(tokens[i]!.text),
    'pw=' + neighbourWord(tokens, i - 1, '<s>'),
    'nw=' + neighbourWord(tokens, i + 1, '</s>'),
    'pw2=' + neighbourWord(tokens, i - 2, '<s>'),
    'nw2=' + neighbourWord(tokens, i + 2, '</s>'),
    ...contextFeatures(tokens, i, evidence, lowercase),
  ];
}

/** Per-word partial scores: the word's own features and what it gives as each neighbour. */
interface WordScores {
  self: Float64Array;
  neighbour: Float64Array[];
}

const wordScoreCache = new WeakMap<TaggerModel, Map<string, WordScores>>();
const WORD_CACHE_LIMIT = 50_000;

function wordScores(model: TaggerModel, word: string, lower: string): WordScores {
  let cache = wordScoreCache.get(model);
  if (!cache) wordScoreCache.set(model, (cache = new Map()));
  let hit = cache.get(word);
  if (hit) return hit;
  const n = model.tags.length;
  const self = new Float64Array(n);
  addWeights(model, wordFeatures(word), self);
  const neighbour = NEIGHBOUR_KEYS.map((k) => {
    const v = new Float64Array(n);
    addWeights(model, [k + lower], v);
    return v;
  });
  hit = { self, neighbour };
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(word, hit);
  return hit;
}

function addWeights(model: TaggerModel, features: readonly string[], into: Float64Array): void {
  for (const f of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let k = 0; k < w.length; k++) into[k]! += w[k]!;
  }
}

/** Features that depend on the tags already given to the previous tokens. */
export function historyFeatures(prevTag: string, prevTag2: string, shape: string): string[] {
  return ['pt=' + prevTag, 'pt2=' + prevTag2 + '|' + prevTag, 'pt|sh=' + prevTag + '|' + shape];
}

/** An I- tag must continue a B- or I- tag of the same type. */
export function allowed(prevTag: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return prevTag.length > 2 && prevTag.slice(2) === tag.slice(2);
}

export function scoreInto(model: TaggerModel, features: readonly string[], scores: Float64Array): void {
  scores.fill(0);
  for (const f of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let k = 0; k < w.length; k++) scores[k]! += w[k]!;
  }
}

/** BIO tags for one sentence's tokens. */
export function tagSentence(model: TaggerModel, lex: CompiledLexicon, tokens: readonly TaggerToken[]): string[] {
  const evidence = gazetteerEvidence(lex, tokens, model.names);
  const tags: string[] = [];
  const scores = new Float64Array(model.tags.length);
  for (let i = 0; i < tokens.length; i++) {
    const prevTag = tags[i - 1] ?? '<s>';
    const prevTag2 = tags[i - 2] ?? '<s>';
    // Most tokens are lower-case words outside any name: they are O without scoring, except a
    // connector that may continue a name (`Koperasi dan UKM`) or one a gazetteer knows.
    const text = tokens[i]!.text;
    if (!/[\p{Lu}\p{N}]/u.test(text) && evidence[i]!.length === 0 && (prevTag === 'O' || prevTag === '<s>' || !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''))) {
      tags.push('O');
      continue;
    }
    // The word's own and its neighbours' features come from the per-word cache.
    const f = contextFeatures(tokens, i, evidence, model.lowercase);
    f.push(...historyFeatures(prevTag, prevTag2, wordShape(text)));
    scoreInto(model, f, scores);
    const own = wordScores(model, text, text.toLowerCase());
    const neighbours = [tokens[i - 1], tokens[i + 1], tokens[i - 2], tokens[i + 2]];
    const edges = ['<s>', '</s>', '<s>', '</s>'];
    for (let k = 0; k < model.tags.length; k++) scores[k]! += own.self[k]!;
    for (let n = 0; n < 4; n++) {
      const nb = neighbours[n];
      const key = nb ? nb.text : edges[n]!;
      const v = wordScores(model, key, key.toLowerCase()).neighbour[n]!;
      for (let k = 0; k < model.tags.length; k++) scores[k]! += v[k]!;
    }
    let best = -1;
    for (let k = 0; k < model.tags.length; k++) {
      if (!allowed(prevTag, model.tags[k]!)) continue;
      if (best < 0 || scores[k]! > scores[best]!) best = k;
    }
    tags.push(model.tags[best]!);
  }
  return tags;
}
