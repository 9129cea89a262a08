// A small statistical name tagger: an averaged perceptron over word, shape, affix, context and
// gazetteer features, decoded greedily left to right with the previous tags as features, BIO
// tags for PER/ORG/LOC. Trained by scripts/train-ner.mjs on idner-news-2k (train split); the
// weights ship as a data module of the language pack (format: model-format.ts) and are read
// once, at first use.
import { longestMatch, wordInfo, type CompiledLexicon, type WordInfo } from './lexicon.js';
import { wordShape, isCapitalised } from './tokens.js';
import { decodeModel, type TaggerModel } from './model-format.js';

export type { TaggerModel } from './model-format.js';

export interface TaggerToken {
  text: string;
  initial: boolean;
  info?: WordInfo;
}

const parsed = new WeakMap<CompiledLexicon, TaggerModel | null>();

export function parseModel(text: string): TaggerModel | null {
  return decodeModel(text);
}

/** The pack's model, read on first use; null when the pack has none. */
export function taggerModel(lex: CompiledLexicon): TaggerModel | null {
  if (parsed.has(lex)) return parsed.get(lex)!;
  const source = lex.lexicon.taggerModel?.() ?? '';
  const model = parseModel(source);
  parsed.set(lex, model);
  return model;
}

/** Gazetteer and title evidence, as feature names (the trainer's view); ids below. */
const EVIDENCE = [
  'name-list',
  'gB-org',
  'gI-org',
  'gB-person',
  'gI-person',
  'gB-place',
  'gI-place',
  'after-title',
  'after-position',
  'org-head',
  'after-place-head',
  'after-trigger',
  'ambiguous',
  'degree',
] as const;
const NAME_LIST = 0;
const GAZETTEER_BEGIN = { org: 1, person: 3, place: 5 } as const;
const AFTER_TITLE = 7;
const AFTER_POSITION = 8;
const ORG_HEAD = 9;
const AFTER_PLACE_HEAD = 10;
const AFTER_TRIGGER = 11;
const AMBIGUOUS = 12;
const DEGREE = 13;

/** Most tokens have no evidence: they share this list (never pushed to). */
const NO_EVIDENCE: number[] = [];

const infoOf = (lex: CompiledLexicon, t: TaggerToken): WordInfo => t.info ?? wordInfo(lex, t.text);

/** Gazetteer and title evidence per token, as evidence ids in the order found. */
function evidenceIds(lex: CompiledLexicon, tokens: readonly TaggerToken[], names: ReadonlySet<string>): number[][] {
  const out: number[][] = new Array(tokens.length).fill(NO_EVIDENCE);
  const note = (i: number, e: number) => (out[i] === NO_EVIDENCE ? (out[i] = [e]) : out[i]!.push(e));
  if (names.size) {
    for (let i = 0; i < tokens.length; i++) {
      const info = infoOf(lex, tokens[i]!);
      if (info.nameList !== names) {
        info.nameList = names;
        info.named = names.has(info.text);
      }
      if (info.named) note(i, NAME_LIST);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const g = longestMatch(lex.gazetteer, tokens, i);
    if (g) {
      const begin = GAZETTEER_BEGIN[g.value.kind];
      for (let j = i; j < g.end; j++) note(j, j === i ? begin : begin + 1);
      if (g.end - i > 1) i = g.end - 1;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const info = infoOf(lex, tokens[i]!);
    const starts = info.starts;
    if (starts[lex.titles.slot]) {
      const t = longestMatch(lex.titles, tokens, i);
      if (t && t.end < tokens.length) note(t.end, AFTER_TITLE);
    }
    if (starts[lex.positions.slot]) {
      const p = longestMatch(lex.positions, tokens, i);
      if (p && p.end < tokens.length) note(p.end, AFTER_POSITION);
    }
    if (starts[lex.organisationHeads.slot]) {
      const h = longestMatch(lex.organisationHeads, tokens, i);
      if (h) for (let j = i; j < h.end; j++) note(j, ORG_HEAD);
    }
    if (starts[lex.placeHeads.slot]) {
      const ph = longestMatch(lex.placeHeads, tokens, i);
      if (ph && ph.end < tokens.length) note(ph.end, AFTER_PLACE_HEAD);
    }
    if (info.placeTrigger && i + 1 < tokens.length) note(i + 1, AFTER_TRIGGER);
    if (info.ambiguous) note(i, AMBIGUOUS);
    if (info.degree) note(i, DEGREE);
  }
  return out;
}

/** Gazetteer and title evidence per token, as feature strings (the trainer reads these). */
export function gazetteerEvidence(
  lex: CompiledLexicon,
  tokens: readonly TaggerToken[],
  names: ReadonlySet<string> = new Set(),
): string[][] {
  const none: string[] = [];
  return evidenceIds(lex, tokens, names).map((ids) => (ids.length ? ids.map((e) => EVIDENCE[e]!) : none));
}

/** A word's affix features, family and value in order: the one definition the trainer's feature
 *  strings (wordFeatures) and the tagger's weight rows (taggerWord) are both built from. */
function affixes(lower: string, emit: (family: 'p3' | 's3' | 's2', value: string) => void): void {
  if (lower.length >= 4) {
    emit('p3', lower.slice(0, 3));
    emit('s3', lower.slice(-3));
  }
  if (lower.length >= 3) emit('s2', lower.slice(-2));
}

/** The next word's prefixes, for Indonesian verb prefixes (`Waryono ditahan`, `Tedjo mengatakan`). */
function nextWordPrefixes(next: string, emit: (family: 'np' | 'np3', value: string) => void): void {
  emit('np', next.slice(0, 2).toLowerCase());
  emit('np3', next.slice(0, 3).toLowerCase());
}

/** Features of a word on its own (cacheable per word). */
export function wordFeatures(w: string): string[] {
  const lower = w.toLowerCase();
  const f: string[] = ['w=' + lower, 'sh=' + wordShape(w)];
  affixes(lower, (family, value) => f.push(family + '=' + value));
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
  if (next) nextWordPrefixes(next.text, (family, value) => f.push(family + '=' + value));
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

/** Features that depend on the tags already given to the previous tokens. */
export function historyFeatures(prevTag: string, prevTag2: string, shape: string): string[] {
  return ['pt=' + prevTag, 'pt2=' + prevTag2 + '|' + prevTag, 'pt|sh=' + prevTag + '|' + shape];
}

/** An I- tag must continue a B- or I- tag of the same type. */
export function allowed(prevTag: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return prevTag.length > 2 && prevTag.slice(2) === tag.slice(2);
}

/**
 * Everything the tagger reads from one word, computed once per distinct word (kept on the
 * lexicon's word info): its own features summed (as a non-initial and as a sentence-initial
 * word, with the bias), and what it contributes as the previous and next word, in one block of
 * four vectors (few cache lines per word: scoring is bound by memory, not arithmetic); single
 * features as weight rows. Sums keep the feature order of the trainer's feature lists.
 */
interface TaggerWord {
  lower: string;
  shape: string;
  /** [self, selfInitial, asPrev, asNext], tags.length values each, at `base` in a pool shared by
   * many words (one allocation per few thousand words); the shared zero block when none. */
  block: Float64Array;
  base: number;
  /** Rows of `pw2=` and `nw2=` (-1: no weights). */
  asPrev2: number;
  asNext2: number;
  /** `pt|sh=` rows by previous-tag index (last index: sentence start); -2: not looked up yet. */
  history: Int32Array | null;
  /** Pair feature rows by the neighbour's shape or word (`psh|sh=`, `sh|nsh=`, `pw|w=`); null
   * when the model has no pair feature with this word's shape or word. */
  afterShape: ReadonlyMap<string, number> | null;
  beforeShape: ReadonlyMap<string, number> | null;
  afterWord: ReadonlyMap<string, number> | null;
  /** `e|sh=` rows by evidence id; -2: not looked up yet. */
  evidenceShape: Int32Array | null;
}

/** Words per pool of score blocks. */
const POOL_BLOCKS = 2048;
const SELF = 0;
const SELF_INITIAL = 1;
const AS_PREV = 2;
const AS_NEXT = 3;

interface ModelTables {
  n: number;
  weights: Float32Array;
  features: Map<string, number>;
  zero: Float64Array;
  /** Sentence edges as neighbours. */
  edgePrev: Float64Array;
  edgeNext: Float64Array;
  edgePrev2: number;
  edgeNext2: number;
  /** Evidence as the token's own (`e=`), the previous (`pe=`) and the next (`ne=`), by id. */
  evidenceOwn: Int32Array;
  evidencePrev: Int32Array;
  evidenceNext: Int32Array;
  /** `pt=` by previous-tag index and `pt2=` by (previous-but-one, previous) index pair. */
  prevTag: Int32Array;
  prevTags: Int32Array;
  /** Pair features by the word's own shape or word, then by the neighbour's (see featureTables). */
  afterShape: Map<string, Map<string, number>>;
  beforeShape: Map<string, Map<string, number>>;
  afterWord: Map<string, Map<string, number>>;
  /** Rows of the word families (`w=`, `pw=`, `nw=`, `pw2=`, `nw2=`) by lower-case word, of the
   * shape families (`sh=`, `psh=`, `nsh=`, `init|sh=`) by shape, and of each affix family by affix. */
  byWord: Map<string, Int32Array>;
  byShape: Map<string, Int32Array>;
  affix: Record<'p3' | 's3' | 's2' | 'np' | 'np3', Map<string, number>>;
  /** Rows of the features every word may have. */
  bias: number;
  lc: number;
  capRare: number;
  init: number;
  lcInit: number;
  capRareInit: number;
  zeroBlock: Float64Array;
  /** The pool new words' blocks go into, and how many blocks of it are taken. */
  pool: Float64Array;
  poolUsed: number;
  /** Previous tag names by index (last: sentence start). */
  tagsWithStart: string[];
  /** allowedAfter[prev][k]: tag k may follow tag prev (I- continues its own type only). */
  allowedAfter: boolean[][];
  outside: number;
}

const tables = new WeakMap<TaggerModel, ModelTables>();
const START = '<s>';
const END = '</s>';

const rowOf = (t: ModelTables, feature: string): number => t.features.get(feature) ?? -1;

/** The weights of features summed in order into a new vector; a shared zero vector for none. */
function vectorOf(t: ModelTables, features: readonly string[]): Float64Array {
  let v: Float64Array | null = null;
  for (const f of features) {
    const row = t.features.get(f);
    if (row === undefined) continue;
    v ??= new Float64Array(t.n);
    addRow(v, t.weights, row, t.n);
  }
  return v ?? t.zero;
}

function addRow(into: Float64Array, weights: Float32Array, row: number, n: number): void {
  if (row < 0) return;
  const base = row * n;
  for (let k = 0; k < n; k++) into[k]! += weights[base + k]!;
}

function add(into: Float64Array, v: Float64Array): void {
  for (let k = 0; k < v.length; k++) into[k]! += v[k]!;
}

function modelTables(model: TaggerModel): ModelTables {
  let t = tables.get(model);
  if (t) return t;
  const n = model.tags.length;
  const tagsWithStart = [...model.tags, START];
  const base = { n, weights: model.weights, features: model.features, zero: new Float64Array(n) };
  const rows = (names: readonly string[]) => Int32Array.from(names, (f) => rowOf(base as ModelTables, f));
  t = {
    ...base,
    edgePrev: vectorOf(base as ModelTables, ['pw=' + START, 'psh=' + START]),
    edgeNext: vectorOf(base as ModelTables, ['nw=' + END, 'nsh=' + END]),
    edgePrev2: rowOf(base as ModelTables, 'pw2=' + START),
    edgeNext2: rowOf(base as ModelTables, 'nw2=' + END),
    evidenceOwn: rows(EVIDENCE.map((e) => 'e=' + e)),
    evidencePrev: rows(EVIDENCE.map((e) => 'pe=' + e)),
    evidenceNext: rows(EVIDENCE.map((e) => 'ne=' + e)),
    prevTag: rows(tagsWithStart.map((p) => 'pt=' + p)),
    prevTags: rows(tagsWithStart.flatMap((p2) => tagsWithStart.map((p) => 'pt2=' + p2 + '|' + p))),
    ...featureTables(model.features),
    bias: rowOf(base as ModelTables, 'bias'),
    lc: rowOf(base as ModelTables, 'lc'),
    capRare: rowOf(base as ModelTables, 'cap-rare'),
    init: rowOf(base as ModelTables, 'init'),
    lcInit: rowOf(base as ModelTables, 'lc-init'),
    capRareInit: rowOf(base as ModelTables, 'cap-rare-init'),
    zeroBlock: new Float64Array(4 * n),
    pool: new Float64Array(0),
    poolUsed: POOL_BLOCKS,
    tagsWithStart,
    allowedAfter: tagsWithStart.map((p) => model.tags.map((k) => allowed(p, k))),
    outside: model.tags.indexOf('O'),
  };
  tables.set(model, t);
  return t;
}

const WORD_FAMILIES = ['w', 'pw', 'nw', 'pw2', 'nw2'];
const SHAPE_FAMILIES = ['sh', 'psh', 'nsh', 'init|sh'];
const NO_WORD_ROWS = new Int32Array(WORD_FAMILIES.length).fill(-1);
const NO_SHAPE_ROWS = new Int32Array(SHAPE_FAMILIES.length).fill(-1);

const PAIR_FAMILIES: Record<string, { table: 'afterShape' | 'beforeShape' | 'afterWord'; own: 0 | 1 }> = {
  'psh|sh': { table: 'afterShape', own: 1 },
  'sh|nsh': { table: 'beforeShape', own: 0 },
  'pw|w': { table: 'afterWord', own: 1 },
};

type FeatureTables = Pick<ModelTables, 'byWord' | 'byShape' | 'affix' | 'afterShape' | 'beforeShape' | 'afterWord'>;

/**
 * Feature rows by family and value (`w=kata` under w, kata), so a new word needs no feature
 * names; one pass over the features (this runs on the first article).
 *
 * Pair features `FAMILY=a|b` go by the word's own part (b after a neighbour, a before one), then
 * by the neighbour's part. A part may itself be `|` (a token of its own), so every split of the
 * value at a bar is entered: a split that a lookup asks for spells the feature name the lookup
 * would build, so the table answers exactly as the name lookup would.
 */
function featureTables(features: ReadonlyMap<string, number>): FeatureTables {
  const out: FeatureTables = {
    byWord: new Map(),
    byShape: new Map(),
    affix: { p3: new Map(), s3: new Map(), s2: new Map(), np: new Map(), np3: new Map() },
    afterShape: new Map(),
    beforeShape: new Map(),
    afterWord: new Map(),
  };
  const enter = (table: Map<string, Int32Array>, width: number, value: string, slot: number, row: number) => {
    let rows = table.get(value);
    if (!rows) table.set(value, (rows = new Int32Array(width).fill(-1)));
    rows[slot] = row;
  };
  features.forEach((row, f) => {
    const eq = f.indexOf('=');
    if (eq < 0) return;
    const family = f.slice(0, eq);
    const value = f.slice(eq + 1);
    const w = WORD_FAMILIES.indexOf(family);
    if (w >= 0) return enter(out.byWord, WORD_FAMILIES.length, value, w, row);
    const sh = SHAPE_FAMILIES.indexOf(family);
    if (sh >= 0) return enter(out.byShape, SHAPE_FAMILIES.length, value, sh, row);
    if (Object.hasOwn(out.affix, family)) return void out.affix[family as keyof ModelTables['affix']].set(value, row);
    const pair = Object.hasOwn(PAIR_FAMILIES, family) ? PAIR_FAMILIES[family]! : null;
    if (!pair) return;
    const table = out[pair.table];
    for (let bar = value.indexOf('|'); bar !== -1; bar = value.indexOf('|', bar + 1)) {
      const a = value.slice(0, bar);
      const b = value.slice(bar + 1);
      const own = pair.own === 0 ? a : b;
      let inner = table.get(own);
      if (!inner) table.set(own, (inner = new Map()));
      inner.set(pair.own === 0 ? b : a, row);
    }
  });
  return out;
}

/** Adds the rows into block[at .. at + n); whether any row had weights. */
function sumRows(block: Float64Array, at: number, weights: Float32Array, n: number, rows: readonly number[]): boolean {
  let any = false;
  for (const row of rows) {
    if (row < 0) continue;
    any = true;
    const base = row * n;
    for (let k = 0; k < n; k++) block[at + k]! += weights[base + k]!;
  }
  return any;
}

function taggerWord(model: TaggerModel, t: ModelTables, info: WordInfo): TaggerWord {
  const hit = info.tagger as TaggerWord | undefined;
  if (hit) return hit;
  const word = info.text;
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const n = t.n;
  const wordRows = t.byWord.get(lower) ?? NO_WORD_ROWS;
  const shapeRows = t.byShape.get(shape) ?? NO_SHAPE_ROWS;
  const affix = t.affix;
  const weights = t.weights;
  // The rows of wordFeatures(word) and the bias, in that order, then the word's case feature.
  const own = [wordRows[0]!, shapeRows[0]!];
  affixes(lower, (family, value) => own.push(affix[family].get(value) ?? -1));
  own.push(t.bias);
  const cap = isCapitalised(word);
  const common = cap && model.lowercase.has(lower);
  if (t.poolUsed === POOL_BLOCKS) {
    t.pool = new Float64Array(POOL_BLOCKS * 4 * n);
    t.poolUsed = 0;
  }
  const block = t.pool;
  const base = t.poolUsed * 4 * n;
  let any = sumRows(block, base + SELF * n, weights, n, own);
  if (cap) any = sumRows(block, base + SELF * n, weights, n, [common ? t.lc : t.capRare]) || any;
  any = sumRows(block, base + SELF_INITIAL * n, weights, n, own) || any;
  any = sumRows(block, base + SELF_INITIAL * n, weights, n, cap ? [t.init, shapeRows[3]!, common ? t.lcInit : t.capRareInit] : [t.init, shapeRows[3]!]) || any;
  any = sumRows(block, base + AS_PREV * n, weights, n, [wordRows[1]!, shapeRows[1]!]) || any;
  // This word as the next word of another: its prefixes, as contextFeatures reads them.
  const asNext = [wordRows[2]!, shapeRows[2]!];
  nextWordPrefixes(word, (family, value) => asNext.push(affix[family].get(value) ?? -1));
  any = sumRows(block, base + AS_NEXT * n, weights, n, asNext) || any;
  // A word without weights leaves its place in the pool untouched (zeros) for the next word.
  if (any) t.poolUsed++;
  const entry: TaggerWord = {
    lower,
    shape,
    block: any ? block : t.zeroBlock,
    base: any ? base : 0,
    asPrev2: wordRows[3]!,
    asNext2: wordRows[4]!,
    history: null,
    afterShape: t.afterShape.get(shape) ?? null,
    beforeShape: t.beforeShape.get(shape) ?? null,
    afterWord: t.afterWord.get(lower) ?? null,
    evidenceShape: null,
  };
  info.tagger = entry;
  return entry;
}

function addAt(into: Float64Array, block: Float64Array, at: number, n: number): void {
  for (let k = 0; k < n; k++) into[k]! += block[at + k]!;
}

/** BIO tags for one sentence's tokens. */
export function tagSentence(model: TaggerModel, lex: CompiledLexicon, tokens: readonly TaggerToken[]): string[] {
  const evidence = evidenceIds(lex, tokens, model.names);
  const t = modelTables(model);
  const n = t.n;
  const weights = t.weights;
  const startIndex = n;
  const count = tokens.length;
  const tags: string[] = new Array(count);
  const tagIndex = new Int32Array(count);
  const scores = new Float64Array(n);
  const infos: WordInfo[] = new Array(count);
  for (let i = 0; i < count; i++) infos[i] = infoOf(lex, tokens[i]!);
  const entries: (TaggerWord | undefined)[] = new Array(count);
  const entryAt = (i: number): TaggerWord => (entries[i] ??= taggerWord(model, t, infos[i]!));
  for (let i = 0; i < count; i++) {
    const prev = i > 0 ? tagIndex[i - 1]! : startIndex;
    const prev2 = i > 1 ? tagIndex[i - 2]! : startIndex;
    // Most tokens are lower-case words outside any name: they are O without scoring, except a
    // connector that may continue a name (`Koperasi dan UKM`) or one a gazetteer knows.
    if (!infos[i]!.upperOrDigit && evidence[i]!.length === 0 && (prev === t.outside || prev === startIndex || !(i + 1 < count && infos[i + 1]!.cap))) {
      tags[i] = 'O';
      tagIndex[i] = t.outside;
      continue;
    }
    const own = entryAt(i);
    const at = (tokens[i]!.initial ? SELF_INITIAL : SELF) * n;
    const from = own.base + at;
    for (let k = 0; k < n; k++) scores[k] = own.block[from + k]!;
    const prevShape = i > 0 ? entryAt(i - 1).shape : START;
    const nextShape = i + 1 < count ? entryAt(i + 1).shape : END;
    if (i > 0) {
      const p = entryAt(i - 1);
      addAt(scores, p.block, p.base + AS_PREV * n, n);
    } else add(scores, t.edgePrev);
    if (i + 1 < count) {
      const q = entryAt(i + 1);
      addAt(scores, q.block, q.base + AS_NEXT * n, n);
    } else add(scores, t.edgeNext);
    addRow(scores, weights, i > 1 ? entryAt(i - 2).asPrev2 : t.edgePrev2, n);
    addRow(scores, weights, i + 2 < count ? entryAt(i + 2).asNext2 : t.edgeNext2, n);
    const prevLower = i > 0 ? entryAt(i - 1).lower : START;
    if (own.afterShape) addRow(scores, weights, own.afterShape.get(prevShape) ?? -1, n);
    if (own.beforeShape) addRow(scores, weights, own.beforeShape.get(nextShape) ?? -1, n);
    if (own.afterWord) addRow(scores, weights, own.afterWord.get(prevLower) ?? -1, n);
    const mine = evidence[i]!;
    if (mine.length) {
      const byShape = (own.evidenceShape ??= new Int32Array(EVIDENCE.length).fill(-2));
      for (const e of mine) {
        addRow(scores, weights, t.evidenceOwn[e]!, n);
        if (byShape[e] === -2) byShape[e] = rowOf(t, 'e|sh=' + EVIDENCE[e] + '|' + own.shape);
        addRow(scores, weights, byShape[e]!, n);
      }
    }
    if (i > 0) for (const e of evidence[i - 1]!) addRow(scores, weights, t.evidencePrev[e]!, n);
    if (i + 1 < count) for (const e of evidence[i + 1]!) addRow(scores, weights, t.evidenceNext[e]!, n);
    // Features of the tags already given.
    addRow(scores, weights, t.prevTag[prev]!, n);
    addRow(scores, weights, t.prevTags[prev2 * (n + 1) + prev]!, n);
    const history = (own.history ??= new Int32Array(n + 1).fill(-2));
    if (history[prev] === -2) history[prev] = rowOf(t, 'pt|sh=' + t.tagsWithStart[prev] + '|' + own.shape);
    addRow(scores, weights, history[prev]!, n);
    const allowedHere = t.allowedAfter[prev]!;
    let best = -1;
    for (let k = 0; k < n; k++) {
      if (!allowedHere[k]) continue;
      if (best < 0 || scores[k]! > scores[best]!) best = k;
    }
    tags[i] = model.tags[best]!;
    tagIndex[i] = best;
  }
  return tags;
}
