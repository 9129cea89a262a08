// Finding gold strings in the article. Gold files carry no offsets, only the text as written
// (the guideline asks annotators to copy it exactly), so the scorer searches for it:
//
// - Items are located in the order the gold file lists them (document order), each search
//   starting where the previous located item ended; a string that occurs several times is thus
//   taken occurrence by occurrence (the second `30 soal` in the gold is the second in the text).
// - Among the occurrences from that point on, one that stands as a whole word is preferred
//   (gold `5` is not the `5` inside `2015`); failing that, any occurrence.
// - If nothing is found from that point on (a gold file out of order), the search restarts at
//   the beginning of the text, skipping occurrences already taken by earlier items.
// - If the exact string is absent, the same string with any run of whitespace matching any run
//   of whitespace is tried (line breaks inside a quotation). Still absent: the item is
//   reported as not found, counts as a miss, and a warning names it.
//
// Offsets are UTF-16 indices here; `codePointOffsets` converts them to the contract's code points.
import { firstNotBefore } from '../engine/ordered.js';

export interface Located {
  /** UTF-16 indices into the article text. */
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Whether the occurrence at [start, end) does not cut a word at either edge. */
function standsAlone(text: string, needle: string, start: number, end: number): boolean {
  if (isWordChar(needle[0]) && isWordChar(text[start - 1])) return false;
  if (isWordChar(needle[needle.length - 1]) && isWordChar(text[end])) return false;
  return true;
}

function overlapsAny(taken: readonly Located[], start: number, end: number): boolean {
  return taken.some((t) => start < t.end && t.start < end);
}

type Finder = (from: number) => Located | null;

function exactFinder(text: string, needle: string): Finder {
  return (from) => {
    const at = text.indexOf(needle, from);
    return at < 0 ? null : { start: at, end: at + needle.length };
  };
}

function whitespaceFinder(text: string, needle: string): Finder | null {
  const parts = needle.trim().split(/\s+/);
  if (parts.length < 2) return null;
  // Literal chunks joined by \s+: no nested quantifier, linear per attempt.
  const pattern = new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu');
  return (from) => {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  };
}

/** The first untaken occurrence from `from`: a whole-word one if any, else any. */
function firstOccurrence(text: string, needle: string, find: Finder, from: number, taken: readonly Located[]): Located | null {
  let fallback: Located | null = null;
  for (let hit = find(from); hit; hit = find(hit.start + 1)) {
    if (overlapsAny(taken, hit.start, hit.end)) continue;
    if (standsAlone(text, needle, hit.start, hit.end)) return hit;
    fallback ??= hit;
  }
  return fallback;
}

/** Locate each needle in `text`, in order (see the comment at the top). null = not found. */
export function locateInOrder(text: string, needles: readonly string[]): (Located | null)[] {
  const taken: Located[] = [];
  let cursor = 0;
  return needles.map((needle) => {
    if (!needle) return null;
    let hit: Located | null = null;
    for (const find of [exactFinder(text, needle), whitespaceFinder(text, needle)]) {
      if (!find) continue;
      hit = firstOccurrence(text, needle, find, cursor, taken) ?? firstOccurrence(text, needle, find, 0, taken);
      if (hit) break;
    }
    if (hit) {
      taken.push(hit);
      cursor = hit.end;
    }
    return hit;
  });
}

/** UTF-16 index → code-point offset for one text (identity when it has no astral characters). */
export function codePointOffsets(text: string): (index: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i]!;
}

/** Code-point offset → UTF-16 index (for showing context around predicted spans). */
export function utf16Offsets(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const toCp = codePointOffsets(text);
  return (cp) => firstNotBefore(text.length, (i) => toCp(i) < cp);
}
