// The figure extractor's own tokens: digit runs with their separators (`1.200,5` is one token),
// letter runs with inner hyphens (`laki-laki`, `satu-satunya`), and single marks (`$`, `%`, `-`).
// wink-nlp splits `1.200,5` and `Rp1,2T` differently per case, so figures tokenise on their own.

export type FigureTokenKind = 'digits' | 'word' | 'mark';

export interface FigureToken {
  /** UTF-16 indices into the article text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: FigureTokenKind;
}

const LETTER = /\p{L}/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether the code point at `i` is a letter; ASCII is decided without a regex. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text[i]!);
}

/** An upper-case letter at `i` after a lower-case one at `before` (`com-Salah`, not `Kemenkop-UKM`). */
function isUpperAt(text: string, i: number, before: number): boolean {
  const c = text.charCodeAt(i);
  const b = text.charCodeAt(before);
  return c >= 65 && c <= 90 && b >= 97 && b <= 122;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x202f;
}

/**
 * Tokens of `text[start, end)`, with offsets into the whole text. A hand-written scanner: one
 * pass, constant work per character, no regex backtracking and no substring copies of the
 * whole range (a 10 MB line of digits is one token, read once).
 */
export function tokenize(text: string, start: number, end: number, out: FigureToken[] = []): FigureToken[] {
  const n = tokenizeInto(text, start, end, out, out.length);
  out.length = n;
  return out;
}

/**
 * The same tokens written into `pool` from index `from` on, reusing the token objects already
 * there (an article's paragraphs are read one after another: one set of objects serves them all
 * instead of a new object per token). Returns the index after the last token; objects beyond it
 * are stale.
 */
export function tokenizeInto(text: string, start: number, end: number, pool: FigureToken[], from = 0): number {
  let count = from;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const first = i;
    let kind: FigureTokenKind;
    if (isDigit(c)) {
      // digits, with `.` or `,` only between digits: `1.200,5`
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 46 || d === 44) && i + 1 < end && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      kind = 'digits';
    } else if (isLetterAt(text, i)) {
      // letters, with inner hyphens between letters: `laki-laki`, `satu-satunya`
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isLetterAt(text, i)) i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        // a hyphen joins letters (`laki-laki`), but not a dateline to a capital (`Merdeka.com-Salah`)
        else if ((d === 45 || d === 0x2010) && i + 1 < end && isLetterAt(text, i + 1) && !isUpperAt(text, i + 1, i - 1)) i++;
        else break;
      }
      kind = 'word';
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      kind = 'mark';
    }
    const t = text.slice(first, i);
    const lower = kind === 'word' ? t.toLowerCase() : t;
    const token = pool[count];
    if (token) {
      token.start = first;
      token.end = i;
      token.text = t;
      token.lower = lower;
      token.kind = kind;
    } else pool.push({ start: first, end: i, text: t, lower, kind });
    count++;
  }
  return count;
}

/** Tokens of a lexicon phrase (`dolar AS` → `dolar`, `AS`; `US$` → `US`, `$`). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.text);
}
