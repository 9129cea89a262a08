// Refiners over the candidates of a whole article (absolute offsets, document order): what joins
// mentions (`Jumat, 29 Desember 2017`, `hari ini (Senin 17/04/2017)`, `Januari-Maret 2017`),
// what extends them (`akhir` Juni, Oktober `lalu`, 10.00 `WIB`), and the anchoring of clock
// times on the day they belong to.
import { fmtClock, fmtDay, weekday, type Ymd } from './calendar.js';
import { RULES, type Candidate, type Resolved } from './candidate.js';
import { calendarValue } from './values.js';
import { anaphoricValue } from './parsers.js';
import { END, type CompiledDates } from './patterns.js';

interface RefinePatterns {
  partBefore: RegExp;
  directionAfter: RegExp;
  zoneAfter: RegExp;
  rangeWordGap: RegExp;
  /** Between two clock times of one range: `07.00 WIB-10.00 WIB`, `10.00 - 12.00`. */
  clockRangeGap: RegExp;
}

const cache = new WeakMap<CompiledDates, RefinePatterns>();

function patterns(c: CompiledDates): RefinePatterns {
  let p = cache.get(c);
  if (!p) {
    const periodWords = Object.keys(c.lex.periodUnits).filter((w) => c.lex.periodUnits[w] !== 'day' && c.lex.periodUnits[w] !== 'week');
    p = {
      // Run on a short slice before the mention only, so the `$` anchor costs O(slice).
      partBefore: new RegExp(`(?<![\\p{L}])(${c.parts})\\s{1,3}(?:(?:${periodWords.join('|')})\\s{1,3})?$`, 'iu'),
      directionAfter: new RegExp(`^\\s{1,3}(${c.directions})${END}`, 'iu'),
      zoneAfter: new RegExp(`^\\s{0,2}(${c.zones})${END}`, 'iu'),
      clockRangeGap: new RegExp(`^\\s{0,2}(?:${c.zones}\\s{0,2})?[-–]\\s{0,2}$`, 'iu'),
      rangeWordGap: new RegExp(`^\\s{1,3}(?:${c.lex.rangeWords.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s{1,3}')).join('|') || '(?!)'})\\s{1,3}$`, 'iu'),
    };
    cache.set(c, p);
  }
  return p;
}

const between = (text: string, a: Candidate, b: Candidate) => text.slice(a.end, b.start);

/** Joins, extensions and the removal of hiding candidates; returns candidates in document order. */
export function refineCandidates(cands: Candidate[], text: string, c: CompiledDates): Candidate[] {
  const p = patterns(c);
  let list = cands.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  list = removeOverlaps(list);
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    let a = list[i]!;
    const b = list[i + 1];
    if (b) {
      const gap = between(text, a, b);
      // `1 Januari hingga 5 Februari 2018`: two mentions; the first takes the second's year.
      if (a.calendar && b.calendar && a.calendar.start.y === null && b.calendar.start.y !== null && p.rangeWordGap.test(gap)) {
        a.calendar.start.y = b.calendar.start.y;
        a.relative = false;
      } else if (a.calendar && b.calendar && b.calendar.start.y === null && a.calendar.start.y !== null && !b.calendar.end && p.rangeWordGap.test(gap)) {
        // `mulai 10 April 2017 sampai September`: the end lies in the start's year, or the next.
        const endMonth = b.calendar.start.m;
        b.calendar.start.y = a.calendar.start.y + (endMonth < (a.calendar.end ?? a.calendar.start).m ? 1 : 0);
        b.relative = false;
      }
      // `Jumat, 29 Desember 2017`, `Senin (17 April 2017)`: the weekday and its written date.
      if (a.rule === RULES.weekday && a.type === 'date' && b.calendar?.start.d != null && !b.calendar.end && /^\s{0,3}[,(]?\s{0,3}$/.test(gap)) {
        const close = gap.includes('(') ? /^\s{0,2}\)/.exec(text.slice(b.end, b.end + 3)) : null;
        if (!gap.includes('(') || close) {
          a = weekdayWithDate(a, b, b.end + (close ? close[0].length : 0), text);
          i++;
        }
      } else if (a.rule === RULES.relativeDay && (b.rule === RULES.weekdayNumeric || b.rule === RULES.weekdayDate) && /^\s{0,3}\(\s{0,2}$/.test(gap)) {
        // `hari ini (Senin 17/04/2017)`: one mention, the written date's value.
        const close = /^\s{0,2}\)/.exec(text.slice(b.end, b.end + 3));
        if (close) {
          const dated = b;
          a = { ...dated, start: a.start, end: b.end + close[0].length, rule: RULES.todayDate };
          i++;
        }
      } else if (a.calendar && a.calendar.start.y === null && !a.calendar.end && b.rule === RULES.relativePeriod && /^\s{1,3}$/.test(gap)) {
        // `Juli tahun lalu`: the month of the year named after it.
        const month = a;
        const year = b;
        const merged: Candidate = {
          ...month,
          end: year.end,
          rule: RULES.monthRelative,
          resolve(ref) {
            const y = year.resolve(ref).value;
            if (!y || !/^\d{4}$/.test(y)) return month.resolve(ref);
            return calendarValue({ ...month.calendar!.start, y: Number(y) }, ref, null);
          },
        };
        a = merged;
        i++;
      } else if (a.clock && b.clock && a.clock.endH === undefined && b.clock.endH === undefined && p.clockRangeGap.test(gap)) {
        // `pukul 07.00 WIB-10.00 WIB`: one mention with an interval value, as a hyphen joins.
        a = { ...a, end: b.end, clock: { ...a.clock, endH: b.clock.h, endMin: b.clock.min } };
        i++;
      } else if (a.calendar && b.calendar && !a.calendar.end && !b.calendar.end && /^\s{0,2}[-–]\s{0,2}$/.test(gap)) {
        // `Januari-Maret 2017`, `1-3 Agustus`: one mention with an interval value.
        a = rangeOf(a, b);
        i++;
      }
    }
    out.push(a);
  }
  for (const cand of out) {
    if (cand.drop) continue;
    extendPart(cand, text, p);
    if (cand.calendar) extendDirection(cand, text, p, c);
    else if (cand.rule === RULES.weekdayNumeric || cand.rule === RULES.weekdayDate) {
      // `Selasa (19/9) kemarin`, `Sabtu (29/7) mendatang`: the word belongs to the date.
      const m = p.directionAfter.exec(text.slice(cand.end, cand.end + 24));
      if (m) cand.end += m[0].length;
    }
    if (cand.clock) {
      const z = p.zoneAfter.exec(text.slice(cand.end, cand.end + 8));
      if (z) cand.end += z[0].length;
    }
  }
  return removeOverlaps(out).filter((x) => !x.drop);
}

/** Overlapping candidates: the longer one stays (an earlier one on a tie). */
function removeOverlaps(list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const cand of list) {
    const prev = out[out.length - 1];
    if (prev && cand.start < prev.end) {
      if (cand.end - cand.start > prev.end - prev.start) out[out.length - 1] = cand;
      continue;
    }
    out.push(cand);
  }
  return out;
}

function weekdayWithDate(a: Candidate, b: Candidate, end: number, text: string): Candidate {
  const wd = a.weekday!;
  return {
    ...b,
    start: a.start,
    end,
    rule: RULES.weekdayDate,
    weekday: wd,
    resolve(ref) {
      const r = b.resolve(ref);
      if (r.day && weekday(r.day) !== wd) {
        return { ...r, warning: `date "${text.slice(a.start, end)}": the weekday does not match ${fmtDay(r.day)}; the written date is kept` };
      }
      return r;
    },
  };
}

function rangeOf(a: Candidate, b: Candidate): Candidate {
  const aStart = a.calendar!.start;
  const bStart = b.calendar!.start;
  return {
    start: a.start,
    end: b.end,
    rule: RULES.range,
    type: 'date',
    // `April-Mei 2017`: the start takes the end's written year.
    relative: b.relative || (a.relative && bStart.y === null),
    calendar: { start: aStart, end: bStart, direction: null },
    resolve(ref) {
      const dir = this.calendar!.direction;
      const rb = calendarValue(bStart, ref, dir);
      const yearOfEnd = rb.value && /^\d{4}/.test(rb.value) ? Number(rb.value.slice(0, 4)) : null;
      // `Januari-Maret 2017`: the start takes the end's year when it has none of its own.
      const ra = calendarValue(aStart, ref, dir, aStart.y === null ? yearOfEnd : null);
      return { value: ra.value && rb.value ? `${ra.value}/${rb.value}` : null };
    },
  };
}

/** `akhir Juni`, `pertengahan bulan Mei`, `awal 2017`: the part joins the mention, the value
 *  keeps the period's own value (TimeML would add mod="END"; the contract has no mod). */
function extendPart(cand: Candidate, text: string, p: RefinePatterns): void {
  const periodLike = (cand.calendar && cand.calendar.start.d === null) || cand.rule === RULES.year || cand.rule === RULES.yearRange || cand.rule === RULES.quarter || cand.rule === RULES.decade;
  if (!periodLike) return;
  const from = Math.max(0, cand.start - 30);
  const m = p.partBefore.exec(text.slice(from, cand.start));
  if (!m) return;
  cand.start = from + m.index;
  if (cand.rule === RULES.chrono) cand.rule = RULES.periodPart;
}

/** `Oktober lalu`, `Desember mendatang`, `2-5 Oktober ini`: the word joins and aims the year. */
function extendDirection(cand: Candidate, text: string, p: RefinePatterns, c: CompiledDates): void {
  const m = p.directionAfter.exec(text.slice(cand.end, cand.end + 24));
  if (!m) return;
  const direction = c.directionOf(m[1]!);
  if (!direction) return;
  // `Maret 2017 lalu`, `2 Juni 2017 lalu` join too, as `2016 lalu`, `musim 2017 lalu` and
  // `Senin (16/10) kemarin` do: the mention is the expression as written, direction word and all.
  cand.end += m[0].length;
  cand.calendar!.direction = direction;
  if (cand.rule === RULES.chrono && cand.calendar!.start.y === null) cand.rule = RULES.monthRelative;
}

/** A date value's year, month and day (`2017`, `2017-06`, `2017-06-25`, the start of a range). */
const SPOKEN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\dW])/;

/** The values of the refined candidates, with times anchored on their day. */
export function resolveAll(
  cands: Candidate[],
  text: string,
  ref: Ymd | null,
): { cand: Candidate; resolved: Resolved; relative: boolean }[] {
  const out: { cand: Candidate; resolved: Resolved; relative: boolean }[] = [];
  const resolvedList = cands.map((cand) => (cand.clock ? null : cand.resolve(ref)));
  let lastDay: Ymd | null = null;
  // The last date spoken of at each granularity, for `tahun sebelumnya`, `keesokan harinya`.
  let lastSpoken: { y: number; m: number | null; d: number | null } | null = null;
  for (let i = 0; i < cands.length; i++) {
    const cand = cands[i]!;
    let resolved = resolvedList[i];
    let relative = cand.relative;
    if (cand.anaphor) {
      const a = cand.anaphor;
      const base = lastSpoken && (a.unit === 'year' || (a.unit === 'month' ? lastSpoken.m !== null : lastSpoken.d !== null)) ? lastSpoken : null;
      const from: Ymd | null = base ? { y: base.y, m: base.m ?? 1, d: base.d ?? 1 } : ref;
      resolved = from ? anaphoricValue(a, from) : { value: null };
    }
    if (!resolved) {
      // A clock time belongs to the day written right after it (`pukul 19.30 WIB, Kamis (8/6)`),
      // else to the last day named before it, else to the reference date.
      const next = cands[i + 1];
      const nextResolved = resolvedList[i + 1];
      const adjacent = next && nextResolved?.day && /^\s{0,3},?\s{0,3}$/.test(text.slice(cand.end, next.start));
      const day = adjacent ? nextResolved!.day! : (lastDay ?? ref);
      relative = !adjacent && lastDay === null;
      const k = cand.clock!;
      const startValue = `${day ? fmtDay(day) : 'XXXX-XX-XX'}${fmtClock(k.h, k.min)}`;
      const endValue = k.endH !== undefined ? `${day ? fmtDay(day) : 'XXXX-XX-XX'}${fmtClock(k.endH, k.endMin ?? 0)}` : null;
      resolved = { value: endValue ? `${startValue}/${endValue}` : startValue, day };
    } else if (resolved.day) {
      lastDay = resolved.day;
    }
    if (relative && !ref && resolved.value !== null && !/X/.test(resolved.value) && cand.type !== 'duration' && cand.type !== 'set') {
      // Relative to nothing: no value (placeholders are kept for `XXXX-07-26`).
      resolved = { ...resolved, value: null };
    }
    if (cand.type === 'date' || cand.type === 'time') {
      const spoken = SPOKEN.exec(resolved.value ?? '');
      if (spoken) lastSpoken = { y: Number(spoken[1]), m: spoken[2] ? Number(spoken[2]) : null, d: spoken[3] ? Number(spoken[3]) : null };
    }
    out.push({ cand, resolved, relative });
  }
  return out;
}
