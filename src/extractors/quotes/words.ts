// A light word layer over the article for the quote extractor: one linear pass gives words and
// single-character punctuation with UTF-16 offsets, so that speaker phrases and clauses are read
// token by token near a cue instead of by open-ended regexes.

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

export class WordIndex {
  readonly words: Word[] = [];
  private readonly starts: Int32Array;

  constructor(readonly text: string, abbreviations: ReadonlySet<string>) {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      let t = m[0];
      let end = m.index + t.length;
      const isWord = m[1] !== undefined;
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
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
