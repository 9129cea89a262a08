// franc 6's trigram ranking (node_modules/franc/index.js) for a fixed list of candidate
// languages, with franc's own models (franc/data.js) and script expressions
// (franc/expressions.js), computing the same scores as `francAll(value, {only, minLength: 1})`.
//
// Why not call franc: loading franc builds a trigram dictionary for each of its ~400 languages
// (43 ms per process, measured), and each call counts the sample's trigrams into a plain object
// and compares them with each candidate's dictionary in turn. Here only the candidates' models are
// read, into one Map from trigram to each candidate's rank, so a sample costs one pass over its
// distinct trigrams. The arithmetic is franc's, step by step, so the scores are bit-identical
// (test/extractors/language-trigrams.test.ts compares the two on varied texts).
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc 6's MAX_LENGTH: it reads at most this many UTF-16 units of its input. */
const MAX_LENGTH = 2048;
/** franc 6's MAX_DIFFERENCE: the distance a trigram adds when a model lacks it. */
const MAX_DIFFERENCE = 300;
/** The script of warta's candidates: each must have a model in it. */
const LATIN = 'Latin';

/** A ranking of candidate languages: `[iso639_3, score]`, best first; `[['und', 1]]` when franc
 *  would not tell. */
export type TrigramGuesses = [string, number][];

interface TrigramModels {
  /** Candidates (ISO 639-3) in the order of franc's data (its order of ties). */
  languages: string[];
  /** trigram key (trigramKey) → its row in `ranks`. */
  rows: Map<number | string, number>;
  /** The same for small keys, as an open-addressing table: key + 1 (0: empty) and row. */
  rowKey: Int32Array;
  rowOf: Int32Array;
  /** Row r, language l: `ranks[r * languages.length + l]`, the trigram's rank in the model of
   *  language l, -1 when absent. */
  ranks: Int16Array;
}

/**
 * The key of the trigram at `i`: its three UTF-16 units packed in one small integer when each is
 * below 1024 (Latin text: a Map keyed by small integers needs no string slice or string hash),
 * else the trigram itself. Both kinds never collide in one Map.
 */
function trigramKey(s: string, i: number): number | string {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : s.slice(i, i + 3);
}

const modelsCache = new Map<string, TrigramModels>();
/** The same, per candidate list (callers pass one list again and again). */
const modelsByList = new WeakMap<readonly string[], Map<string, TrigramModels>>();

/** The models of the candidates written in `script` (Malay also has one in Arabic script). */
function modelsFor(script: string, only: readonly string[]): TrigramModels {
  let byList = modelsByList.get(only);
  if (!byList) modelsByList.set(only, (byList = new Map()));
  const known = byList.get(script);
  if (known) return known;
  const key = script + ':' + only.join(',');
  let models = modelsCache.get(key);
  if (models) {
    byList.set(script, models);
    return models;
  }
  const byScript = data[script]!;
  const languages = Object.keys(byScript).filter((l) => only.includes(l));
  const missing = only.filter((l) => !languages.includes(l));
  if (script === LATIN && missing.length > 0) throw new Error(`language trigrams: franc has no ${LATIN} model for ${missing.join(', ')}`);
  const rows = new Map<number | string, number>();
  const byRow: number[] = [];
  const n = languages.length;
  languages.forEach((language, index) => {
    const list = byScript[language]!.split('|');
    // franc keeps the first rank of a trigram listed twice (it assigns from the end).
    for (let rank = list.length - 1; rank >= 0; rank--) {
      const trigram = list[rank]!;
      const key = trigram.length === 3 ? trigramKey(trigram, 0) : trigram;
      let row = rows.get(key);
      if (row === undefined) {
        rows.set(key, (row = rows.size));
        for (let l = 0; l < n; l++) byRow.push(-1);
      }
      byRow[row * n + index] = rank;
    }
  });
  const rowKey = new Int32Array(ROW_SLOTS);
  const rowOf = new Int32Array(ROW_SLOTS);
  for (const [key, row] of rows) {
    if (typeof key !== 'number') continue;
    let slot = hashSlot(key, ROW_SLOT_BITS);
    while (rowKey[slot] !== 0) slot = (slot + 1) & (ROW_SLOTS - 1);
    rowKey[slot] = key + 1;
    rowOf[slot] = row;
  }
  models = { languages, rows, rowKey, rowOf, ranks: Int16Array.from(byRow) };
  modelsCache.set(key, models);
  byList.set(script, models);
  return models;
}

/** Slots of a model's table of small keys: six models of 300 trigrams fill under a quarter. */
const ROW_SLOT_BITS = 14;
const ROW_SLOTS = 1 << ROW_SLOT_BITS;

/** The first slot of `key` in a table of 2^bits slots (Fibonacci hashing). */
function hashSlot(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

/** The row of a small key in the models' table, or undefined. */
function rowOfKey(models: TrigramModels, key: number): number | undefined {
  for (let slot = hashSlot(key, ROW_SLOT_BITS); models.rowKey[slot] !== 0; slot = (slot + 1) & (ROW_SLOTS - 1)) {
    if (models.rowKey[slot] === key + 1) return models.rowOf[slot];
  }
  return undefined;
}

/** The open-addressing table of rankByTrigrams: at most MAX_LENGTH + 2 trigrams fill at most a
 *  quarter of it. Keys are stored plus one (0: empty). */
const SLOT_BITS = 13;
const SLOTS = 1 << SLOT_BITS;
const slotKey = new Int32Array(SLOTS);
const slotCount = new Int32Array(SLOTS);
const usedSlots = new Int32Array(SLOTS);

/** trigram-utils replaces runs of U+0021..U+0040 by a space, then collapses runs of \s. */
const NOT_LETTERS_OR_SPACES = /[\u0021-\u0040\s]+/g;
/** franc's answer when it cannot tell (a new array each time: callers may change it). */
const und = (): TrigramGuesses => [['und', 1]];

/** The script franc would pick: the script with the most matches (the first on a tie); none
 *  when nothing matches (franc then says `und`). */
function topScript(value: string): string | undefined {
  // Scripts are disjoint, so one with more than half the units is the top one. Counted with a
  // loop over the letters of ASCII, Latin-1 and Latin Extended-A/B (all in franc's Latin class),
  // instead of franc's count of each of its scripts.
  let latin = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 122 ? c >= 97 || (c >= 65 && c <= 90) : c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) latin++;
  }
  if (latin * 2 > value.length) return LATIN;
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return topCount === 0 ? undefined : top;
}

/** franc's `francAll(value, { only, minLength: 1 })`. */
export function rankByTrigrams(input: string, only: readonly string[]): TrigramGuesses {
  if (!input) return und();
  const value = input.slice(0, MAX_LENGTH);
  const script = topScript(value);
  // A script of one language (franc names it by the language) or none.
  if (!script || !(script in data)) return script && only.includes(script) ? [[script, 1]] : und();
  const models = modelsFor(script, only);
  if (models.languages.length === 0) return und();
  // trigram-utils: symbols and digits become spaces, white space collapses, lower case, padded.
  // (One pass for both replacements: a run of symbols and spaces becomes one space either way.)
  const cleaned = ' ' + value.replace(NOT_LETTERS_OR_SPACES, ' ').trim().toLowerCase() + ' ';
  // Distinct trigrams and their counts: small keys in an open-addressing table (module-level,
  // emptied after use), others (rare: letters beyond U+03FF) in a Map.
  const n = models.languages.length;
  let used = 0;
  let wide: Map<string, number> | null = null;
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const key = trigramKey(cleaned, i);
    if (typeof key === 'string') {
      (wide ??= new Map()).set(key, (wide.get(key) ?? 0) + 1);
      continue;
    }
    let slot = hashSlot(key, SLOT_BITS);
    for (; slotKey[slot] !== 0 && slotKey[slot] !== key + 1; slot = (slot + 1) & (SLOTS - 1));
    if (slotKey[slot] === 0) {
      slotKey[slot] = key + 1;
      slotCount[slot] = 0;
      usedSlots[used++] = slot;
    }
    slotCount[slot]!++;
  }
  const distances = new Int32Array(n);
  const ranks = models.ranks;
  for (let u = 0; u < used; u++) {
    const slot = usedSlots[u]!;
    const row = rowOfKey(models, slotKey[slot]! - 1);
    const count = slotCount[slot]!;
    slotKey[slot] = 0;
    if (row === undefined) for (let l = 0; l < n; l++) distances[l]! += MAX_DIFFERENCE;
    else {
      for (let l = 0, at = row * n; l < n; l++, at++) {
        const rank = ranks[at]!;
        distances[l]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
      }
    }
  }
  if (wide) {
    for (const [key, count] of wide) {
      const row = models.rows.get(key);
      for (let l = 0; l < n; l++) {
        const rank = row === undefined ? -1 : ranks[row * n + l]!;
        distances[l]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
      }
    }
  }
  const ranked: TrigramGuesses = models.languages.map((language, l) => [language, distances[l]!]);
  ranked.sort((a, b) => a[1] - b[1]); // stable: ties keep franc's data order
  const min = ranked[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const guess of ranked) guess[1] = 1 - (guess[1] - min) / max || 0;
  return ranked;
}
