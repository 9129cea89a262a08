// chrono-node's own results (month-name dates, slash dates, clock times, ISO) as candidates,
// with the filters Indonesian news needs: `Mei` the person, `24/7` the slogan, `1–5` the score.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { RULES, type CalendarParts, type Candidate } from './candidate.js';
import { fmtClock, fmtDay, fmtMonth, fmtYear } from './calendar.js';
import { END, norm, rawWordAfter, wordBefore, type CompiledDates } from './patterns.js';
import { calendarValue } from './values.js';

const clockCache = new WeakMap<CompiledDates, { lead: RegExp; zone: RegExp; part: RegExp }>();

function clockPatterns(c: CompiledDates) {
  let p = clockCache.get(c);
  if (!p) {
    p = {
      lead: new RegExp(`^(?:${c.clockWords})`, 'iu'),
      zone: new RegExp(`^\\s{0,2}(?:${c.zones})${END}`, 'iu'),
      part: new RegExp(`(?:${c.dayParts})$`, 'iu'),
    };
    clockCache.set(c, p);
  }
  return p;
}

function calendarParts(s: ParsedComponents): CalendarParts {
  return {
    m: s.get('month')!,
    d: s.isCertain('day') ? s.get('day')! : null,
    y: s.isCertain('year') ? s.get('year')! : null,
  };
}

const rangeWordCache = new WeakMap<CompiledDates, RegExp>();

/**
 * chrono's results as candidates. A range chrono joined with a word (`27 hingga 30 Juni`,
 * `pukul 17.30 hingga 19.00`) is two mentions, as the gold guideline counts them; a range with
 * a hyphen stays one mention with an interval value.
 */
export function candidatesFromChrono(r: ParsedResult, c: CompiledDates, text: string): Candidate[] {
  let words = rangeWordCache.get(c);
  if (!words) {
    words = new RegExp(`\\s{1,3}(?:${c.lex.rangeWords.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s{1,3}')).join('|')})\\s{1,3}`, 'iu');
    rangeWordCache.set(c, words);
  }
  const joint = r.end && c.lex.rangeWords.length ? words.exec(r.text) : null;
  if (!joint || !r.end) {
    const one = fromChrono(r, c, text);
    return one ? [one] : [];
  }
  const first = { index: r.index, text: r.text.slice(0, joint.index), start: r.start, end: undefined, tags: () => r.tags() };
  const secondAt = joint.index + joint[0].length;
  const second = { index: r.index + secondAt, text: r.text.slice(secondAt), start: r.end, end: undefined, tags: () => r.tags() };
  const parts = [fromChrono(first as unknown as ParsedResult, c, text), fromChrono(second as unknown as ParsedResult, c, text)];
  const [a, b] = parts;
  // `1 Januari sampai 5 Februari 2018`: the first takes the year written with the second.
  if (a?.calendar && b?.calendar && a.calendar.start.y === null && b.calendar.start.y !== null) {
    a.calendar.start.y = b.calendar.start.y;
    a.relative = false;
  }
  return parts.filter((x): x is Candidate => x !== null);
}

/** One of chrono's results in a window `text`, or null when news does not mean a date by it. */
export function fromChrono(r: ParsedResult, c: CompiledDates, text: string): Candidate | null {
  const lex = c.lex;
  const s = r.start;
  // chrono takes a leading preposition (`pada bulan Mei`); the mention starts after it.
  const lead = c.leadingPreposition.exec(r.text);
  const start = r.index + (lead ? lead[0].length : 0);
  let end = r.index + r.text.length;
  while (end > start && /\s/.test(text[end - 1]!)) end--; // chrono may keep a trailing space
  const lower = norm(r.text);
  if (lex.vague.includes(lower)) return null;
  const tags = r.tags();
  for (const t of tags) if (t.startsWith('casualReference/')) return null; // ours read these words

  if (s.isCertain('hour') && !s.isCertain('day')) {
    // A clock time needs its clock word, zone or part of day: `1–5` is a score, `10.00` a number.
    const p = clockPatterns(c);
    const zoned = p.zone.test(text.slice(end, end + 8));
    if (!p.lead.test(text.slice(start, end)) && !zoned && !p.part.test(r.text)) return null;
    const firstWord = norm(text.slice(start, end)).split(' ')[0]!;
    // `2 jam 30 menit` is a duration: `jam` is both a clock word and a unit.
    if (lex.durationUnits[firstWord] && /^\d[\d.,–-]*$/.test(wordBefore(text, start))) return null;
    const clock = {
      h: s.get('hour')!,
      min: s.get('minute') ?? 0,
      endH: r.end?.get('hour') ?? undefined,
      endMin: r.end ? (r.end.get('minute') ?? 0) : undefined,
    };
    return {
      start,
      end,
      rule: RULES.time,
      type: 'time',
      relative: true,
      clock,
      resolve: () => ({ value: `XXXX-XX-XX${fmtClock(clock.h, clock.min)}` }),
    };
  }

  if (tags.has('result/relativeDate')) {
    // chrono's English relatives (`last year`, `next month`, `a week after`): the value at the
    // granularity chrono is certain of; no calendar parts, so nothing joins them to a weekday.
    const y = s.get('year')!;
    const value = s.isCertain('day') ? fmtDay({ y, m: s.get('month')!, d: s.get('day')! }) : s.isCertain('month') ? fmtMonth(y, s.get('month')!) : fmtYear(y);
    return { start, end, rule: RULES.chrono, type: 'date', relative: true, resolve: (ref) => ({ value: ref ? value : null }) };
  }
  if (!s.isCertain('month')) return null;
  const first = calendarParts(s);
  const last = r.end && r.end.isCertain('month') ? calendarParts(r.end) : null;
  // `bulan Mei 7,1 persen`: the number after the month goes on as a decimal; not a day of May
  const dayAfterMonth = /(\p{L})\s{1,3}\d{1,2}$/u.exec(text.slice(start, end));
  if (first.d !== null && !last && dayAfterMonth && /^[.,]\d/.test(text.slice(end, end + 2))) {
    first.d = null;
    end = start + dayAfterMonth.index + 1;
  }
  if (tags.has('parser/SlashDateFormatParser')) {
    // Bare `d/m` is a slogan (`24/7`) or a fraction unless bracketed, labelled or with its year.
    const bracketed = /\(\s*$/.test(text.slice(Math.max(0, start - 2), start)) && /^\s*\)/.test(text.slice(end, end + 2));
    const labelled = lex.dayWords.includes(wordBefore(text, start));
    if (!/[/.-]\d{4}$/.test(r.text) && !bracketed && !labelled) return null;
    if (!/\//.test(r.text)) return null;
  }
  if (first.d === null && first.y === null && !last) {
    // A bare month word that is also a name (`Mei Sartika`) needs date context.
    const word = norm(r.text).split(' ').pop()!;
    if (lex.monthsAlsoNames.includes(word) && !/\s/.test(lower)) {
      const prev = wordBefore(text, start);
      const next = norm(rawWordAfter(text, end));
      const hyphenated = /[-–]$/.test(text.slice(Math.max(0, start - 1), start)) || /^[-–]\p{L}/u.test(text.slice(end, end + 2));
      const inContext = hyphenated || lex.datePrepositions.includes(prev) || lex.periodParts.includes(prev) || c.directionOf(next) !== undefined;
      if (!inContext) return null;
    }
    if (word.length <= 3 && lex.months[word] !== undefined && word !== 'mei') return null;
  }
  const hour = s.isCertain('hour') ? fmtClock(s.get('hour')!, s.get('minute') ?? 0) : '';
  const candidate: Candidate = {
    start,
    end,
    rule: RULES.chrono,
    type: hour ? 'time' : 'date',
    relative: first.y === null,
    calendar: { start: first, end: last, direction: null },
    resolve(ref) {
      const direction = candidate.calendar!.direction;
      const a = calendarValue(first, ref, direction, last?.y ?? null);
      if (!last) return hour && a.value ? { value: a.value + hour, day: a.day } : a;
      const yearOfStart = a.value ? Number(a.value.slice(0, 4)) : null;
      const b = calendarValue(last, ref, direction, Number.isNaN(yearOfStart) ? null : yearOfStart);
      return { value: a.value && b.value ? `${a.value}/${b.value}` : null };
    },
  };
  return candidate;
}
