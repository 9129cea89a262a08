// The chrono-node configuration per language: chrono's own parsers for explicit dates (`26 Juli
// 2023`, `Juli 2023`, `2-5 Oktober`, `26/7/2023`, ISO) and clock times (`pukul 10.00`), our
// parsers (parsers.ts) in front of them, and only the refiners whose behaviour news needs.
//
// Left out of chrono's Indonesian configuration, because warta reads these itself with the
// granularity TimeML needs or because news uses the words otherwise:
// - IDWeekdayParser: resolves a bare weekday to the nearest day, news means the latest past one;
//   and it cannot tell `Minggu` (Sunday) from `minggu` (week) by case.
// - IDRelativeDateFormatParser, IDTimeUnit{Ago,Later,Within}FormatParser: give instants, not the
//   week/month/year value of `pekan lalu` or `15 tahun lalu`; `dalam 3 hari` is a duration.
// - IDCasualTimeParser: a bare `pagi`/`malam` is not a mention.
// - Merge refiners (date+time, date ranges): `hingga` joins TWO mentions, and a time is its own
//   mention anchored on its day; warta merges hyphen ranges itself.
// - Time zone refiners and the unlikely-format filter: zones are read from the pack (WIB, WITA,
//   WIT), and the filter drops bare years (`pada 2005`).
// The two locales warta uses, not the package's index: that one loads all 16 locales of chrono
// (266 modules, ~300 ms CPU at start-up against ~85 ms for these two; they share chrono's core).
import * as en from 'chrono-node/en';
import * as id from 'chrono-node/id';
import type { ParsedResult, Parser, Refiner } from 'chrono-node';
import type { DateLexicon } from '../../lang/date-lexicon.js';
import { compileDates } from './patterns.js';
import { buildParsers, gate, type GatedParser } from './parsers.js';

const DROPPED_PARSERS = new Set([
  'IDWeekdayParser',
  'IDRelativeDateFormatParser',
  'IDTimeUnitWithinFormatParser',
  'IDTimeUnitAgoFormatParser',
  'IDTimeUnitLaterFormatParser',
  'IDCasualTimeParser',
  // English keeps chrono's `last week`, `three days ago`; weekdays, `for two years` and bare
  // `morning` are read as in Indonesian.
  'ENWeekdayParser',
  'ENTimeUnitWithinFormatParser',
  'ENCasualTimeParser',
]);
const KEPT_REFINERS = new Set(['OverlapRemovalRefiner', 'MergeWeekdayComponentRefiner']);

const cache = new WeakMap<DateLexicon, id.Chrono>();

/** The chrono instance for a date lexicon, built once. */
export function chronoFor(lex: DateLexicon): id.Chrono {
  const hit = cache.get(lex);
  if (hit) return hit;
  const base = lex.chronoLocale === 'en' ? en.casual : id.casual;
  const c = compileDates(lex);
  const own = buildParsers(c);
  // chrono's parsers too run only where their words occur (month names, digits, slashes).
  const months = new RegExp(`(?<![\\p{L}])${c.months}`, 'iu');
  const gates: Record<string, RegExp> = {
    IDMonthNameParser: months,
    IDMonthNameLittleEndianParser: months,
    IDMonthNameMiddleEndianParser: months,
    IDCasualDateParser: new RegExp(`(?<![\\p{L}])${c.relativeDays}`, 'iu'),
    SlashDateFormatParser: /\d[/.-]\d/,
    ISOFormatParser: /\d{4}-\d\d/,
    IDTimeExpressionParser: /\d/,
  };
  const theirs = base.parsers
    .filter((p) => !DROPPED_PARSERS.has(p.constructor.name))
    .map((p) => (gates[p.constructor.name] ? gate(gates[p.constructor.name]!, p) : p));
  const parsers: Parser[] = [...own, ...theirs];
  const seen = new Set<string>();
  const refiners: Refiner[] = [];
  for (const r of base.refiners) {
    const name = r.constructor.name;
    if (!KEPT_REFINERS.has(name)) continue;
    // One overlap removal is enough: nothing between the two copies changes the results.
    if (seen.has(name)) continue;
    seen.add(name);
    refiners.push(r);
  }
  const instance = new id.Chrono({ parsers, refiners });
  cache.set(lex, instance);
  return instance;
}

/**
 * `engine.parse(text, ref)`, with the parsers whose gate is closed on `text` left out before
 * chrono runs: the same results (a closed parser finds nothing), without chrono's call, empty
 * result array and array copy for each of them on every window.
 */
export function parseWindow(engine: id.Chrono, text: string, ref: Date): ParsedResult[] {
  const open = engine.parsers.filter((p) => !(p as Partial<GatedParser>).opens || (p as GatedParser).opens(text));
  return new id.Chrono({ parsers: open, refiners: engine.refiners }).parse(text, ref);
}
