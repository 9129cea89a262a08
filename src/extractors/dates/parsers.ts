// warta's own chrono-node parsers for what Indonesian news writes and chrono's locale does not
// read (or reads without the granularity TimeML needs): datelines `Rabu (26/7/2023)`, weekdays
// resolved towards the past, `pekan lalu`, `tiga hari lalu`, quarters, decades, years, durations
// and sets. Each parser is built from the language pack's date vocabulary (patterns.ts) and
// records a Candidate for the ParsingResult it returns; chrono removes overlaps (longest wins).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { DateUnit, Direction } from '../../lang/date-lexicon.js';
import { addDays, addMonths, fmtClock, fmtDay, fmtMonth, fmtYear, isValidYmd, nearestYear, parseIsoDate, toEpochDay, weekday, type Ymd } from './calendar.js';
import { RULES, type Candidate, type Resolved } from './candidate.js';
import {
  END,
  atSentenceStart,
  isCapitalised,
  norm,
  rawWordAfter,
  rawWordBefore,
  wordBefore,
  type CompiledDates,
} from './patterns.js';
import { durationValue, periodValue, stepOf, weekdayDate } from './values.js';

/** The candidate each of our ParsingResults stands for. */
export const CANDIDATES = new WeakMap<ParsingResult, Candidate>();

type Build = (text: string, m: RegExpExecArray) => Candidate | null;

function parser(pattern: RegExp, build: Build): Parser {
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const index = match.index!;
      // chrono resumes a failed search one character further: never start inside a word.
      if (index > 0 && /[\p{L}\p{N}]/u.test(context.text[index - 1]!)) return null;
      // Nor inside a hyphenated word (`tahun-tahun mendatang`, `sehari-hari`).
      if (index > 1 && /[-–]/.test(context.text[index - 1]!) && /[\p{L}\p{N}]/u.test(context.text[index - 2]!)) return null;
      const candidate = build(context.text, match as RegExpExecArray);
      // A candidate without a place would make chrono resume nowhere (and loop): none.
      if (!candidate || !(candidate.end > candidate.start)) return null;
      // The result covers the candidate's own span, so chrono resumes right after it.
      const result = context.createParsingResult(candidate.start, context.text.slice(candidate.start, candidate.end), {});
      CANDIDATES.set(result, candidate);
      return result;
    },
  };
}

const rx = (source: string) => new RegExp(source, 'iu');
/** A pattern that fails at once: sticky, so exec tries position 0 only (a plain `(?!)` is tried
 *  at every position of the text; it never matches, so lastIndex stays 0). */
const NEVER = /(?!)/y;

/** The last answer of each gate pattern (by source and flags): chrono asks the parsers of one
 *  text in turn, and several gates share a pattern (the duration units, the month names). */
const gateAnswers = new Map<string, { text: string | null; occurs: boolean }>();

/** A parser that runs only on texts that `opens`. */
export interface GatedParser extends Parser {
  opens(text: string): boolean;
}

/** The parser, run only when `requires` occurs in the text chrono parses. */
export function gate(requires: RegExp, p: Parser): GatedParser {
  const key = `${requires.flags}/${requires.source}`;
  let last = gateAnswers.get(key);
  if (!last) gateAnswers.set(key, (last = { text: null, occurs: false }));
  const answer = last;
  const opens = (text: string): boolean => {
    if (answer.text !== text) {
      answer.text = text;
      answer.occurs = requires.test(text);
    }
    return answer.occurs;
  };
  return {
    opens,
    pattern: (context) => (opens(context.text) ? p.pattern(context) : NEVER),
    extract: (context, match) => p.extract(context, match),
  };
}
const noValue: Resolved = { value: null };

/** Offsets of group `g` in the window (needs the `d` flag-free fallback: search from match start). */
function groupStart(m: RegExpExecArray, g: number): number {
  const s = m[g];
  if (s === undefined) return -1;
  return m.index + m[0].indexOf(s);
}

export function buildParsers(c: CompiledDates): Parser[] {
  const lex = c.lex;
  const ordinalPrefix = lex.ordinalPrefix ? `(?:${escapeWord(lex.ordinalPrefix)}-?\\s{0,2})?` : '';
  const conjunctions = `(?:${alt(lex.conjunctions)})`;
  const unitSuffix = lex.unitSuffix ? `(?:${escapeWord(lex.unitSuffix)})?` : '';
  const dayWords = alt(Object.keys(lex.periodUnits).filter((w) => lex.periodUnits[w] === 'day'));
  const isoDow = (wd: number) => (wd === 0 ? 7 : wd);
  const futureCue = rx(`(?<![\\p{L}])(?:${lex.futureCues.join('|')})(?![\\p{L}])[^.!?]{0,40}$`);

  // `Rabu (26/7/2023)`, `Senin (27/3)`, `Senin 17/04/2017`, `Senin (13/3/ 2017)`.
  const weekdayNumeric = parser(
    rx(
      `(${c.weekdays})(?:\\s{1,3}(${c.dayParts}))?\\s{0,3},?\\s{0,3}(\\()?\\s{0,2}(\\d{1,2})\\s{0,2}/\\s{0,2}(\\d{1,2})(?:\\s{0,2}/\\s{0,2}(\\d{4}|\\d{2}))?(?![\\p{N}/])(\\s{0,2}\\))?`,
    ),
    (text, m) => {
      const wd = lex.weekdays[norm(m[1]!)]!;
      const part = m[2] ? lex.dayParts[norm(m[2])] : undefined;
      const d = Number(m[4]);
      const mo = Number(m[5]);
      if (m[3] && !m[7]) return null;
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      const written = m[6] ? (m[6].length === 2 ? 2000 + Number(m[6]) : Number(m[6])) : null;
      const end = m[3] ? m.index + m[0].length : m.index + m[0].length - (m[7]?.length ?? 0);
      return {
        start: m.index,
        end,
        rule: RULES.weekdayNumeric,
        type: part ? 'time' : 'date',
        relative: written === null,
        weekday: wd,
        resolve: (ref) => {
          const r = resolveNumericDate(ref, wd, d, mo, written, text.slice(m.index, end));
          // `Selasa malam (14/11)`: the night of that day, as TimeML writes it.
          return part && r.value ? { ...r, value: `${r.value}T${part}` } : r;
        },
      };
    },
  );

  // Bare weekdays: `Sabtu`, `Selasa depan`, `Senin malam`, `hari Minggu lalu`.
  const weekdayPattern = rx(
    `(?:(${dayWords || '(?!)'})\\s{1,3})?(${c.weekdays})(?:\\s{1,3}(${c.dayParts}))?(?:\\s{1,3}(?:(?:${alt(Object.keys(lex.periodUnits))})\\s{1,3})?(${c.directions}))?${END}`,
  );
  const bareWeekday = parser(weekdayPattern, (text, m) => {
    const raw = m[2]!;
    const key = norm(raw);
    const wd = lex.weekdays[key]!;
    const start = m.index;
    const wordStart = groupStart(m, 2);
    const direction: Direction | null = m[4] ? (c.directionOf(m[4]) ?? null) : null;
    const prev = wordBefore(text, start);
    if (lex.nameCues.includes(prev) || lex.weekdayNotDateAfter.includes(prev)) return null;
    if (lex.weekdaysAlsoWords.includes(key)) {
      if (!isCapitalised(raw) && !m[1]) return null;
      if (atSentenceStart(text, start) && !m[1]) return null;
      const next = rawWordAfter(text, m.index + m[0].length);
      if (!m[3] && !m[4] && next && isCapitalised(next) && !lex.months[norm(next)]) return null;
      const commaBefore = /,\s*$/.test(text.slice(Math.max(0, start - 3), start));
      // `dilangsungkan Minggu, dengan ...`: a capitalised weekday set off by a comma is a day.
      // (`Pasar Minggu, Jakarta Selatan` is a place: not after a capitalised word)
      const commaAfter = /^\s{0,2},/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !isCapitalised(rawWordBefore(text, start));
      if (!m[1] && !m[3] && !m[4] && !commaBefore && !commaAfter && !lex.datePrepositions.includes(prev)) return null;
    }
    const before = text.slice(Math.max(0, start - 60), start);
    const future = futureCue.test(before);
    const part = m[3] ? lex.dayParts[norm(m[3])] : undefined;
    return {
      start: m[1] ? start : wordStart,
      end: m.index + m[0].length,
      rule: RULES.weekday,
      type: part ? 'time' : 'date',
      relative: true,
      weekday: wd,
      resolve: (ref) => {
        if (!ref) return noValue;
        const day = weekdayDate(ref, wd, direction, future);
        return { value: fmtDay(day) + (part ? 'T' + part : ''), day };
      },
    };
  });

  // `pukul delapan pagi`, `jam dua siang`: a clock time in words (chrono reads the digits).
  const wordClock = parser(rx(`(${c.clockWords})\\s{1,3}(${c.number})(?:\\s{1,3}(${c.dayParts}))?${END}`), (_text, m) => {
    if (/\d/.test(m[2]!)) return null; // digits are chrono's
    const n = c.parseNumber(m[2]!);
    if (n === null || n < 1 || n > 12) return null;
    const part = m[3] ? lex.dayParts[norm(m[3])] : undefined;
    if (!part && lex.clockWordsNeedingDayPart.includes(norm(m[1]!))) return null; // `jam dua` alone may be two hours
    // afternoon and evening hours, and night hours before midnight, are past noon
    const pm = part === 'AF' || part === 'EV' || (part === 'MI' && n < 6) || (part === 'NI' && n >= 6 && !lex.dayPartsAfterMidnight.includes(norm(m[3]!)));
    const h = pm && n < 12 ? n + 12 : n === 12 && part === 'MO' ? 0 : n;
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: RULES.time,
      type: 'time',
      relative: true,
      clock: { h, min: 0 },
      resolve: () => ({ value: `XXXX-XX-XX${fmtClock(h, 0)}` }),
    };
  });

  // `hari ini`, `kemarin`, `besok`, `lusa`, `tadi malam` (chrono reads most; ours adds `esok`).
  const relativeDay = parser(rx(`(${c.relativeDays})${END}`), (_text, m) => {
    const key = norm(m[1]!);
    const offset = lex.relativeDays[key]!;
    const partWord = Object.keys(lex.dayParts).find((p) => key.split(' ').includes(p));
    const part = partWord ? lex.dayParts[partWord] : undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: RULES.relativeDay,
      type: part ? 'time' : 'date',
      relative: true,
      resolve: (ref) => {
        if (!ref) return noValue;
        const day = addDays(ref, offset);
        return { value: fmtDay(day) + (part ? 'T' + part : ''), day };
      },
    };
  });

  // Vague words hide what they cover (`saat ini` is not today's date; `beberapa waktu lalu`).
  const vague = parser(rx(`(${alt(lex.vague)})${END}`), (_text, m) => ({
    start: m.index,
    end: m.index + m[0].length,
    rule: 'vague',
    type: 'date',
    relative: true,
    drop: true,
    resolve: () => noValue,
  }));

  // `pekan lalu`, `bulan depan`, `tahun ini`, `akhir pekan lalu`, `kuartal lalu`.
  const relativePeriod = parser(
    rx(`(?:(${c.parts})\\s{1,3})?(${c.periodWords})\\s{1,3}(${c.directions})${END}`),
    (text, m) => {
      const unit = c.unitOf(m[2]!);
      const direction = c.directionOf(m[3]!);
      if (!unit || unit === 'day' || !direction) return null;
      if (!m[1] && lex.anaphoricPeriods[norm(`${m[2]} ${m[3]}`)]) return null; // `tahun berikutnya`: the anaphoric parser's
      // `3-4 tahun mendatang`, `dua tahun lalu`: a duration or a date ago, not `tahun mendatang`.
      if (!m[1] && (/^\d[\d.,–-]*$/.test(wordBefore(text, m.index)) || lex.numberWords[wordBefore(text, m.index)] !== undefined)) return null;
      // `Minggu lalu` mid-sentence is last Sunday (the weekday parser's).
      if (lex.weekdaysAlsoWords.includes(norm(m[2]!)) && isCapitalised(m[2]!) && !m[1] && !atSentenceStart(text, m.index)) return null;
      const offset = stepOf(direction);
      const weekend = unit === 'week' && m[1] !== undefined && norm(m[1]) === lex.weekendPart;
      return periodCandidate(m, unit, offset, weekend);
    },
  );

  // `akhir tahun`, `awal bulan`, `akhir pekan` with no modifier: the current period.
  const bareRelativePart = parser(
    rx(`(${c.parts})\\s{1,3}(${alt(Object.keys(lex.periodUnits))})${END}(?!\\s{1,3}(?:\\d|${c.months}${END}|${c.directions}${END}))`),
    (_text, m) => {
      const unit = c.unitOf(m[2]!);
      if (!unit || unit === 'day') return null;
      const weekend = unit === 'week' && norm(m[1]!) === lex.weekendPart;
      return periodCandidate(m, unit, 0, weekend);
    },
  );

  function periodCandidate(m: RegExpExecArray, unit: DateUnit, offset: number, weekend: boolean): Candidate {
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: m[1] ? RULES.periodPart : RULES.relativePeriod,
      type: 'date',
      relative: true,
      resolve: (ref) => {
        if (!ref) return noValue;
        const r = periodValue(unit, ref, offset);
        return weekend ? { value: `${r.value}-WE` } : r;
      },
    };
  }

  // `tiga hari lalu`, `15 tahun lalu`, `sepekan lalu`, `dua hari lagi`; vague amounts hide.
  const agoWords = alt([...lex.agoWords, ...lex.laterWords]);
  const relativeAgo = parser(
    rx(`(?:(${c.number})(?:\\s{0,2}[-–]\\s{0,2}(${c.number}))?\\s{1,3}|(${lex.onePrefix ? escapeWord(lex.onePrefix) : '(?!)'})|(${c.vagueAmounts})\\s{1,3})(${c.durationUnits})\\s{1,3}(${agoWords})${END}`),
    (_text, m) => {
      const unit = c.unitOf(m[5]!)!;
      const later = lex.laterWords.includes(norm(m[6]!));
      const base = { start: m.index, end: m.index + m[0].length, rule: RULES.relativeAgo, type: 'date' as const, relative: true };
      if (m[4]) return { ...base, drop: true, resolve: () => noValue };
      if (m[3] === undefined && m[1] === undefined) return null;
      const n = m[1] ? c.parseNumber(m[1]) : 1;
      if (n === null) return null;
      const offset = Math.round(later ? n : -n);
      // `2-3 bulan lalu`: the interval from the farther to the nearer period
      const n2 = m[2] ? c.parseNumber(m[2]) : null;
      if (n2 !== null && n2 > n) {
        const other = Math.round(later ? n2 : -n2);
        const [a, b] = later ? [offset, other] : [other, offset];
        return {
          ...base,
          resolve: (ref) => {
            if (!ref) return noValue;
            const from = periodValue(unit, ref, a).value;
            const to = periodValue(unit, ref, b).value;
            return { value: from && to ? `${from}/${to}` : null };
          },
        };
      }
      return { ...base, resolve: (ref) => (ref ? periodValue(unit, ref, offset) : noValue) };
    },
  );

  // `kuartal III 2025`, `triwulan pertama`, `kuartal I lalu`, `semester I tahun ini`.
  const quarter = parser(
    rx(
      `(${c.subYear})\\s{1,3}${ordinalPrefix}(${c.ordinals})${END}(?:(?:\\s{1,3}|\\s{0,2}[-/]\\s{0,2})(?:(?:${c.yearWords})\\s{1,3})?(\\d{4})${END}|\\s{1,3}(?:${c.yearWords})\\s{1,3}(${c.directions})${END}|\\s{1,3}(${c.directions})${END})?`,
    ),
    (_text, m) => {
      const kind = lex.subYearPeriods[norm(m[1]!)]!;
      const ordRaw = m[2]!;
      const n = lex.ordinals[norm(ordRaw)];
      const max = kind === 'quarter' ? 4 : 2;
      if (n === undefined || n > max) return null;
      if (/^[ivx]+$/i.test(ordRaw) && ordRaw !== ordRaw.toUpperCase()) return null;
      const code = kind === 'quarter' ? 'Q' : 'H';
      const { year, yearDirection: yearDir, direction: dir } = yearTail(c, m, 3);
      return {
        start: m.index,
        end: m.index + m[0].length,
        rule: RULES.quarter,
        type: 'date',
        relative: year === null,
        resolve: (ref) => {
          if (year !== null) return { value: `${year}-${code}${n}` };
          if (!ref) return { value: `XXXX-${code}${n}` };
          let y = ref.y;
          if (yearDir) y += stepOf(yearDir);
          else if (dir) {
            const current = kind === 'quarter' ? Math.floor((ref.m - 1) / 3) + 1 : ref.m > 6 ? 2 : 1;
            if (dir === 'past' && n >= current) y -= 1;
            if (dir === 'future' && n <= current) y += 1;
          }
          return { value: `${y}-${code}${n}` };
        },
      };
    },
  );

  // `tahun 1980-an`, `era 90-an`, `2000-an`: the decade as an interval (the dev gold's form).
  const decade = parser(
    rx(`(?:(${alt([...lex.yearWords, ...lex.decadeLeads.filter((w) => !lex.periodParts.includes(w))])})\\s{1,3})?(\\d{4}|['’]?\\d{2})\\s{0,2}-?\\s{0,2}${escapeWord(lex.decadeSuffix)}${END}`),
    (text, m) => {
      const digits = m[2]!.replace(/['’]/, '');
      let start = Number(digits);
      if (start % 10 !== 0) return null;
      if (digits.length === 2) {
        if (!m[1] && !lex.decadeLeads.includes(wordBefore(text, m.index))) return null;
        start += 1900;
      } else if (start < 1000 || start > 2090) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        rule: RULES.decade,
        type: 'date',
        relative: false,
        resolve: () => ({ value: `${start}/${start + 9}` }),
      };
    },
  );

  // `tahun 2024`, `Tahun 2015`, `pada 2001`, `2016 lalu`, `2010-2015`; not `UU Nomor 6 Tahun 2023`.
  const yearNumber = `(\\d{4})(?![\\p{N}]|[.,]\\d)`;
  const yearEnd = `(\\d{4}|\\d{2})(?![\\p{N}]|[.,]\\d)`;
  const year = parser(
    rx(`(?:(${alt([...lex.yearWords, ...lex.yearLabels])})\\s{1,3})?${yearNumber}(?:\\s{0,2}[-–/]\\s{0,2}${yearEnd})?(?:\\s{1,3}(${c.directions})${END})?`),
    (text, m) => {
      const y1 = Number(m[2]);
      // `musim 2016/17`, `2016-17`: a season or fiscal year whose end is written with two digits
      const y2 = !m[3] ? null : m[3].length === 2 ? y1 - (y1 % 100) + Number(m[3]) : Number(m[3]);
      if (y2 !== null && (y2 <= y1 || y2 - y1 > 100 || (m[3]!.length === 2 && y2 !== y1 + 1))) return null;
      // `musim 2000/03` (not read above): no year cut out of a longer number or range
      if (/^\s{0,2}[-–/]\s{0,2}\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
      const prevRaw = rawWordBefore(text, m.index);
      const prev = norm(prevRaw).replace(/[,.;:]$/, '');
      const base = {
        start: m.index,
        end: m.index + m[0].length,
        rule: y2 === null ? RULES.year : RULES.yearRange,
        type: 'date' as const,
        relative: false,
        resolve: (): Resolved => ({ value: y2 === null ? String(y1) : `${y1}/${y2}` }),
      };
      const hide = { ...base, drop: true };
      if (lex.months[prev] !== undefined) return null; // `31 Mei 2017 mendatang`: chrono's
      const labelled = lex.numberLabels.includes(prev) || lex.numberLabels.includes(wordBefore(text, m.index - prevRaw.length - 1));
      if (m[1]) {
        // A regulation number (`Nomor 6 Tahun 2023`, `No. 12 Tahun 2019`) or a title (`Statistik
        // Peternakan Tahun 2016`): not a date.
        if (/^\d/.test(prev) || labelled) return hide;
        const label = lex.yearLabels.includes(norm(m[1]));
        if (!label && isCapitalised(m[1]) && isCapitalised(prevRaw) && !atSentenceStart(text, m.index) && !lex.yearPrepositions.includes(prev)) return hide;
        if (y1 < 1000 || y1 > 2199) return null;
        return base;
      }
      if (y1 < 1500 || y1 > 2100) return null;
      if (labelled) return hide;
      // `Super League 2014 ini`, `Piala Dunia 2018 mendatang`: a year in a name.
      if (isCapitalised(prevRaw) && !atSentenceStart(text, m.index) && !lex.yearPrepositions.includes(prev) && lex.months[prev] === undefined) return hide;
      const joined = lex.conjunctions.includes(prev) &&
        /(?:1[5-9]|20)\d\d\D{0,12}$/.test(text.slice(Math.max(0, m.index - prevRaw.length - 14), m.index - prevRaw.length));
      if (lex.yearPrepositions.includes(prev) || m[4] || joined || (y2 !== null && !isCapitalised(prevRaw))) return base;
      return null;
    },
  );

  // `dua tahun`, `3 bulan`, `24 jam`, `3-4 tahun`, `2 jam 30 menit`, `sepekan`, `beberapa hari`.
  const unitsWithNya = `(${c.durationUnits})${unitSuffix}${END}`;
  const duration = parser(
    rx(`(?:(${c.number})(?:\\s{0,2}[-–]\\s{0,2}(${c.number}))?|(${c.vagueAmounts}))\\s{1,3}${unitsWithNya}(?:\\s{1,3}(?:${conjunctions}\\s{1,3})?(${c.number})\\s{1,3}(${c.durationUnits})${END})?`),
    (text, m) => {
      const prev = wordBefore(text, m.index);
      // `Resolusi Nomor 2334 Tahun 2016`: a regulation's number, not 2,334 years.
      if (lex.numberLabels.includes(prev)) return null;
      // `tiga jam tangan`: three watches.
      if (lex.unitNouns.includes(norm(`${m[4]} ${rawWordAfter(text, m.index + m[0].length)}`))) return null;
      // `berusia 34 tahun`, `usia mereka genap 20 tahun`: an age, not a duration.
      const before = norm(text.slice(Math.max(0, m.index - 40), m.index)).split(' ').slice(-5);
      if (before.some((w) => lex.ageCues.includes(w.replace(/[,.;:]$/, '')))) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (/^\s*\)/.test(after) && /\(\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null; // `(34 tahun)`: an age
      if (/^[-/]/.test(after)) return null; // `sehari-hari`, `10 kg/tahun` style rates
      // `Ahmad, 34 tahun, warga Bekasi`: an age in commas after a name.
      if (/^\s*,/.test(after) && /\p{Lu}[\p{L}.'-]*\s*,\s*$/u.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
      // `musisi 46 tahun itu`: the N-year-old, an age (unless `selama 46 tahun itu`).
      const following = norm(rawWordAfter(text, m.index + m[0].length));
      if (c.unitOf(m[4]!) === 'year' && lex.ageFollowers.includes(following) && !lex.durationLeads.includes(prev)) return null;
      const unit = c.unitOf(m[4]!)!;
      const n = m[3] ? null : c.parseNumber(m[1]!);
      if (!m[3] && (n === null || n <= 0)) return null;
      const parts = [{ n, unit }];
      let end = m.index + m[0].length;
      if (m[5] && m[6]) {
        const n2 = c.parseNumber(m[5]);
        const u2 = c.unitOf(m[6]);
        // `2 jam 30 menit`, `20 tahun dan 8 bulan`: one duration; `18 bulan atau 24 bulan`: two.
        if (n2 !== null && u2 && UNIT_ORDER.indexOf(u2) < UNIT_ORDER.indexOf(unit)) parts.push({ n: n2, unit: u2 });
      }
      if (parts.length === 1 && m[5]) end = m.index + firstUnitEnd(m[0], m[4]!);
      const value = durationValue(parts);
      return asFrequency(text, { start: m.index, end, rule: RULES.duration, type: 'duration', relative: false, resolve: () => ({ value }) });
    },
  );
  const oneUnitDuration = lex.onePrefix
    ? parser(rx(`${escapeWord(lex.onePrefix)}(${c.durationUnits})${unitSuffix}${END}(?![-])`), (text, m) => {
        const value = durationValue([{ n: 1, unit: c.unitOf(m[1]!)! }]);
        return asFrequency(text, { start: m.index, end: m.index + m[0].length, rule: RULES.duration, type: 'duration', relative: false, resolve: () => ({ value }) });
      })
    : null;
  /** `seminggu sekali`, `dua kali setahun`: how often, a set with the duration's value. */
  function asFrequency(text: string, d: Candidate): Candidate {
    const after = rawWordAfter(text, d.end);
    if (after && lex.frequencyMarkers.includes(norm(after))) {
      const at = text.indexOf(after, d.end);
      return { ...d, end: at + after.length, type: 'set', rule: RULES.set };
    }
    const last = norm(text.slice(Math.max(0, d.start - 24), d.start)).trim().split(' ').pop() ?? '';
    if (lex.frequencyMarkers.includes(last)) {
      return { ...d, type: 'set', rule: RULES.set };
    }
    return d;
  }

  // `bertahun-tahun`, `berhari-hari`: some years, some days.
  const reduplicated = parser(rx(`${lex.reduplicationPrefix ? escapeWord(lex.reduplicationPrefix) : '(?!)'}(${c.durationUnits})-(${c.durationUnits})${END}`), (_text, m) => {
    if (norm(m[1]!) !== norm(m[2]!)) return null;
    const value = durationValue([{ n: null, unit: c.unitOf(m[1]!)! }]);
    return { start: m.index, end: m.index + m[0].length, rule: RULES.duration, type: 'duration', relative: false, resolve: () => ({ value }) };
  });

  // `setiap minggu`, `tiap tahun`, `setiap dua tahun`, `setiap Jumat`, `setiap malam`; `tahunan`.
  const set = parser(
    rx(`(${c.setWords})\\s{1,3}(?:(${c.number})\\s{1,3})?(?:(?:${dayWords || '(?!)'})\\s{1,3})?(?:(${c.weekdays})|(${c.durationUnits})|(${c.dayParts})|(${c.months}))${unitSuffix}${END}`),
    (_text, m) => {
      const n = m[2] ? c.parseNumber(m[2]) : 1;
      if (n === null) return null;
      let value: string;
      if (m[3] && (!m[2] || n === 1) && !(lex.weekdaysAlsoWords.includes(norm(m[3])) && !isCapitalised(m[3]))) {
        value = `XXXX-WXX-${isoDow(lex.weekdays[norm(m[3])]!)}`;
      } else if (m[3] || m[4]) {
        const unit = c.unitOf((m[4] ?? m[3])!);
        if (!unit) return null;
        value = durationValue([{ n, unit }]);
      } else if (m[5]) value = 'T' + lex.dayParts[norm(m[5])];
      else if (m[6] && norm(m[6]).length > 3) value = `XXXX-${String(lex.months[norm(m[6])]).padStart(2, '0')}`;
      else return null;
      return { start: m.index, end: m.index + m[0].length, rule: RULES.set, type: 'set', relative: false, resolve: () => ({ value }) };
    },
  );
  // `tahun sebelumnya`, `keesokan harinya`, `hari yang sama`: from the last date before it.
  const anaphoric = parser(rx(`(${alt(Object.keys(lex.anaphoricPeriods))})${END}`), (text, m) => {
    const anaphor = lex.anaphoricPeriods[norm(m[1]!)];
    if (!anaphor) return null;
    // `lima tahun sebelumnya`: five years before, the duration's
    const prev = wordBefore(text, m.index);
    if (/^\d[\d.,–-]*$/.test(prev) || lex.numberWords[prev] !== undefined || lex.vagueAmounts.includes(prev)) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: RULES.anaphoric,
      type: 'date',
      relative: true,
      anaphor,
      // resolved in document order by resolveAll; from the reference date when alone
      resolve: (ref) => (ref ? anaphoricValue(anaphor, ref) : noValue),
    };
  });

  // `menjelang Lebaran`, `Idul Adha 2016`, `libur Natal`, `Lebaran tahun lalu`, `saat Lebaran lalu`.
  const holiday = parser(
    rx(`(?:${lex.holidayCountdown ? escapeWord(lex.holidayCountdown) : '(?!)'}\\s{0,2}([-+−])\\s{0,2}(\\d{1,2})\\s{1,3})?(${alt(Object.keys(lex.holidays))})(?:\\s{1,3}((?:19|20)\\d\\d)(?![\\p{N}])|\\s{1,3}(?:${c.yearWords})\\s{1,3}(${c.directions})|\\s{1,3}(${c.directions}))?${END}`),
    (text, m) => {
      // `H-7 Lebaran`: seven days before the holiday (the countdown of Indonesian mudik news)
      const shift = m[2] ? (m[1] === '+' ? 1 : -1) * Number(m[2]) : 0;
      const key = norm(m[3]!);
      const table = lex.holidays[key];
      if (table === undefined) return null;
      const prev = wordBefore(text, m.index);
      if (!shift && lex.holidaysNeedingContext.includes(key) && !lex.datePrepositions.includes(prev) && !lex.holidayLeads.includes(prev)) return null;
      // `Lebaran Betawi`, `Natal Nasional`: a festival named after the holiday
      if (!m[4] && !m[5] && !m[6] && isCapitalised(rawWordAfter(text, m.index + m[0].length))) return null;
      const { year: written, yearDirection, direction } = yearTail(c, m, 4);
      const dayIn = (y: number): string | null => (typeof table === 'string' ? `${y}-${table}` : (table[y] ?? null));
      return {
        start: m.index,
        end: m.index + m[0].length,
        rule: RULES.holiday,
        type: 'date',
        relative: written === null,
        resolve: (ref) => {
          let value: string | null;
          if (written !== null) value = dayIn(written);
          else if (!ref) return noValue;
          else if (yearDirection) value = dayIn(ref.y + stepOf(yearDirection));
          else if (direction === 'past' || direction === 'future') {
            // the last one on or before the reference date, or the next one after it
            const today = fmtDay(ref);
            const near = [ref.y - 1, ref.y, ref.y + 1].map(dayIn).filter((v): v is string => v !== null);
            value = direction === 'past' ? (near.filter((v) => v <= today).pop() ?? null) : (near.find((v) => v > today) ?? null);
          } else value = dayIn(ref.y);
          const day = value ? parseIsoDate(value) : null;
          if (day && shift) {
            const shifted = addDays(day, shift);
            return { value: fmtDay(shifted), day: shifted };
          }
          return { value, day };
        },
      };
    },
  );

  // `per tahun`, `per bulannya`: a rate, how often; `barel per hari` is the figure's unit.
  const rateSet = parser(rx(`(${alt(lex.rateSetWords)})\\s{1,3}(${c.durationUnits})${unitSuffix}${END}`), (text, m) => {
    if (lex.measureUnits.includes(wordBefore(text, m.index))) return null;
    // `per hari ini`: as of today, a date of its own
    if (c.directionOf(rawWordAfter(text, m.index + m[0].length))) return null;
    const unit = c.unitOf(m[2]!);
    if (!unit) return null;
    const value = durationValue([{ n: 1, unit }]);
    return { start: m.index, end: m.index + m[0].length, rule: RULES.set, type: 'set', relative: false, resolve: () => ({ value }) };
  });
  const frequency = parser(rx(`(${alt(Object.keys(lex.frequencyAdjectives))})${unitSuffix}${END}`), (text, m) => {
    const raw = m[1]!;
    if (isCapitalised(raw)) return null;
    if (/^\d[\d.,–-]*$/.test(wordBefore(text, m.index))) return null; // `berusia 20 tahunan`: an age
    // `Ketua Harian`, `harian Kompas`: an office or a newspaper, not a frequency.
    const prevRaw = rawWordBefore(text, m.index);
    if (isCapitalised(prevRaw) && !atSentenceStart(text, text.lastIndexOf(prevRaw, m.index))) return null;
    if (lex.frequencyNouns.includes(norm(raw)) && isCapitalised(rawWordAfter(text, m.index + m[0].length))) return null;
    const value = durationValue([{ n: 1, unit: lex.frequencyAdjectives[norm(raw)]! }]);
    return { start: m.index, end: m.index + m[0].length, rule: RULES.set, type: 'set', relative: false, resolve: () => ({ value }) };
  });

  // Each parser runs only on windows holding one of its words: chrono runs every parser on
  // every window, and a failing scan with a long alternation costs more than this check.
  const has = (words: string) => rx(`(?<![\\p{L}])${words}`);
  const units = rx(c.durationUnits);
  const list = [
    gate(has(alt(lex.vague)), vague),
    gate(/\d\s{0,2}\//, weekdayNumeric),
    gate(units, relativeAgo),
    gate(has(c.periodWords), relativePeriod),
    gate(has(c.parts), bareRelativePart),
    gate(has(c.subYear), quarter),
    gate(/\d\s{0,2}-?\s{0,2}\p{L}/u, decade),
    gate(/\d{4}/, year),
    gate(has(c.relativeDays), relativeDay),
    gate(has(c.clockWords), wordClock),
    gate(has(c.weekdays), bareWeekday),
    gate(has(c.setWords), set),
    gate(rx(`(?<![\\p{L}])(?:${alt(lex.rateSetWords)})\\s`), rateSet),
    gate(has(alt(Object.keys(lex.anaphoricPeriods))), anaphoric),
    gate(has(alt(Object.keys(lex.holidays))), holiday),
    gate(has(alt(Object.keys(lex.frequencyAdjectives))), frequency),
    gate(units, duration),
    gate(units, reduplicated),
  ];
  if (oneUnitDuration) list.push(gate(units, oneUnitDuration));
  return list;
}

/** A numeric date with a weekday: the written date rules, the weekday is checked. */
/** The tail a named period may take (`kuartal I 2017`, `Lebaran tahun lalu`, `Lebaran lalu`): the
 *  written year in group `first`, the direction after the year word in `first + 1`, or a
 *  direction alone in `first + 2`. */
function yearTail(c: CompiledDates, m: RegExpExecArray, first: number): { year: number | null; yearDirection?: Direction; direction?: Direction } {
  return {
    year: m[first] ? Number(m[first]) : null,
    yearDirection: m[first + 1] ? c.directionOf(m[first + 1]!) : undefined,
    direction: m[first + 2] ? c.directionOf(m[first + 2]!) : undefined,
  };
}

export function resolveNumericDate(ref: Ymd | null, wd: number, d: number, m: number, written: number | null, text: string): Resolved {
  if (written !== null) {
    if (!isValidYmd(written, m, d)) return { value: null, warning: `date "${text}" does not exist` };
    const day = { y: written, m, d };
    const warning = weekday(day) === wd ? undefined : `date "${text}": the weekday does not match ${fmtDay(day)}; the written date is kept`;
    return { value: fmtDay(day), day, warning };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!ref) return { value: `XXXX-${pad(m)}-${pad(d)}` };
  const y = nearestYear(ref, m, d);
  if (!isValidYmd(y, m, d)) return { value: null, warning: `date "${text}" does not exist` };
  const day: Ymd = { y, m, d };
  if (weekday(day) === wd) return { value: fmtDay(day), day };
  const distance = toEpochDay(day) - toEpochDay(ref);
  // A date in the past is what news reports (`Minggu (19/10)` a month before publication: the
  // written date rules, as the gold guideline says).
  const plausible = distance <= 3;
  // A slip in the month (`Kamis (8/7)` written in June for 8 June, a month ahead): the day of the
  // month and the weekday agree on a day close to publication; take it.
  for (let k = -10; k <= 3 && !plausible; k++) {
    const near = addDays(ref, k);
    if (near.d === d && weekday(near) === wd) {
      return { value: fmtDay(near), day: near, warning: `date "${text}": month corrected to ${fmtDay(near)} (weekday and day agree near the reference date)` };
    }
  }
  return { value: fmtDay(day), day, warning: `date "${text}": the weekday does not match ${fmtDay(day)}; the written date is kept` };
}

/** Units from the smallest: a compound duration goes from a larger unit to a smaller one. */
const UNIT_ORDER: DateUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'half', 'year', 'decade', 'century'];

/** Where the first unit word (and its suffix) of a duration match ends, from the match start. */
function firstUnitEnd(match: string, unitWord: string): number {
  const at = match.toLowerCase().indexOf(unitWord.toLowerCase());
  let end = at + unitWord.length;
  while (end < match.length && /\p{L}/u.test(match[end]!)) end++;
  return end;
}

const escapeWord = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escapeWord(w).replace(/ /g, '\\s{1,3}')).join('|');

/** An anaphoric period's value from the date it counts from. */
export function anaphoricValue(a: { unit: 'day' | 'month' | 'year'; offset: number }, from: Ymd): Resolved {
  if (a.unit === 'year') return { value: fmtYear(from.y + a.offset) };
  if (a.unit === 'month') {
    const t = addMonths({ ...from, d: 1 }, a.offset);
    return { value: fmtMonth(t.y, t.m) };
  }
  const day = addDays(from, a.offset);
  return { value: fmtDay(day), day };
}
