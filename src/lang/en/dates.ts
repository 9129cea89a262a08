// English date vocabulary (standard English month, weekday and unit words): chrono-node's English
// parser reads the explicit dates; these words drive warta's own duration, set and year parsers.
import type { DateLexicon } from '../date-lexicon.js';
import { figures } from './figures.js';

export const dates: DateLexicon = {
  chronoLocale: 'en',
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
    jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10,
    oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  // `May` is also a modal verb and a name: bare, it needs date context.
  monthsAlsoNames: ['may', 'june', 'april', 'august'],
  // Weekdays, 0 = Sunday.
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  weekdaysAlsoWords: [],
  // Words that put a bare month or weekday in date context; speech verbs and titles before names.
  datePrepositions: ['on', 'in', 'for', 'since', 'until', 'by', 'from', 'to', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'during', 'before', 'after'],
  nameCues: ['said', 'says', 'told', 'mr', 'mrs', 'ms', 'miss', 'dr'],
  weekdayNotDateAfter: [],
  // Days named from the reference date.
  relativeDays: { today: 0, yesterday: -1, tomorrow: 1, tonight: 0, 'last night': -1 },
  // Periods, parts and quarters (chrono-node reads `last week`, `next month`).
  periodUnits: { day: 'day', week: 'week', month: 'month', year: 'year' },
  // English puts the modifier before the period (`last week`): chrono-node reads those.
  directions: {},
  periodParts: ['early', 'mid', 'late'],
  weekendPart: '',
  subYearPeriods: { quarter: 'quarter' },
  ordinals: { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 },
  // Words before a year, a day and a clock time; zones with their UTC offsets in minutes.
  yearWords: ['year'],
  dayWords: [],
  clockWords: ['at'],
  // English has no clock word that needs a part of the day (`at eight` is a time).
  clockWordsNeedingDayPart: [],
  timeZones: { wib: 420, wita: 480, wit: 540, utc: 0, gmt: 0 },
  // Parts of the day → TimeML codes.
  dayParts: { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' },
  // No English part of the day above is after midnight.
  dayPartsAfterMidnight: [],
  // Units of durations (`two years`, `24 hours`).
  durationUnits: {
    second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour',
    hours: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month',
    months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
    century: 'century', centuries: 'century',
  },
  unitSuffix: '',
  onePrefix: '',
  // `three days ago`, `two years later`; vague amounts, ages, sets.
  agoWords: ['ago'],
  laterWords: ['later', 'from now'],
  vagueAmounts: ['several', 'a few', 'many', 'some'],
  ageCues: ['aged', 'age'],
  ageFollowers: ['old'],
  durationLeads: ['for', 'during', 'within', 'over'],
  setWords: ['every', 'each'],
  // `twice per year`, `$5 per month`; not after a unit of measure (`barrels per day`).
  rateSetWords: ['per'],
  anaphoricPeriods: {
    'the previous year': { unit: 'year', offset: -1 }, 'the following year': { unit: 'year', offset: 1 },
    'the same year': { unit: 'year', offset: 0 }, 'the next day': { unit: 'day', offset: 1 },
    'the following day': { unit: 'day', offset: 1 }, 'the same day': { unit: 'day', offset: 0 },
  },
  // Fixed-date holidays only (movable feasts need a table per year).
  holidays: { christmas: '12-25', 'christmas day': '12-25' },
  holidaysNeedingContext: [],
  holidayLeads: [],
  holidayCountdown: '',
  measureUnits: figures.units,
  unitNouns: [],
  // `fiscal year 2018`, `season 2001`.
  yearLabels: ['fiscal year', 'season'],
  frequencyMarkers: ['once', 'twice', 'times'],
  frequencyNouns: ['daily', 'weekly'],
  frequencyAdjectives: { daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annual: 'year', annually: 'year' },
  // Numbers of laws and names, and the words before a bare year that make it a date.
  numberLabels: ['no.', 'no', 'number'],
  yearPrepositions: ['in', 'since', 'until', 'by', 'from', 'to', 'year', 'early', 'late', 'mid', 'during', 'before', 'after', 'between'],
  decadeLeads: ['the'],
  decadeSuffix: 's',
  // Number words of durations (`two years`, `a week`).
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, a: 1, an: 1,
  },
  numberTens: '',
  numberTeens: '',
  numberHundreds: '',
  // Joining words, future cues and vague words.
  trimmedLeads: ['on', 'in'],
  rangeWords: ['until', 'through', 'to'],
  conjunctions: ['and', 'or', 'to', 'until', '-'],
  reduplicationPrefix: '',
  ordinalPrefix: '',
  futureCues: ['will', 'would', 'is due', 'scheduled'],
  vague: ['now', 'currently', 'recently', 'nowadays', 'these days'],
};
