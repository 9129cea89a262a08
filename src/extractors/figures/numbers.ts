// Reading the number itself: digits in the language's format (`1.200,5`) and number words
// (`tiga puluh lima`, `seratus`, `dua koma lima`, `satu setengah juta`).
//
// Digit values are computed from the decimal digits (`1,59` × 10⁹ → `"159e7"`), so
// `1,59 miliar` is exactly 1590000000, never 1590000000.0000002.
import type { FigureGrammar } from './grammar.js';
import type { FigureToken } from './tokens.js';

/** A number before its scale: digits as written, or the value of number words. */
export type NumberReading =
  | { kind: 'digits'; integer: string; fraction: string }
  | { kind: 'words'; value: number };

/** More integer digits than this is an identifier or garbage, never a figure. */
const MAX_INTEGER_DIGITS = 16;
const MAX_NUMBER_CHARS = 40;

/**
 * Digits in the language's format; `allowForeign` accepts the other decimal mark (`2.5`) where
 * the caller knows a unit follows. Null for anything else (`14.50` as a time, `08123`, `1.2.3`).
 */
export function readDigits(
  text: string,
  g: FigureGrammar,
  allowForeign: boolean,
  foreignCurrency = false,
): NumberReading | null {
  // The longest real amount (`999.999.999.999.999,99`) is far below this; anything longer is an
  // identifier or garbage, and is refused before any copying.
  if (text.length > MAX_NUMBER_CHARS) return null;
  const { decimal, group } = g.lexicon.digits;
  let integer: string;
  let fraction = '';
  if (foreignCurrency && g.foreignGrouped.test(text)) {
    // `USD 91,000`, `CNY 3,299`: an amount in a foreign currency keeps that country's groups
    const at = text.indexOf(group);
    integer = (at < 0 ? text : text.slice(0, at)).split(decimal).join('');
    fraction = at < 0 ? '' : text.slice(at + 1);
  } else if (g.plain.test(text) || g.grouped.test(text)) {
    const at = text.indexOf(decimal);
    integer = (at < 0 ? text : text.slice(0, at)).split(group).join('');
    fraction = at < 0 ? '' : text.slice(at + 1);
  } else if (allowForeign && g.foreignDecimal?.test(text)) {
    const at = text.indexOf(group);
    integer = text.slice(0, at);
    fraction = text.slice(at + 1);
  } else {
    return null;
  }
  // A leading zero marks a phone number, a code or a clock time (`0812...`, `021`, `08`).
  if (integer.length > 1 && integer.startsWith('0')) return null;
  if (integer.length > MAX_INTEGER_DIGITS || fraction.length > 8) return null;
  return { kind: 'digits', integer, fraction };
}

/** The value of a reading times 10^exponent (the scale word's power of ten). */
export function valueOf(r: NumberReading, exponent: number): number {
  if (r.kind === 'words') {
    const v = r.value * 10 ** exponent;
    // `dua koma lima juta`: 2.5 × 10⁶ may carry float noise; 15 digits remove it
    return Number.isInteger(r.value) ? v : Number(v.toPrecision(15));
  }
  const digits = (r.integer + r.fraction).replace(/^0+(?=\d)/, '');
  return Number(`${digits}e${exponent - r.fraction.length}`);
}

export interface WordNumber {
  value: number;
  /** Token index after the last number word. */
  end: number;
  /** Whether a scale word (`ribu`, `juta`) is part of it, and the last one. */
  scale: string | null;
}

/** Parts of a word token: its contraction (`seratus` → `satu ratus`) or hyphen parts (`twenty-five`). */
function partsOf(t: FigureToken, g: FigureGrammar): string[] {
  const c = g.contractions.get(t.lower);
  if (c && c.length > 0) return c;
  if (t.lower.includes('-')) return t.lower.split('-');
  return [t.lower];
}

const isNumberPart = (p: string, g: FigureGrammar) =>
  g.numberWords.has(p) || g.groupMultipliers.has(p) || g.teenWords.has(p) || g.scaleWords.has(p) || g.fractionWords.has(p);

/**
 * Number words from token `i`: `tiga puluh lima` 35, `dua belas` 12, `seratus dua puluh ribu`
 * 120000, `dua koma lima juta` 2500000, `satu setengah` 1.5. Null when token `i` starts none.
 */
export function readWordNumber(tokens: readonly FigureToken[], i: number, g: FigureGrammar): WordNumber | null {
  let total = 0;
  let group = 0;
  let pending = -1; // the digit or tens word waiting for a multiplier
  let scale: string | null = null;
  let j = i;
  let consumed = false;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      break;
    }
    if (g.decimalWords.has(t.lower) && pending >= 0 && group === 0 && total === 0) {
      // `dua koma lima`: digit words after the decimal word
      let digits = '';
      let k = j + 1;
      for (; k < tokens.length; k++) {
        const d = g.numberWords.get(tokens[k]!.lower);
        if (d === undefined || d > 9) break;
        digits += String(d);
      }
      if (!digits) break;
      pending = pending + Number(`0.${digits}`);
      j = k - 1;
      continue;
    }
    const parts = partsOf(t, g);
    if (!parts.every((p) => isNumberPart(p, g))) break;
    // Apply the parts on a copy: a token either fits whole or ends the number.
    let ok = true;
    let tt: number = total;
    let gg: number = group;
    let pp: number = pending;
    let ss: string | null = scale;
    for (const p of parts) {
      const v = g.numberWords.get(p);
      const mult = g.groupMultipliers.get(p);
      const sc = g.scaleWords.get(p);
      const fr = g.fractionWords.get(p);
      if (v !== undefined) {
        if (pp < 0) pp = v;
        else if (pp >= 20 && pp < 100 && pp % 10 === 0 && v < 10) pp += v; // twenty five
        else ok = false;
      } else if (mult !== undefined) {
        if (pp < 0) ok = false;
        else {
          gg += pp * mult;
          pp = -1;
        }
      } else if (g.teenWords.has(p)) {
        if (pp < 0 || pp > 9) ok = false;
        else {
          gg += 10 + pp;
          pp = -1;
        }
      } else if (sc !== undefined) {
        const n = gg + Math.max(pp, 0);
        if (n === 0) ok = false;
        else {
          tt += n * sc;
          gg = 0;
          pp = -1;
          ss = p;
        }
      } else if (fr !== undefined) {
        // `setengah` alone is ½; after a whole number it adds (`satu setengah`)
        if (pp < 0 && gg === 0 && tt === 0) pp = fr;
        else if (pp >= 0 && pp % 1 === 0) pp += fr;
        else ok = false;
      }
      if (!ok) break;
    }
    if (!ok) break;
    total = tt;
    group = gg;
    pending = pp;
    scale = ss;
    consumed = true;
  }
  if (!consumed) return null;
  return { value: total + group + Math.max(pending, 0), end: j, scale };
}
