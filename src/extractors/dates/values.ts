// TimeML values of the kinds of date expression, computed from the reference date.
import type { DateUnit, Direction } from '../../lang/date-lexicon.js';
import {
  addDays,
  addMonths,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  nearestYear,
  quarterOf,
  toEpochDay,
  weekday,
  type Ymd,
} from './calendar.js';
import type { CalendarParts, Resolved } from './candidate.js';

const DURATION_CODE: Record<DateUnit, [string, number]> = {
  second: ['TS', 1],
  minute: ['TM', 1],
  hour: ['TH', 1],
  day: ['D', 1],
  week: ['W', 1],
  month: ['M', 1],
  quarter: ['M', 3],
  half: ['M', 6],
  year: ['Y', 1],
  decade: ['DE', 1],
  century: ['CE', 1],
};

/** One period back for a past direction (`tahun lalu`), one ahead for a future one (`tahun depan`), none for the present. */
export function stepOf(direction: Direction | undefined): -1 | 0 | 1 {
  return direction === 'past' ? -1 : direction === 'future' ? 1 : 0;
}

/** `P2Y`, `PT5H`, `P1Y6M`; `null` amount → TimeML's placeholder `PXY`. */
export function durationValue(parts: { n: number | null; unit: DateUnit }[]): string {
  let date = '';
  let time = '';
  for (const { n, unit } of parts) {
    const [code, factor] = DURATION_CODE[unit];
    const amount = n === null ? 'X' : String(Math.round(n * factor * 1000) / 1000);
    if (code.startsWith('T')) time += amount + code.slice(1);
    else date += amount + code;
  }
  return `P${date}${time ? 'T' + time : ''}`;
}

/** The value of the period `offset` units from the reference (`pekan lalu` → week −1). */
export function periodValue(unit: DateUnit, ref: Ymd, offset: number): Resolved {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day': {
      const day = unit === 'day' ? addDays(ref, offset) : ref;
      return { value: fmtDay(day), day };
    }
    case 'week':
      return { value: fmtWeek(addDays(ref, 7 * offset)) };
    case 'month':
      return { value: fmtMonthOf(addMonths(ref, offset)) };
    case 'quarter': {
      const idx = ref.y * 4 + quarterOf(ref.m) - 1 + offset;
      return { value: `${fmtYear(Math.floor(idx / 4))}-Q${(idx % 4) + 1}` };
    }
    case 'half': {
      const idx = ref.y * 2 + (ref.m > 6 ? 1 : 0) + offset;
      return { value: `${fmtYear(Math.floor(idx / 2))}-H${(idx % 2) + 1}` };
    }
    case 'year':
      return { value: fmtYear(ref.y + offset) };
    case 'decade':
      return { value: String(Math.floor((ref.y + 10 * offset) / 10)) };
    case 'century':
      return { value: String(Math.floor((ref.y + 100 * offset) / 100)) };
  }
}

const fmtMonthOf = (t: Ymd) => fmtMonth(t.y, t.m);

/** The year a month (and day) written without one refers to, given a modifier word. */
export function yearFor(ref: Ymd, m: number, d: number | null, direction: Direction | null): number {
  const day = d ?? 1;
  if (direction === 'present') return ref.y;
  // A week of slack: articles are often published a few days after they were written.
  const SLACK = 7;
  if (direction === 'past') {
    const sameYear = d === null ? m <= ref.m : toEpochDay({ y: ref.y, m, d }) <= toEpochDay(ref) + SLACK;
    return sameYear ? ref.y : ref.y - 1;
  }
  if (direction === 'future') {
    const sameYear = d === null ? m >= ref.m : toEpochDay({ y: ref.y, m, d: day }) >= toEpochDay(ref) - SLACK;
    return sameYear ? ref.y : ref.y + 1;
  }
  return nearestYear(ref, m, d ?? 15);
}

/** A month-based date (`26 Juli 2023`, `Juli`, `Oktober lalu`): day or month value. */
export function calendarValue(p: CalendarParts, ref: Ymd | null, direction: Direction | null, yearFrom?: number | null): Resolved {
  const y = p.y ?? yearFrom ?? (ref ? yearFor(ref, p.m, p.d, direction) : null);
  if (y === null) {
    return { value: p.d === null ? `XXXX-${pad2(p.m)}` : `XXXX-${pad2(p.m)}-${pad2(p.d)}` };
  }
  if (p.d === null) return { value: fmtMonth(y, p.m) };
  const day = { y, m: p.m, d: p.d };
  return { value: fmtDay(day), day };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The date of a weekday named without a date, from the reference date. */
export function weekdayDate(ref: Ymd, wd: number, direction: Direction | null, future: boolean): Ymd {
  const today = weekday(ref);
  if (direction === 'present') {
    const isoToday = (today + 6) % 7;
    const isoTarget = (wd + 6) % 7;
    return addDays(ref, isoTarget - isoToday);
  }
  if (direction === 'future' || (direction === null && future)) {
    let k = (wd - today + 7) % 7;
    if (k === 0 && direction === 'future') k = 7;
    return addDays(ref, k);
  }
  let k = (today - wd + 7) % 7;
  if (k === 0 && direction === 'past') k = 7;
  return addDays(ref, -k);
}
