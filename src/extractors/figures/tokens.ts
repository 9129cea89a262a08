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

// Each alternative consumes at least one character per repetition and the repeated groups start
// with a separator, so matching is linear even on a 10 MB line of digits.
const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+(?:[-‐]\p{L}+)*|\S/gu;
const DIGIT = /^\d/;
const LETTER = /^\p{L}/u;

/** Tokens of `text[start, end)`, with offsets into the whole text. */
export function tokenize(text: string, start: number, end: number, out: FigureToken[] = []): FigureToken[] {
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const kind: FigureTokenKind = DIGIT.test(t) ? 'digits' : LETTER.test(t) ? 'word' : 'mark';
    out.push({ start: start + m.index, end: start + m.index + t.length, text: t, lower: t.toLowerCase(), kind });
  }
  return out;
}

/** Tokens of a lexicon phrase (`dolar AS` → `dolar`, `AS`; `US$` → `US`, `$`). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.text);
}
