// The date vocabulary of a language pack compiled once into regular-expression sources and
// lookup tables (cached per lexicon). Every pattern is an alternation of literal words joined by
// bounded whitespace: no nested quantifiers, so matching stays linear in the window length.
import type { DateLexicon, DateUnit, Direction } from '../../lang/date-lexicon.js';
import { lowerCaseWords, type LowerCaseWords } from '../lowercase-words.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of the words, longest first, with their inner spaces as `\s{1,3}`. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  if (list.length === 0) return '(?!)'; // nothing to match: never matches
  return `(?:${list.map((w) => escape(w).replace(/ /g, '\\s{1,3}')).join('|')})`;
}

/** Lower case with runs of whitespace made one space (the key form of the lexicon). */
export const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/** No letter or digit right after (the end of a word). */
export const END = '(?![\\p{L}\\p{N}])';

export interface CompiledDates {
  lex: DateLexicon;
  months: string;
  weekdays: string;
  directions: string;
  parts: string;
  number: string;
  durationUnits: string;
  periodWords: string;
  subYear: string;
  ordinals: string;
  dayParts: string;
  zones: string;
  setWords: string;
  vagueAmounts: string;
  relativeDays: string;
  clockWords: string;
  yearWords: string;
  /** The places worth parsing: tokens that are date words (lower case) or date-like numbers. */
  triggerWords: ReadonlySet<string>;
  /** The same, looked up by a token as written (ASCII tokens without a hyphen). */
  triggerTable: LowerCaseWords;
  triggerNumber: RegExp;
  /** A preposition chrono includes at the start of its match (`pada`), to cut off. */
  leadingPreposition: RegExp;
  /** The dateline a reference date can be taken from: `Rabu (26/7/2023)`. */
  dateline: RegExp;
  parseNumber(text: string): number | null;
  unitOf(word: string): DateUnit | undefined;
  directionOf(word: string): Direction | undefined;
}

const cache = new WeakMap<DateLexicon, CompiledDates>();

export function compileDates(lex: DateLexicon): CompiledDates {
  const hit = cache.get(lex);
  if (hit) return hit;
  const units = Object.entries(lex.numberWords).filter(([, v]) => v >= 1 && v <= 9);
  const unitAlt = alternation(units.map(([w]) => w));
  const tens = escape(lex.numberTens);
  const teens = escape(lex.numberTeens);
  const hundreds = escape(lex.numberHundreds);
  // `tiga puluh (dua)`, `dua belas`, `tiga ratus`: the unit word once, then its multiplier. (The
  // same matches as one alternative per multiplier: after a unit word comes white space, so at
  // most one unit word can start a compound at a position; the shorter pattern compiles faster.)
  const compoundWords = lex.numberTens
    ? `${unitAlt}\\s{1,3}(?:${tens}(?:\\s{1,3}${unitAlt})?|${teens}|${hundreds})|`
    : '';
  const numberWord = `(?:${compoundWords}${alternation(Object.keys(lex.numberWords))})`;
  const decadeSuffix = escape(lex.decadeSuffix);
  // Digits (`3`, `1,5`, `1.000`) or number words (`dua`, `tiga puluh`, `dua belas`).
  const number = `(?:\\d{1,4}(?:[.,]\\d{1,3})?|${numberWord})`;
  const months = alternation(Object.keys(lex.months));
  const weekdays = alternation(Object.keys(lex.weekdays));
  const durationUnitWords = Object.keys(lex.durationUnits);
  const periodWords = alternation([...Object.keys(lex.periodUnits), ...Object.keys(lex.subYearPeriods)]);
  const relativeDays = alternation(Object.keys(lex.relativeDays));
  // Trigger words (first words of multi-word entries), looked up per token: cheaper than one
  // long alternation scanned over the whole text.
  const firstWords = (words: Iterable<string>) => [...words].map((w) => w.split(' ')[0]!);
  const triggerWords = new Set<string>([
    ...Object.keys(lex.months),
    ...firstWords(Object.keys(lex.weekdays)),
    ...firstWords(Object.keys(lex.relativeDays)),
    ...durationUnitWords,
    ...Object.keys(lex.periodUnits),
    ...Object.keys(lex.subYearPeriods),
    ...Object.keys(lex.frequencyAdjectives),
    ...lex.clockWords,
    ...firstWords(lex.setWords),
    ...(lex.onePrefix ? durationUnitWords.map((u) => lex.onePrefix + u) : []),
    ...firstWords(Object.keys(lex.anaphoricPeriods)),
    ...firstWords(Object.keys(lex.holidays)),
    // `per bulannya`, `setiap tahunnya`: a unit with its suffix
    ...(lex.unitSuffix ? durationUnitWords.map((u) => u + lex.unitSuffix) : []),
  ]);
  // Numbers worth a look: years, clock times, `d/m`, decades (`90-an`).
  const triggerNumber = new RegExp(
    `^(?:(?:1[5-9]|20|21)\\d\\d|\\d{1,2}(?:[.:]\\d{2}|/\\d{1,2})|\\d{2,4}\\s{0,2}-?\\s{0,2}${decadeSuffix})`,
    'iu',
  );
  const dateline = new RegExp(
    `(?<![\\p{L}\\p{N}])(${weekdays})\\s{0,3},?\\s{0,3}\\(?\\s{0,3}(\\d{1,2})\\s{0,2}/\\s{0,2}(\\d{1,2})\\s{0,2}/\\s{0,2}(\\d{4})${END}`,
    'iu',
  );
  const numberTable = lex.numberWords;
  const parseNumber = (raw: string): number | null => {
    const t = norm(raw);
    if (/^\d/.test(t)) {
      if (/^\d{1,3}\.\d{3}$/.test(t)) return Number(t.replace('.', ''));
      return Number(t.replace(',', '.'));
    }
    const words = t.split(' ');
    let total = 0;
    let current = 0;
    for (const w of words) {
      if (numberTable[w] !== undefined) current += numberTable[w]!;
      else if (w === lex.numberTens) current *= 10;
      else if (w === lex.numberTeens) current += 10;
      else if (w === lex.numberHundreds) current *= 100;
      else return null;
      if (w === lex.numberHundreds) {
        total += current;
        current = 0;
      }
    }
    return total + current;
  };
  const compiled: CompiledDates = {
    lex,
    months,
    weekdays,
    directions: alternation(Object.keys(lex.directions)),
    parts: alternation(lex.periodParts),
    number,
    durationUnits: alternation(durationUnitWords),
    periodWords,
    subYear: alternation(Object.keys(lex.subYearPeriods)),
    ordinals: alternation(Object.keys(lex.ordinals)),
    dayParts: alternation(Object.keys(lex.dayParts)),
    zones: alternation(Object.keys(lex.timeZones)),
    setWords: alternation(lex.setWords),
    vagueAmounts: alternation(lex.vagueAmounts),
    relativeDays,
    clockWords: alternation(lex.clockWords),
    yearWords: alternation(lex.yearWords),
    triggerWords,
    triggerTable: lowerCaseWords(triggerWords),
    triggerNumber,
    dateline,
    leadingPreposition: new RegExp(`^${alternation(lex.trimmedLeads)}\\s{1,3}`, 'iu'),
    parseNumber,
    unitOf: (w) => lex.durationUnits[norm(w)] ?? lex.periodUnits[norm(w)] ?? lex.subYearPeriods[norm(w)],
    directionOf: (w) => lex.directions[norm(w)],
  };
  cache.set(lex, compiled);
  return compiled;
}

/** The word right before `index` in `text` (lower case), or '' at the start. */
export function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  const end = i;
  while (i > 0 && !/[\s(]/.test(text[i - 1]!)) i--;
  return text.slice(i, end).toLowerCase().replace(/[,;:]$/, '');
}

/** The word right before `index`, as written. */
export function rawWordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  const end = i;
  while (i > 0 && !/[\s(]/.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

/** The word right after `index`, as written. */
export function rawWordAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const start = i;
  while (i < text.length && /[\p{L}\p{N}'-]/u.test(text[i]!)) i++;
  return text.slice(start, i);
}

/** True when `index` starts a sentence: only spaces back to the start or to `.!?"“`. */
export function atSentenceStart(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && /[\s"“‘'(]/.test(text[i - 1]!)) i--;
  return i === 0 || /[.!?:]/.test(text[i - 1]!);
}

export const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
