// Calendar arithmetic on plain year-month-day triples (proleptic Gregorian, no time zones) and
// the TimeML spellings of its values. Kept free of Date's local-time pitfalls: everything is UTC.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function toEpochDay(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
}

export function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, days: number): Ymd {
  return fromEpochDay(toEpochDay(t) + days);
}

/** The same day `months` later, clipped to the month's length. */
export function addMonths(t: Ymd, months: number): Ymd {
  const idx = t.y * 12 + (t.m - 1) + months;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(t: Ymd): number {
  return (((toEpochDay(t) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** ISO 8601 week: the year that owns the week and its number. */
export function isoWeek(t: Ymd): { y: number; w: number } {
  const day = toEpochDay(t);
  const isoDow = ((weekday(t) + 6) % 7) + 1; // Monday 1 .. Sunday 7
  const thursday = fromEpochDay(day - isoDow + 4);
  const jan1 = toEpochDay({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toEpochDay(thursday) - jan1) / 7) + 1 };
}

export function parseIsoDate(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const t = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValidYmd(t.y, t.m, t.d) ? t : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const fmtYear = (y: number) => pad(y, 4);
export const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (t: Ymd) => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const fmtWeek = (t: Ymd) => {
  const w = isoWeek(t);
  return `${pad(w.y, 4)}-W${pad(w.w)}`;
};
export const fmtClock = (h: number, min: number) => `T${pad(h)}:${pad(min)}`;

/** The quarter (1..4) of a month. */
export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;

/**
 * The year that puts month/day nearest to the reference date (news reports events near
 * publication): `27/3` read on 2017-03-28 is 2017, `30/12` read on 2018-01-02 is 2017,
 * `1/3` read on 2016-09-16 is 2016 (the past is preferred).
 */
export function nearestYear(ref: Ymd, m: number, d: number): number {
  let best = ref.y;
  let bestDist = Infinity;
  const r = toEpochDay(ref);
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const dd = Math.min(d, daysInMonth(y, m));
    // News reports the recent past more than the future: a day ahead counts double.
    const diff = toEpochDay({ y, m, d: dd }) - r;
    const dist = diff > 0 ? 2 * diff : -diff;
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}
