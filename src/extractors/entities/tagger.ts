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
  // Most tokens have no evidence: they share one empty list (never pushed to) until they do.
  const none: string[] = [];
  const out: string[][] = new Array(tokens.length).fill(none);
  const note = (i: number, e: string) => (out[i] === none ? (out[i] = [e]) : out[i]!.push(e));
  for (let i = 0; i < tokens.length; i++) if (names.has(tokens[i]!.text)) note(i, 'name-list');
  for (let i = 0; i < tokens.length; i++) {
    const g = longestMatch(lex.gazetteer, tokens, i);
    if (g) {
      for (let j = i; j < g.end; j++) note(j, `g${j === i ? 'B' : 'I'}-${g.value.kind}`);
      if (g.end - i > 1) i = g.end - 1;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    const t = longestMatch(lex.titles, tokens, i);
    if (t && t.end < tokens.length) note(t.end, 'after-title');
    const p = longestMatch(lex.positions, tokens, i);
    if (p && p.end < tokens.length) note(p.end, 'after-position');
    const h = longestMatch(lex.organisationHeads, tokens, i);
    if (h) for (let j = i; j < h.end; j++) note(j, 'org-head');
    const ph = longestMatch(lex.placeHeads, tokens, i);
    if (ph && ph.end < tokens.length) note(ph.end, 'after-place-head');
    if (lex.placeTriggers.has(text) && i + 1 < tokens.length) note(i + 1, 'after-trigger');
    if (lex.ambiguous.has(text)) note(i, 'ambiguous');
    if (lex.degrees.has(text)) note(i, 'degree');
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

/**
 * Everything the tagger reads from one word, scored once per distinct word (process-wide cache,
 * bounded): its own features (as a non-initial and as a sentence-initial word, with the bias),
 * and what it contributes as the previous, next, second previous and second next word. Scoring a
 * token then adds a handful of cached vectors instead of building ~30 feature strings.
 */
interface WordEntry {
  lower: string;
  shape: string;
  self: Float64Array;
  selfInitial: Float64Array;
  asPrev: Float64Array;
  asNext: Float64Array;
  asPrev2: Float64Array;
  asNext2: Float64Array;
  /** `pt|sh=` by previous-tag index (last index: sentence start), filled lazily. */
  history: (Float64Array | null)[] | null;
  /** Pair features by the neighbour's shape or word (`psh|sh=`, `sh|nsh=`, `pw|w=`), filled lazily. */
  afterShape: Map<string, Float64Array> | null;
  beforeShape: Map<string, Float64Array> | null;
  afterWord: Map<string, Float64Array> | null;
}

interface ModelTables {
  words: Map<string, WordEntry>;
  /** Sentence edges as neighbours. */
  edgePrev: Float64Array;
  edgeNext: Float64Array;
  edgePrev2: Float64Array;
  edgeNext2: Float64Array;
  /** Evidence strings as the token's own (`e=`), the previous (`pe=`) and the next (`ne=`). */
  evidence: Map<string, { own: Float64Array; prev: Float64Array; next: Float64Array }>;
  /** `pt=` by previous-tag index and `pt2=` by (previous-but-one, previous) index pair. */
  prevTag: Float64Array[];
  prevTags: Float64Array[];
  /** allowedAfter[prev][k]: tag k may follow tag prev (I- continues its own type only). */
  allowedAfter: boolean[][];
  outside: number;
}

const tables = new WeakMap<TaggerModel, ModelTables>();
const WORD_CACHE_LIMIT = 50_000;
const START = '<s>';
const END = '</s>';

/** Shared by every feature set the model has no weight for (never written to). */
const zeros = new WeakMap<TaggerModel, Float64Array>();

function vectorOf(model: TaggerModel, features: readonly string[]): Float64Array {
  let found = false;
  for (const f of features) if (model.weights.has(f)) found = true;
  if (!found) {
    let z = zeros.get(model);
    if (!z) zeros.set(model, (z = new Float64Array(model.tags.length)));
    return z;
  }
  const v = new Float64Array(model.tags.length);
  addWeights(model, features, v);
  return v;
}

/** A pair feature's weights, cached on the word under the neighbour's (interned) key. */
function pairVector(model: TaggerModel, cache: Map<string, Float64Array>, key: string, feature: () => string): Float64Array {
  let v = cache.get(key);
  if (!v) {
    if (cache.size >= PAIR_CACHE_LIMIT) cache.clear();
    cache.set(key, (v = vectorOf(model, [feature()])));
  }
  return v;
}
const PAIR_CACHE_LIMIT = 256;

function modelTables(model: TaggerModel): ModelTables {
  let t = tables.get(model);
  if (t) return t;
  const tagsWithStart = [...model.tags, START];
  t = {
    words: new Map(),
    edgePrev: vectorOf(model, ['pw=' + START, 'psh=' + START]),
    edgeNext: vectorOf(model, ['nw=' + END, 'nsh=' + END]),
    edgePrev2: vectorOf(model, ['pw2=' + START]),
    edgeNext2: vectorOf(model, ['nw2=' + END]),
    evidence: new Map(),
    prevTag: tagsWithStart.map((p) => vectorOf(model, ['pt=' + p])),
    prevTags: tagsWithStart.flatMap((p2) => tagsWithStart.map((p) => vectorOf(model, ['pt2=' + p2 + '|' + p]))),
    allowedAfter: tagsWithStart.map((p) => model.tags.map((k) => allowed(p, k))),
    outside: model.tags.indexOf('O'),
  };
  tables.set(model, t);
  return t;
}

function wordEntry(model: TaggerModel, t: ModelTables, word: string): WordEntry {
  const hit = t.words.get(word);
  if (hit) return hit;
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const own = [...wordFeatures(word), 'bias'];
  const cap = isCapitalised(word);
  const common = model.lowercase.has(lower);
  const entry: WordEntry = {
    lower,
    shape,
    self: vectorOf(model, cap ? [...own, common ? 'lc' : 'cap-rare'] : own),
    selfInitial: vectorOf(model, [...own, 'init', 'init|sh=' + shape, ...(cap ? [common ? 'lc-init' : 'cap-rare-init'] : [])]),
    asPrev: vectorOf(model, ['pw=' + lower, 'psh=' + shape]),
    // Indonesian verb prefixes on the next word (`Waryono ditahan`, `Tedjo mengatakan`).
    asNext: vectorOf(model, ['nw=' + lower, 'nsh=' + shape, 'np=' + word.slice(0, 2).toLowerCase(), 'np3=' + word.slice(0, 3).toLowerCase()]),
    asPrev2: vectorOf(model, ['pw2=' + lower]),
    asNext2: vectorOf(model, ['nw2=' + lower]),
    history: null,
    afterShape: null,
    beforeShape: null,
    afterWord: null,
  };
  if (t.words.size >= WORD_CACHE_LIMIT) t.words.clear();
  t.words.set(word, entry);
  return entry;
}

function evidenceVectors(model: TaggerModel, t: ModelTables, e: string) {
  let v = t.evidence.get(e);
  if (!v) t.evidence.set(e, (v = { own: vectorOf(model, ['e=' + e]), prev: vectorOf(model, ['pe=' + e]), next: vectorOf(model, ['ne=' + e]) }));
  return v;
}

function add(into: Float64Array, v: Float64Array): void {
  for (let k = 0; k < v.length; k++) into[k]! += v[k]!;
}

function addFeature(model: TaggerModel, feature: string, into: Float64Array): void {
  const w = model.weights.get(feature);
  if (w) for (let k = 0; k < w.length; k++) into[k]! += w[k]!;
}

function addWeights(model: TaggerModel, features: readonly string[], into: Float64Array): void {
  for (const f of features) addFeature(model, f, into);
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

const NEEDS_SCORE = /[\p{Lu}\p{N}]/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** BIO tags for one sentence's tokens. */
export function tagSentence(model: TaggerModel, lex: CompiledLexicon, tokens: readonly TaggerToken[]): string[] {
  const evidence = gazetteerEvidence(lex, tokens, model.names);
  const t = modelTables(model);
  const n = model.tags.length;
  const startIndex = n;
  const tags: string[] = [];
  const tagIndex: number[] = [];
  const scores = new Float64Array(n);
  const entries: (WordEntry | undefined)[] = new Array(tokens.length);
  const entryAt = (i: number): WordEntry => (entries[i] ??= wordEntry(model, t, tokens[i]!.text));
  for (let i = 0; i < tokens.length; i++) {
    const prev = i > 0 ? tagIndex[i - 1]! : startIndex;
    const prev2 = i > 1 ? tagIndex[i - 2]! : startIndex;
    const prevTag = i > 0 ? tags[i - 1]! : START;
    // Most tokens are lower-case words outside any name: they are O without scoring, except a
    // connector that may continue a name (`Koperasi dan UKM`) or one a gazetteer knows.
    const token = tokens[i]!;
    if (!NEEDS_SCORE.test(token.text) && evidence[i]!.length === 0 && (prevTag === 'O' || prevTag === START || !STARTS_UPPER.test(tokens[i + 1]?.text ?? ''))) {
      tags.push('O');
      tagIndex.push(t.outside);
      continue;
    }
    const own = entryAt(i);
    scores.set(token.initial ? own.selfInitial : own.self);
    const prevShape = i > 0 ? entryAt(i - 1).shape : START;
    const nextShape = i + 1 < tokens.length ? entryAt(i + 1).shape : END;
    add(scores, i > 0 ? entryAt(i - 1).asPrev : t.edgePrev);
    add(scores, i + 1 < tokens.length ? entryAt(i + 1).asNext : t.edgeNext);
    add(scores, i > 1 ? entryAt(i - 2).asPrev2 : t.edgePrev2);
    add(scores, i + 2 < tokens.length ? entryAt(i + 2).asNext2 : t.edgeNext2);
    const prevLower = i > 0 ? entryAt(i - 1).lower : START;
    add(scores, pairVector(model, (own.afterShape ??= new Map()), prevShape, () => 'psh|sh=' + prevShape + '|' + own.shape));
    add(scores, pairVector(model, (own.beforeShape ??= new Map()), nextShape, () => 'sh|nsh=' + own.shape + '|' + nextShape));
    add(scores, pairVector(model, (own.afterWord ??= new Map()), prevLower, () => 'pw|w=' + prevLower + '|' + own.lower));
    for (const e of evidence[i]!) {
      add(scores, evidenceVectors(model, t, e).own);
      addFeature(model, 'e|sh=' + e + '|' + own.shape, scores);
    }
    if (i > 0) for (const e of evidence[i - 1]!) add(scores, evidenceVectors(model, t, e).prev);
    if (i + 1 < tokens.length) for (const e of evidence[i + 1]!) add(scores, evidenceVectors(model, t, e).next);
    // Features of the tags already given.
    add(scores, t.prevTag[prev]!);
    add(scores, t.prevTags[prev2 * (n + 1) + prev]!);
    own.history ??= new Array(n + 1).fill(null);
    add(scores, (own.history[prev] ??= vectorOf(model, ['pt|sh=' + (i > 0 ? tags[i - 1]! : START) + '|' + own.shape])));
    const allowedHere = t.allowedAfter[prev]!;
    let best = -1;
    for (let k = 0; k < n; k++) {
      if (!allowedHere[k]) continue;
      if (best < 0 || scores[k]! > scores[best]!) best = k;
    }
    tags.push(model.tags[best]!);
    tagIndex.push(best);
  }
  return tags;
}
