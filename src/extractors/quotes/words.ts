// A light word layer over the article for the quote extractor: one linear pass gives words and
// single-character punctuation with UTF-16 offsets, so that speaker phrases and clauses are read
// token by token near a cue instead of by open-ended regexes.
import { firstNotBefore } from '../../engine/ordered.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter (`Anggini`, `TikTok`, `MPR`). */
  cap: boolean;
  /** Two or more letters, all upper case (`MPR`, `PANRB`, `DKI`). */
  acronym: boolean;
  /** A letter or digit word; false for punctuation. */
  word: boolean;
  /** A web name (`Kampusku.id`, `OLAHRAGAKITA.NET`, `kumparan.com`): an outlet or a brand, never a person. */
  domain: boolean;
}

// Letters and digits, with inner `.`, `'`, `’` (`S.H.`, `kumparan.com`, `Dato'`) and inner hyphens
// before a lower-case letter (`upaya-upaya`, `disebut-sebut`), or one other visible character.
const TOKEN = /([\p{L}\p{N}]+(?:(?:[.'’]|-(?=\p{Ll}))[\p{L}\p{N}]+)*)|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const INNER_CAPITAL = /^\p{Ll}{1,2}\p{Lu}\p{L}/u;
const ACRONYM = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;
// Top-level and second-level domain endings of outlet and start-up names in Indonesian news
// (`KOMPAS.com`, `MERDEKA.COM`, `BOLA.NET`, `Kampusku.id`, `detik.co.id`, `Tempo.co`).
const DOMAIN = /\.(?:com|co|id|net|org|tv|info|news|asia|io|app|biz|my|sg|me|web)$/i;

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const LOWER_TAIL = /^\p{Ll}+$/u;

/** The last two characters of a word as one number (a cheap key, no string allocated). */
function endingKey(t: string): number {
  return (t.charCodeAt(t.length - 2) << 16) | t.charCodeAt(t.length - 1);
}

const endingCache = new WeakMap<readonly string[], Map<number, string[]>>();

/** The glued function words grouped by their last two characters, built once per list. */
function tailsByEnding(tails: readonly string[]): Map<number, string[]> {
  let map = endingCache.get(tails);
  if (map) return map;
  map = new Map();
  for (const tail of tails) {
    if (tail.length < 2) continue;
    const key = endingKey(tail);
    const list = map.get(key);
    if (list) list.push(tail);
    else map.set(key, [tail]);
  }
  endingCache.set(tails, map);
  return map;
}

/** The length of the name in a word glued to a function word (`JKsaat` → 2), or 0. */
function gluedHead(t: string, tails: readonly string[], alone: (head: string) => boolean): number {
  for (const tail of tails) {
    if (t.length <= tail.length + 1 || !t.endsWith(tail)) continue;
    const head = t.slice(0, t.length - tail.length);
    if (!LOWER_TAIL.test(t.slice(head.length))) continue;
    if (ALL_CAPITALS.test(head)) return head.length;
    if (tail.length >= 4 && head.length >= 3 && alone(head)) return head.length;
  }
  return 0;
}

/** The word is written on its own somewhere in the text (followed by a space or punctuation). */
function writtenAlone(text: string, word: string): boolean {
  let at = text.indexOf(word);
  for (let tries = 0; at >= 0 && tries < 8; tries++) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

export class WordIndex {
  readonly words: Word[] = [];
  private readonly starts: Int32Array;

  constructor(readonly text: string, abbreviations: ReadonlySet<string>, gluedTails: readonly string[] = []) {
    const byEnding = tailsByEnding(gluedTails);
    TOKEN.lastIndex = 0;
    let lookups = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      let t = m[0];
      let end = m.index + t.length;
      const isWord = m[1] !== undefined;
      // `kata JKsaat ditemui`: a name glued to a function word by a missing space is two words,
      // when the name is capitals or is written alone elsewhere in the article (bounded lookups).
      const c0 = t.charCodeAt(0);
      const upper = isWord && ((c0 >= 65 && c0 <= 90) || (c0 > 127 && UPPER.test(t)));
      const tails = upper && t.length > 2 && t.length <= 40 ? byEnding.get(endingKey(t)) : undefined;
      if (tails) {
        const head = gluedHead(t, tails, (h) => lookups++ < 64 && writtenAlone(text, h));
        if (head > 0) {
          end = m.index + head;
          t = t.slice(0, head);
          TOKEN.lastIndex = end;
        }
      }
      // An initial (`S.`) or a known abbreviation (`Dr.`, `PT.`) keeps its full stop.
      if (isWord && text[end] === '.' && ((t.length === 1 && UPPER.test(t)) || abbreviations.has(t + '.'))) {
        t += '.';
        end++;
        TOKEN.lastIndex = end;
      }
      // `eCommerce`, `iPhone`: brand words with an inner capital count as capitalised.
      const cap = isWord && (UPPER.test(t) || INNER_CAPITAL.test(t));
      this.words.push({
        start: m.index,
        end,
        text: t,
        lower: isWord ? t.toLowerCase() : t,
        cap,
        acronym: cap && t.length >= 2 && ACRONYM.test(t.replace(/\.$/, '')) && /\p{Lu}.*\p{Lu}/u.test(t),
        word: isWord,
        domain: isWord && t.length > 3 && DOMAIN.test(t),
      });
    }
    this.starts = Int32Array.from(this.words, (w) => w.start);
  }

  /** Index of the first word starting at or after `offset`. */
  at(offset: number): number {
    return firstNotBefore(this.starts.length, (i) => this.starts[i]! < offset);
  }

  /** Index of the last word ending at or before `offset`, or -1. */
  before(offset: number): number {
    let i = this.at(offset) - 1;
    while (i >= 0 && this.words[i]!.end > offset) i--;
    return i;
  }

  get(i: number): Word | undefined {
    return this.words[i];
  }

  /** True when the lower-case word sequence `seq` starts at word i. */
  matchesAt(seq: readonly string[], i: number): boolean {
    return seq.every((x, j) => this.words[i + j]?.lower === x);
  }

  /** True when only spaces (no line break) separate words i and i+1. */
  sameLine(i: number, j: number): boolean {
    const a = this.words[i];
    const b = this.words[j];
    if (!a || !b) return false;
    for (let k = a.end; k < b.start; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 10 || c === 13) return false;
    }
    return true;
  }
}
