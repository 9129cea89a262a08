// Reading one figure from a token: currency before, the number (digits or words), its scale,
// a range, then what follows (currency word, percent, unit, counted noun), and the context
// that rules it out (a date, a time, a year, an identifier, an ordinal, a score, an idiom)
// or qualifies it (a hedge, a bound, a target). Each step looks at a bounded number of tokens,
// so a whole paragraph is read in one linear pass.
import type { Figure } from '../../types.js';
import type { FigureGrammar } from './grammar.js';
import type { FigureToken } from './tokens.js';
import { readDigits, readWordNumber, valueOf, type NumberReading } from './numbers.js';

export interface FigureScan {
  tokens: readonly FigureToken[];
  g: FigureGrammar;
  /** Whether UTF-16 `[start, end)` overlaps a date the dates extractor found. */
  inDate: (start: number, end: number) => boolean;
  /** Token index where the previous figure ended: qualifier cues are not read across it. */
  floor: number;
  /** A title-case line (`Pertamina Pedekate Tiga Perusahaan`): capitals say nothing there. */
  titleCase: boolean;
}

/** A figure before offsets are converted: token span and the contract fields. */
export interface FigureReading {
  startTok: number;
  endTok: number;
  value: number;
  kind: Figure['kind'];
  unit: string | null;
  approximate: boolean;
  range: Figure['range'];
  qualifier: string | null;
  /** Rule id suffix (`money`, `scale`, `words`, ...). */
  rule: string;
  /** The scale word (`juta`), for carrying a counted noun to a later figure. */
  scale: string | null;
}

export interface ReadOutcome {
  figure: FigureReading | null;
  /** Token index to go on from. */
  next: number;
}

/** Marks that may be glued to a number's left only if the number is part of something else. */
const GLUE_BEFORE = new Set(['-', '‐', '/', '_', '#', '@', ':', '+', '.', '&', '=', '~', '^', '\\', '|', '–']);
/** Marks after which a token starts a sentence or a quotation. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', '“', '”', "'", '‘', '’', ':', ';', '(', '–', '—', '-', '•', '*', '…']);
/** Marks a qualifier cue is not read across. */
const CLAUSE_STOPS = new Set(['.', '!', '?', ';', ':', '"', '“', '”']);
/** Marks that may follow a postfix bound (`50 persen lebih.`). */
const BOUND_END = new Set(['.', ',', ';', ')', '!', '?', '"', '”']);

/** Minute and foot marks glued after a number (`67’`). */
const MINUTE_MARKS = new Set(['’', "'", '′', '″']);

const CAPITALISED = /^\p{Lu}/u;
const HAS_CAPITAL = /\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const PLATE_LETTERS_BEFORE = /^\p{Lu}{1,2}$/u;
const PLATE_LETTERS_AFTER = /^\p{Lu}{1,3}$/u;

const glued = (a: FigureToken | undefined, b: FigureToken | undefined) => !!a && !!b && a.end === b.start;

function startsSentence(tokens: readonly FigureToken[], k: number): boolean {
  const p = tokens[k - 1];
  return !p || (p.kind === 'mark' && SENTENCE_OPENERS.has(p.text));
}

interface NumberPart {
  reading: NumberReading;
  /** Token index after the number and its scale. */
  end: number;
  /** Power of ten of the scale (`juta` 6), 0 without one. */
  exponent: number;
  scale: string | null;
  approximateScale: boolean;
}

function exponentOf(v: number): number {
  return Math.round(Math.log10(v));
}

/** Whether a word token can start a number (`tiga`, `seratus`, `setengah`; not `puluh`). */
function startsWordNumber(t: FigureToken, g: FigureGrammar): boolean {
  if (t.kind !== 'word') return false;
  if (g.wordNumberStarts.has(t.lower)) return true;
  const dash = t.lower.indexOf('-');
  return dash > 0 && g.wordNumberStarts.has(t.lower.slice(0, dash)); // `twenty-five`
}

/** Whether a unit, a scale, a percent or a currency word starts at token `j`. */
function unitAhead(s: FigureScan, j: number): boolean {
  const { g, tokens } = s;
  const t = tokens[j];
  if (!t) return false;
  return (
    g.scaleWords.has(t.lower) ||
    !!g.percent.match(tokens, j) ||
    !!g.units.match(tokens, j) ||
    !!g.currencyAfter.match(tokens, j)
  );
}

/** The number at token `n` with its scale word; null when none starts there. */
function readNumberPart(
  s: FigureScan,
  n: number,
  withCurrency: boolean,
  foreignCurrency = false,
): NumberPart | null {
  const { g, tokens } = s;
  const t = tokens[n];
  if (!t) return null;
  let reading: NumberReading;
  let end: number;
  let exponent = 0;
  let scale: string | null = null;
  let approximateScale = false;
  if (t.kind === 'digits') {
    const r = readDigits(t.text, g, unitAhead(s, n + 1), foreignCurrency);
    if (!r) return null;
    reading = r;
    end = n + 1;
  } else if (startsWordNumber(t, g)) {
    const w = readWordNumber(tokens, n, g);
    if (!w) return null;
    reading = { kind: 'words', value: w.value };
    end = w.end;
    scale = w.scale;
  } else {
    return null;
  }
  if (scale === null) {
    const nt = tokens[end];
    const abbreviation = withCurrency ? g.currencyScale.match(tokens, end) : null;
    if (nt && nt.kind === 'word' && g.scaleWords.has(nt.lower)) {
      exponent = exponentOf(g.scaleWords.get(nt.lower)!);
      scale = nt.lower;
      end++;
    } else if (abbreviation) {
      exponent = exponentOf(abbreviation.value);
      scale = nt!.text;
      end = abbreviation.end;
    } else if (nt && nt.kind === 'word' && g.approximateScaleWords.has(nt.lower)) {
      exponent = exponentOf(g.approximateScaleWords.get(nt.lower)!);
      scale = nt.lower;
      approximateScale = true;
      end++;
    }
  }
  return { reading, end, exponent, scale, approximateScale };
}

/** The counted noun at token `j` (`UMKM`, `saksi`, `tiga buah kapal` → `kapal`), or null. */
function countedNoun(s: FigureScan, j: number, allowClassifier = true): { end: number; unit: string } | null {
  const { g, tokens } = s;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || glued(tokens[j - 1], t)) return null;
  const w = t.lower;
  if (CAPITALISED.test(t.text) && !s.titleCase) {
    if (!ACRONYM.test(t.text) || g.monthNames.has(w) || g.timeZones.has(w)) return null;
    return { end: j + 1, unit: t.text };
  }
  if (w.length < 2) return null;
  const compound = compoundAt(s, j);
  if (compound) return compound;
  if (allowClassifier && g.classifiers.has(w)) {
    const noun = countedNoun(s, j + 1, false);
    if (noun) return noun;
  }
  if (
    g.notCountedNouns.has(w) ||
    g.durationWords.has(w) ||
    g.monthNames.has(w) ||
    g.numberWords.has(w) ||
    g.scaleWords.has(w) ||
    g.timeZones.has(w) ||
    g.contractions.has(w)
  ) {
    return null;
  }
  if (!g.nounsWithVerbPrefix.has(w) && g.verbPrefixes.some((p) => w.startsWith(p) && w.length >= p.length + 3)) {
    return null;
  }
  // `sembilan kabupaten/kota`: two nouns as alternatives, one counted thing
  const slash = tokens[j + 1];
  const other = tokens[j + 2];
  if (slash?.text === '/' && other?.kind === 'word' && glued(t, slash) && glued(slash, other) && other.text === other.lower) {
    return { end: j + 3, unit: textOf(tokens, j, j + 3) };
  }
  return { end: j + 1, unit: t.text };
}

/** A two-word noun at token `j` (`barang bukti`, `jam tangan`) as the counted noun, or null. */
function compoundAt(s: FigureScan, j: number): { end: number; unit: string } | null {
  const { g, tokens } = s;
  const m = g.compoundNouns.match(tokens, j);
  if (!m || m.end - j < 2) return null;
  for (let k = j + 1; k < m.end; k++) if (tokens[k]!.kind !== 'word' || glued(tokens[k - 1], tokens[k])) return null;
  return { end: m.end, unit: textOf(tokens, j, m.end) };
}

/** A rate of a unit of measure after a count (`14.476 orang per kilometer persegi`): the index
 *  after the unit, or null. A rate of time (`per tahun`) is not taken: it is a date of its own
 *  (a set). A price keeps its rate outside (`Rp 12.500` per kg): the guideline's text is the
 *  amount with its currency. */
function rateOfUnitAt(s: FigureScan, j: number): number | null {
  const { g, tokens } = s;
  const rate = g.rateWords.match(tokens, j);
  if (!rate) return null;
  const u = g.units.match(tokens, rate.end);
  const t = tokens[rate.end];
  if (!u || !t || t.kind !== 'word' || g.durationWords.has(t.lower)) return null;
  return u.end;
}

/** The unit at token `j` with a rate after it (`barel per hari`, `kg/tahun`), or null. */
function unitAt(s: FigureScan, j: number): { end: number } | null {
  const { g, tokens } = s;
  const u = g.units.match(tokens, j);
  if (!u) return null;
  // A one-letter unit (`m`, `g`) is lower case, and only right on the digits or before a clause end.
  if (u.end - j === 1 && tokens[j]!.text.length === 1 && tokens[j]!.text !== tokens[j]!.lower) return null;
  if (u.end - j === 1 && tokens[j]!.text.length === 1 && !glued(tokens[j - 1], tokens[j])) {
    const after = tokens[u.end];
    if (after && after.kind === 'word') return null;
  }
  let end = u.end;
  const rate = g.rateWords.match(tokens, end);
  if (rate) {
    const per = tokens[rate.end];
    if (per && per.kind === 'word' && (g.durationWords.has(per.lower) || g.units.match(tokens, rate.end))) {
      end = g.units.match(tokens, rate.end)?.end ?? rate.end + 1;
    }
  }
  return { end };
}

function idiomAt(s: FigureScan, i: number): boolean {
  const { g, tokens } = s;
  for (let k = Math.max(0, i - g.idioms.maxLength + 1); k <= i; k++) {
    const m = g.idioms.match(tokens, k);
    if (m && m.end > i) return true;
  }
  return false;
}

function previousWord(tokens: readonly FigureToken[], k: number): FigureToken | undefined {
  const p = tokens[k - 1];
  // `No. 5`, `Jl. Merdeka`: look through an abbreviation's full stop (a short word; a long one
  // ends a sentence: `di Liga Europa. 10 laga lainnya`)
  const abbreviation = tokens[k - 2];
  if (p && p.text === '.' && abbreviation?.kind === 'word' && glued(abbreviation, p) && abbreviation.text.length <= 4) return abbreviation;
  return p && p.kind === 'word' ? p : undefined;
}

function isYearLike(v: number, [lo, hi]: [number, number]): boolean {
  return Number.isInteger(v) && v >= lo && v <= hi;
}

/** The index after `(tiga puluh)` or `(sepuluh juta rupiah)` at token `j`, else `j`. */
function spelledEcho(s: FigureScan, j: number): number {
  const { g, tokens } = s;
  if (tokens[j]?.text !== '(') return j;
  let k = j + 1;
  let words = 0;
  for (; k < tokens.length && k < j + 12; k++) {
    const t = tokens[k]!;
    if (t.text === ')') break;
    if (t.kind !== 'word') return j;
    const known =
      startsWordNumber(t, g) ||
      g.groupMultipliers.has(t.lower) ||
      g.teenWords.has(t.lower) ||
      g.scaleWords.has(t.lower) ||
      g.contractions.has(t.lower) ||
      !!g.currencyAfter.match(tokens, k) ||
      !!g.percent.match(tokens, k);
    if (!known) return j;
    words++;
  }
  return tokens[k]?.text === ')' && words > 0 ? k + 1 : j;
}

/** Whether a list of numbers from token `j` ends in a month or a time unit (`23 dan 24 Juni`, `8 dan 12 jam`). */
function listBeforeMonth(s: FigureScan, j: number): boolean {
  const { g, tokens } = s;
  for (let k = j, steps = 0; k < tokens.length && steps < 12; k++, steps++) {
    const t = tokens[k]!;
    if (t.kind === 'digits') continue;
    if (g.listJoiners.has(t.lower)) continue;
    return t.kind === 'word' && (g.monthNames.has(t.lower) || g.durationWords.has(t.lower)) && k > j;
  }
  return false;
}

/**
 * An age by its shape, without an age word: `pelatih 44 tahun itu` (a person noun, the number,
 * the age unit and a demonstrative) or `Budi (44 tahun)`; `proyek 10 tahun itu` stays a duration.
 */
function ageByShape(s: FigureScan, i: number, j: number): boolean {
  const { g, tokens } = s;
  const unit = tokens[j];
  if (!unit || unit.lower !== g.lexicon.ageUnit) return false;
  const before = tokens[i - 1];
  const after = tokens[j + 1];
  if (before?.text === '(' && after?.text === ')') return CAPITALISED.test(tokens[i - 2]?.text ?? '');
  if (!before || before.kind !== 'word' || !after || !g.ageDemonstratives.has(after.lower)) return false;
  return g.agePersons.has(before.lower);
}

/** How many words back an age cue reaches (`usia yang sudah menginjak 35 tahun`). */
const AGE_CUE_WORDS = 4;

/** An age word (`usia`, `berusia`) up to AGE_CUE_WORDS words before token `i`, within the clause. */
function ageCueWithin(s: FigureScan, i: number): boolean {
  let words = 0;
  for (let m = i - 1; m >= 0 && m >= i - 3 * AGE_CUE_WORDS && words < AGE_CUE_WORDS; m--) {
    const t = s.tokens[m]!;
    if (t.kind === 'mark') {
      if (CLAUSE_STOPS.has(t.text) || t.text === ',') return false;
      continue;
    }
    if (t.kind !== 'word') return false;
    if (s.g.ageWordsReachingBack.has(t.lower)) return true;
    words++;
  }
  return false;
}

/** A score cue (`menang`, `skor`) up to three words before token `i`. */
function scoreBefore(s: FigureScan, i: number): boolean {
  let words = 0;
  // bounded in tokens too, so a run of marks or digits is never scanned back whole
  for (let m = i - 1; m >= 0 && m >= i - 8 && words < 3; m--) {
    const t = s.tokens[m]!;
    if (t.kind !== 'word') continue;
    if (s.g.scoreCues.has(t.lower)) return true;
    words++;
  }
  return false;
}

/** Try to read a figure starting at token `i`; null when no figure can start there. */
export function readFigureAt(s: FigureScan, i: number): ReadOutcome | null {
  const { g, tokens } = s;
  const lex = g.lexicon;
  const first = tokens[i]!;
  // The fast filter: most tokens can start no figure.
  if (first.kind !== 'digits' && !g.currencyStarts.has(first.lower) && !startsWordNumber(first, g)) return null;
  const reject = (next: number): ReadOutcome => ({ figure: null, next: Math.max(next, i + 1) });

  // 1. Currency before the amount (`Rp`, `Rp.`, `US$`).
  let currency: string | null = null;
  let n = i;
  const before = g.currencyBefore.match(tokens, i);
  const gluedBefore = glued(tokens[i - 1], first) && tokens[i - 1]!.kind !== 'mark';
  if (before && tokens[before.end]?.kind === 'digits' && !gluedBefore) {
    currency = before.value;
    n = before.end;
  } else if (first.kind === 'digits') {
    // fall through
  } else if (startsWordNumber(first, g)) {
    if (CAPITALISED.test(first.text) && !startsSentence(tokens, i) && !s.titleCase) return null; // `Lima` the city
    if (idiomAt(s, i)) return reject(i + 1);
  } else {
    return null;
  }

  const numberToken = tokens[n]!;
  const prev = tokens[n - 1];
  // 2. Glued on the left: `ke-3`, `Dewa-19`, `H013`, `No.5`, `26/7`, `+62`.
  const gluedLeft = glued(prev, numberToken) && (prev!.kind !== 'mark' || GLUE_BEFORE.has(prev!.text));
  if (!currency && numberToken.kind === 'digits' && gluedLeft) {
    return reject(n + 1);
  }
  if (prev?.text === '/' && tokens[n - 2]?.kind === 'digits') return reject(n + 1);

  const foreign = currency !== null && currency !== lex.homeCurrency;
  const head = readNumberPart(s, n, currency !== null, foreign);
  if (!head) return reject(n + 1);
  let j = head.end;

  // 3. Glued on the right: `5G`, `1980-an`, `26/7`, `10:30`.
  const right = tokens[j];
  if (glued(tokens[j - 1], right) && right) {
    if (right.kind === 'word') {
      const ok =
        g.attachedUnits.has(right.text) || !!g.percent.match(tokens, j) || g.scaleWords.has(right.lower);
      if (!ok) return reject(j + 1);
    } else if (right.kind === 'mark') {
      const after = tokens[j + 1];
      // `26/7`, `742/VI/2017` are dates and codes; `miliar/hari`, `kg/tahun` are rates
      const code = after && (after.kind === 'digits' || (after.kind === 'word' && HAS_CAPITAL.test(after.text)));
      if (right.text === '/' && code && glued(right, after)) return reject(j + 2);
      if (right.text === ':' && after?.kind === 'digits' && glued(right, after)) {
        return reject(j + 2);
      }
      const rangeToAmount = !!g.currencyBefore.match(tokens, j + 1) || (!!after && startsWordNumber(after, g));
      if ((right.text === '-' || right.text === '‐') && after?.kind === 'word' && glued(right, after) && !rangeToAmount) {
        return reject(j + 2); // `1980-an`, `3-pemain`
      }
    }
  }
  // An age (`berusia 34 tahun`) is a figure even where a date reader took `34 tahun` as a duration.
  const inDate = s.inDate(numberToken.start, tokens[j - 1]!.end);
  // `usianya masih 28 tahun`, `berusia di bawah 30 tahun`: an age cue a few words back in the
  // clause counts where no date took the number (the date reader leaves such ages alone).
  const ageCue = g.ageCues.has(previousWord(tokens, i)?.lower ?? '') || ageByShape(s, i, j) || (!inDate && ageCueWithin(s, i));
  if (!ageCue && inDate) return reject(j);

  // `Rp 15 dan 25 ribu`: an amount shares the scale of the amount coordinated with it.
  const coordinated = g.listJoiners.has(tokens[j]?.lower ?? '') && !g.rangeJoiners.match(tokens, j);
  if (currency && head.scale === null && coordinated && tokens[j]!.kind === 'word') {
    const other = tokens[j + 1]?.kind === 'digits' ? readNumberPart(s, j + 1, true, foreign) : null;
    if (other?.scale) {
      head.exponent = other.exponent;
      head.scale = other.scale;
    }
  }

  // 4. A range: `10-15`, `2 hingga 3 juta`, `antara 2 dan 3`.
  let startTok = i;
  let value = valueOf(head.reading, head.exponent);
  let range: Figure['range'] = null;
  let scale = head.scale;
  let approximate = head.approximateScale;
  const opener = g.rangeOpeners.matchBefore(tokens, i);
  const joiner = g.rangeJoiners.match(tokens, j) ?? (opener ? g.openedRangeJoiners.match(tokens, j) : null);
  let hyphenRange = false;
  if (joiner) {
    let k = joiner.end;
    const again = currency ? g.currencyBefore.match(tokens, k) : null;
    if (again && again.value === currency) k = again.end;
    const wordJoiner = tokens[j]!.kind === 'word';
    const secondGlued = tokens[k - 1]!.end === tokens[k]?.start;
    const tail =
      tokens[k] && (!secondGlued || tokens[k]!.kind === 'digits') && !(tokens[k]!.kind === 'mark')
        ? readNumberPart(s, k, currency !== null, foreign)
        : null;
    const sameKind = tail && (tail.reading.kind === head.reading.kind || tail.reading.kind === 'digits');
    // `8827-04`, `021-5551234`: digits hyphened to digits that read as no number are a code
    if (!tail && glued(tokens[j - 1], tokens[j]) && tokens[k]?.kind === 'digits' && glued(tokens[k - 1], tokens[k])) {
      return reject(k + 1);
    }
    const sharedScale = head.scale === null || head.scale === tail?.scale;
    if (tail && sameKind && (!wordJoiner || opener || (sharedScale && !again))) {
      const exponent = head.scale === null ? tail.exponent : head.exponent;
      const lo = valueOf(head.reading, exponent);
      const hi = valueOf(tail.reading, tail.exponent);
      const score = scoreBefore(s, i);
      if (!wordJoiner && (lo >= hi || score)) return reject(tail.end); // `2-1`: a score
      if (lo < hi) {
        value = lo;
        range = { min: lo, max: hi };
        scale = tail.scale ?? head.scale;
        approximate ||= tail.approximateScale;
        j = tail.end;
        hyphenRange = !wordJoiner;
        if (opener && wordJoiner) startTok = opener.start;
      }
    }
  }
  if (g.notFigureAfter.match(tokens, j)) return reject(j + 1); // `dua kali lipat`
  // `30 (tiga puluh) hari`, `Rp 10.000.000 (sepuluh juta rupiah)`: legal style spells the number
  // out in brackets; what follows the brackets is what the number measures.
  const echoEnd = spelledEcho(s, j);
  if (echoEnd > j) {
    const t = tokens[echoEnd];
    if (t && t.kind === 'word' && g.durationWords.has(t.lower) && !ageCue) return reject(echoEnd + 1);
    j = echoEnd;
  }

  // 5. What follows: a currency word, a percent, a unit, a duration, a month, a noun.
  let kind: Figure['kind'] = 'quantity';
  let unit: string | null = null;
  let rule: string;
  const word = previousWord(tokens, i);
  const prevWord = word?.lower ?? '';
  const after = g.currencyAfter.match(tokens, j);
  const age =
    ageCue || (g.ageCues.has(previousWord(tokens, i - 1)?.lower ?? '') && !!g.bounds.matchBefore(tokens, i));
  if (after && (currency === null || after.value === currency)) {
    kind = 'money';
    unit = after.value;
    j = after.end;
    rule = 'money';
  } else if (currency !== null) {
    kind = 'money';
    unit = currency;
    rule = 'money';
  } else {
    const pct = g.percent.match(tokens, j);
    const u = pct ? null : unitAt(s, j);
    const t = tokens[j];
    if (pct) {
      kind = 'percent';
      unit = pct.value === 'point' ? lex.percentPointUnit : lex.percentUnit;
      j = pct.end;
      rule = 'percent';
      // `2% sampai 4%`, `5 persen-6 persen`: a range written with the sign on both ends
      const joined = range ? null : g.rangeJoiners.match(tokens, j);
      const tail = joined && tokens[joined.end]?.kind === 'digits' ? readNumberPart(s, joined.end, false) : null;
      const tailPct = tail && tail.scale === null ? g.percent.match(tokens, tail.end) : null;
      if (tail && tailPct && tailPct.value === pct.value) {
        const hi = valueOf(tail.reading, 0);
        if (hi > value) {
          range = { min: value, max: hi };
          j = tailPct.end;
        }
      }
    } else if (u) {
      kind = 'quantity';
      unit = normaliseSpace(textOf(tokens, j, u.end));
      j = u.end;
      rule = 'unit';
    } else if (t && t.kind === 'word' && g.durationWords.has(t.lower) && !compoundAt(s, j)) {
      if (!age || t.lower !== lex.ageUnit) return reject(j + 1); // a duration is a date
      kind = 'quantity';
      unit = lex.ageUnit;
      j++;
      rule = 'age';
    } else if (t && (g.monthNames.has(t.lower) || g.timeZones.has(t.lower)) && t.kind === 'word') {
      return reject(j + 1); // `25 September`, `14.50 WIB`
    } else {
      const p = tokens[n - 1];
      const plate =
        !!p && p.kind === 'word' && PLATE_LETTERS_BEFORE.test(p.text) && !!t && PLATE_LETTERS_AFTER.test(t.text);
      if (plate) return reject(j + 1);
      const noun = countedNoun(s, j);
      // `Daop 2 KAI`: a number between a name and an acronym is part of a name
      if (noun && word && CAPITALISED.test(word.text) && ACRONYM.test(noun.unit) && !g.measureCues.has(prevWord)) {
        if (!startsSentence(tokens, i - 1)) return reject(noun.end);
      }
      if (noun) {
        kind = 'count';
        unit = noun.unit;
        j = noun.end;
        rule = 'count';
        const rateEnd = rateOfUnitAt(s, j);
        if (rateEnd !== null) {
          // `14.476 orang per kilometer persegi`: a density measures, it no longer counts
          kind = 'quantity';
          const space = glued(tokens[noun.end - 1], tokens[noun.end]) ? '' : ' ';
          unit = noun.unit + space + normaliseSpace(textOf(tokens, noun.end, rateEnd));
          j = rateEnd;
        }
      } else {
        rule = range ? 'range' : 'number';
      }
    }
  }
  // `16,500 orang`: people are whole, so a three-digit "decimal" of a count is a thousands group
  if (kind === 'count' && !scale && head.reading.kind === 'digits' && head.reading.fraction.length === 3) {
    if (g.foreignGrouped.test(numberToken.text) && !range) value = Number(numberToken.text.split(lex.digits.decimal).join(''));
  }
  if (head.reading.kind === 'words' && rule !== 'money' && rule !== 'percent' && rule !== 'age') rule = 'words';
  else if (scale && (rule === 'count' || rule === 'number')) rule = 'scale';

  // 6. Context that rules the number out.
  const plainDigits = head.reading.kind === 'digits' && !numberToken.text.match(/\D/);
  const isYear =
    plainDigits &&
    numberToken.text.length === 4 &&
    !scale &&
    !range &&
    value >= lex.yearRange[0] &&
    value <= lex.yearRange[1];
  if (kind !== 'money' && kind !== 'percent') {
    if (g.identifierCues.has(prevWord) && rule !== 'unit') return reject(j);
    if (isYear && (rule === 'number' || g.yearCues.has(prevWord) || g.monthNames.has(prevWord))) return reject(j);
    if (g.timeCues.has(prevWord) && (rule === 'number' || rule === 'count' || rule === 'words')) return reject(j);
    if (hyphenRange && scoreBefore(s, i)) return reject(j);
    if (range && plainDigits && isYearLike(range.min!, lex.yearRange) && isYearLike(range.max!, lex.yearRange)) {
      if (numberToken.text.length === 4 && !scale) return reject(j); // `2017-2022`, `2011 sampai 2015`: a period
    }
    // `Liga 1 sepanjang`, `Persib 2`: after a name, small digits name a thing
    if (plainDigits && !currency && (rule === 'count' || rule === 'number' || rule === 'range')) {
      // a sentence may start with a function word (`Adapun 12 bank`), but `Nokia 1` is a name
      const functionWord = g.measureCues.has(prevWord) || g.notCountedNouns.has(prevWord);
      if (word && HAS_CAPITAL.test(word.text) && !functionWord && !(s.titleCase && rule === 'count')) return reject(j);
    }
    if (isYear && word && CAPITALISED.test(word.text) && !g.measureCues.has(prevWord)) return reject(j); // `UEFA 2017`
    if (isYear && unit && HAS_CAPITAL.test(unit)) return reject(j); // `2017 CX Index`
  }
  if (rule === 'number' || rule === 'range' || (rule === 'words' && kind === 'quantity' && !unit)) {
    // A number with nothing after it: only where the words before make it a measure.
    const p = tokens[i - 1];
    const q = tokens[j];
    if (p?.text === '(' && q?.text === ')' && head.reading.kind === 'digits' && !range && value >= 1 && value <= 120) {
      const name = tokens[i - 2];
      if (!name || name.kind !== 'word' || !CAPITALISED.test(name.text)) return reject(j + 1);
      if (g.identifierCues.has(name.lower)) return reject(j + 1); // `Pasal 28 Ayat (2)`
      kind = 'quantity';
      unit = lex.ageUnit;
      rule = 'age';
    } else if (g.ageCues.has(prevWord) && head.reading.kind === 'digits' && !range && !scale) {
      kind = 'quantity'; // `pebalap berusia 31 tersebut`
      unit = lex.ageUnit;
      rule = 'age';
    } else if (head.reading.kind === 'words') {
      if (!scale && !g.measureCues.has(prevWord)) return reject(j);
    } else if (!scale) {
      if (!p || p.kind !== 'word') return reject(j);
      // `Routledge 67’`, `Liga 1`, `iPhone 7`: after a name a bare number names, it does not count
      if (HAS_CAPITAL.test(p.text) && !g.measureCues.has(p.lower)) return reject(j);
      if (q && MINUTE_MARKS.has(q.text) && glued(tokens[j - 1], q)) return reject(j + 1);
      if (q && q.kind === 'word' && q.text.length === 1 && CAPITALISED.test(q.text)) return reject(j + 1); // `4 K`
      // `... 62.615 unit 2. Honda Mobilio`: the number of a list item
      const r = tokens[j + 1];
      const afterFigure = s.floor === i && i > 0;
      if (afterFigure && q?.text === '.' && glued(tokens[j - 1], q) && r?.kind === 'word' && CAPITALISED.test(r.text)) {
        return reject(j + 1);
      }
      if (listBeforeMonth(s, j)) return reject(j); // `pada 23 dan 24 Juni`
      // `Grup 3, 4, dan 6`: the rest of a list whose first number was no figure
      if (g.listJoiners.has(p.lower) && tokens[i - 2]?.kind === 'digits') return reject(j);
    }
  }

  // 7. Hedges and bounds (`sekitar`, `lebih dari`, `hampir`; `50 persen lebih`).
  const hedgeFloor = Math.max(s.floor, 0);
  const bound = g.bounds.matchBefore(tokens, startTok, hedgeFloor);
  let cueEnd = startTok;
  if (bound) {
    approximate = true;
    cueEnd = bound.start;
    if (!range && bound.value === 'lower') range = { min: value, max: null };
    else if (!range && bound.value === 'upper') range = { min: null, max: value };
  }
  const post = g.lowerBoundAfter.match(tokens, j);
  if (post) {
    const end = tokens[post.end];
    if (!end || (end.kind === 'mark' && BOUND_END.has(end.text))) {
      approximate = true;
      if (!range) range = { min: value, max: null };
    }
  }

  return {
    figure: {
      startTok,
      endTok: j,
      value,
      kind,
      unit,
      approximate,
      range,
      qualifier: qualifierBefore(s, cueEnd),
      rule,
      scale: scale?.toLowerCase() ?? null,
    },
    next: j,
  };
}

/** The nearest qualifier cue before token `k`, within the clause and after the previous figure. */
function qualifierBefore(s: FigureScan, k: number): string | null {
  const { g, tokens } = s;
  let words = 0;
  const window = g.lexicon.qualifierWindow;
  for (let m = k - 1; m >= s.floor && m >= k - 3 * window && words < window; m--) {
    const t = tokens[m]!;
    if (t.kind === 'mark') {
      if (CLAUSE_STOPS.has(t.text)) break;
      continue;
    }
    const q = g.qualifiers.get(t.lower);
    if (q) return q;
    words++;
  }
  return null;
}

function textOf(tokens: readonly FigureToken[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k > from && tokens[k - 1]!.end !== t.start) out += ' ';
    out += t.text;
  }
  return out;
}

function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ');
}
