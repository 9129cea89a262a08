// Word tokens for entity recognition: words keep inner hyphens, dots, slashes and apostrophes
// (`Kemenkop-UKM`, `CNNIndonesia.com`, `M.Si`), and take a final full stop only when the word
// with it is a known abbreviation or a single capital letter (an initial: `Kuswara S. Taryono`).

import type { WordInfo } from './lexicon.js';

export interface WordToken {
  /** UTF-16 index into the article text. */
  start: number;
  end: number;
  text: string;
  /** First word of its sentence (or first after an opening quotation mark or bracket). */
  initial: boolean;
  /** What the lexicon knows of the word, attached by the extractor (see lexicon.ts wordInfo). */
  info?: WordInfo;
}

// Linear: each repetition of the group must consume a separator and then a letter or digit.
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’./&][\p{L}\p{N}\p{M}]+)*|\S/gu;
const GLUED_DATELINE = /^([\p{L}\p{N}.]{4,})-(\p{Lu}\p{Ll}+)$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENERS = new Set(['"', '“', '”', '(', '[', "'", '‘', '«', '-', '–', '—', ':']);

export function tokenizeWords(text: string, from: number, to: number, abbreviations: ReadonlySet<string>): WordToken[] {
  const out: WordToken[] = [];
  const region = text.slice(from, to);
  WORD.lastIndex = 0;
  let initial = true;
  for (let m = WORD.exec(region); m; m = WORD.exec(region)) {
    let word = m[0];
    let end = m.index + word.length;
    if (region[end] === '.' && (abbreviations.has(word + '.') || /^\p{Lu}$/u.test(word))) {
      word += '.';
      end++;
      WORD.lastIndex = end;
    }
    // A dateline glued to the first word (`Rimanews-Kepala Dinas ...`, `Suara.com-Komisi ...`).
    // Only at a sentence start, or after an all-capitals dateline place (`JUARA.NET, JAKARTA-Asian`).
    const hyphenated = word.includes('-') ? GLUED_DATELINE.exec(word) : null;
    const glued = hyphenated && (initial || /^[\p{Lu}.]+$/u.test(hyphenated[1]!)) ? hyphenated : null;
    if (glued) {
      const at = from + m.index;
      const left = glued[1]!;
      out.push({ start: at, end: at + left.length, text: left, initial: true, info: undefined });
      out.push({ start: at + left.length, end: at + left.length + 1, text: '-', initial: false, info: undefined });
      out.push({ start: at + left.length + 1, end: at + word.length, text: glued[2]!, initial: true, info: undefined });
      initial = false;
      continue;
    }
    // An ASCII first character decides: a letter or digit starts a word, anything else is a
    // one-character token (with at most an ASCII full stop after it).
    const first = word.charCodeAt(0);
    const isWord = first < 128 ? (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122) : LETTER_OR_DIGIT.test(word);
    // `info` is filled in by the extractor; declared here so every token has one object shape.
    out.push({ start: from + m.index, end: from + end, text: word, initial: initial && isWord, info: undefined });
    if (isWord) initial = false;
    else if (OPENERS.has(word) && out.length === 1) initial = true;
    else if ((word === '“' || word === '"') && initial === false) {
      // An opening quotation mark starts a quoted sentence: its first word is sentence-initial.
      const prev = out[out.length - 2];
      if (!prev || /[,.:;!?]$/.test(prev.text)) initial = true;
    }
  }
  return out;
}

/** `Jakarta` → `Xx`, `KPK` → `X`, `PDI-P` → `X-X`, `2014` → `d`, `iPhone` → `xXx`. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  // ASCII words (most) without a case conversion per character.
  let ascii = true;
  for (let k = 0; k < word.length && ascii; k++) ascii = word.charCodeAt(k) < 128;
  if (ascii) {
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      const c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : word[k]!;
      if (c !== last) out += c;
      last = c;
    }
    return out;
  }
  for (const ch of word) {
    // Case by comparison rather than a Unicode property regex: this runs for every token.
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const c = ch !== lower ? 'X' : ch !== upper ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const STARTS_UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Starts with a capital letter (ASCII decided without the Unicode regex: this runs per token). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER.test(word);
}

/** Has a letter (ASCII letters found without the Unicode regex). */
export function hasLetter(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return LETTER.test(word);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}
