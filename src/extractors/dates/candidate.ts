// A date mention before it is written out: where it is, which rule found it, and how to compute
// its TimeML value once the reference date is known. Parsers (custom chrono parsers and the
// conversion of chrono's own results) make candidates; refiners merge, extend and anchor them.
import type { DateMention } from '../../types.js';
import type { Direction } from '../../lang/date-lexicon.js';
import type { Ymd } from './calendar.js';

export type DateType = DateMention['type'];

export interface Resolved {
  value: string | null;
  /** The day the mention names, when it names one (times anchor on it). */
  day?: Ymd | null;
  warning?: string;
}

/** A calendar date whose parts the text gives (month always; day and year when written). */
export interface CalendarParts {
  m: number;
  d: number | null;
  y: number | null;
}

export interface Candidate {
  /** UTF-16 offsets into the text the parser saw (a window), made absolute by the extractor. */
  start: number;
  end: number;
  rule: string;
  type: DateType;
  relative: boolean;
  resolve(ref: Ymd | null): Resolved;
  /** Month-based dates from chrono: refiners re-aim their year with `lalu`/`depan`/`ini`. */
  calendar?: { start: CalendarParts; end: CalendarParts | null; direction: Direction | null };
  /** A bare weekday (value from the reference date), so a following written date can take over. */
  weekday?: number;
  /** Times of day: the clock (and range end), anchored later on the day they belong to. */
  clock?: { h: number; min: number; endH?: number; endMin?: number };
  /** A period named from the last date before it (`tahun sebelumnya`): resolved in document order. */
  anaphor?: { unit: 'day' | 'month' | 'year'; offset: number };
  /** Set on a candidate that only hides what it covers (a regulation number's year). */
  drop?: boolean;
}

/** Rule ids without the language prefix (the extractor writes `id.date.weekday-numeric`). */
export const RULES = {
  weekdayNumeric: 'date.weekday-numeric',
  weekdayDate: 'date.weekday-date',
  weekday: 'date.weekday',
  todayDate: 'date.relative-day-dated',
  relativeDay: 'date.relative-day',
  relativePeriod: 'date.relative-period',
  relativeAgo: 'date.relative-ago',
  monthRelative: 'date.month-relative',
  periodPart: 'date.period-part',
  quarter: 'date.quarter',
  decade: 'date.decade',
  year: 'date.year',
  yearRange: 'date.year-range',
  duration: 'date.duration',
  set: 'date.set',
  time: 'date.time',
  chrono: 'date.chrono',
  range: 'date.range',
  anaphoric: 'date.anaphoric',
  holiday: 'date.holiday',
} as const;
