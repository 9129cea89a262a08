// The shape of a language's date vocabulary: what the date extractor (src/extractors/dates/)
// needs to find dates, times, durations and sets and to write their TimeML values. All words
// are lower case unless said otherwise; multi-word entries use single spaces.

/** Calendar units as TimeML writes them in durations (`P2Y`, `PT5H`). */
export type DateUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** Which way a modifier word points from the reference date. */
export type Direction = 'past' | 'present' | 'future';

export interface DateLexicon {
  /** The chrono-node locale that parses this language's explicit dates (`id`, `en`). */
  chronoLocale: 'id' | 'en';
  /** Month names and abbreviations → 1..12 (`agu`, `agt`, `des`). */
  months: Readonly<Record<string, number>>;
  /** Month words that are also common personal names (`mei`): a bare one needs date context. */
  monthsAlsoNames: readonly string[];
  /** Weekday names → 0 (Sunday) .. 6. */
  weekdays: Readonly<Record<string, number>>;
  /** Weekday words that are also ordinary words (`minggu` = week): a weekday only when capitalised
   *  and in date context. */
  weekdaysAlsoWords: readonly string[];
  /** Words that may stand before a weekday/month in date context (`pada`, `hari`, `sejak`). */
  datePrepositions: readonly string[];
  /** Words after which a capitalised month/weekday word is a person (`kata`, `ujar`, `Bu`). */
  nameCues: readonly string[];
  /** Words after which a weekday names an event, not a day (`salat Jumat`, Friday prayers). */
  weekdayNotDateAfter: readonly string[];
  /** Relative days → offset in days from the reference date (`kemarin` → -1, `lusa` → 2). */
  relativeDays: Readonly<Record<string, number>>;
  /** Period words → unit (`pekan` → week, `tahun` → year). */
  periodUnits: Readonly<Record<string, DateUnit>>;
  /** Modifier words after a period, month, weekday or year (`lalu`, `depan`, `ini`). */
  directions: Readonly<Record<string, Direction>>;
  /** Parts of a period (`awal`, `pertengahan`, `akhir`): the value keeps the period's own value. */
  periodParts: readonly string[];
  /** The word for a weekend when a period part precedes the week word (`akhir pekan`). */
  weekendPart: string;
  /** Quarter and half-year words (`kuartal`, `triwulan` → quarter; `semester` → half). */
  subYearPeriods: Readonly<Record<string, 'quarter' | 'half'>>;
  /** Ordinals and roman numerals → n (`pertama`, `ketiga`, `iii`). */
  ordinals: Readonly<Record<string, number>>;
  /** The word before a year (`tahun`) and before a day of month (`tanggal`, `tgl`). */
  yearWords: readonly string[];
  dayWords: readonly string[];
  /** Words before a time of day (`pukul`, `jam`). */
  clockWords: readonly string[];
  /** Clock words that make a number word a time only with a day part after it (`jam dua` alone
   *  may be two hours; `jam dua siang` is 14:00). */
  clockWordsNeedingDayPart: readonly string[];
  /** Time zone abbreviations → UTC offset in minutes (`wib` → 420). */
  timeZones: Readonly<Record<string, number>>;
  /** Parts of day → TimeML part-of-day code (`pagi` → MO, `malam` → NI). */
  dayParts: Readonly<Record<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI'>>;
  /** Night parts after midnight, whose hours stay before noon (`dini hari`: `pukul tiga dini hari` is 03:00). */
  dayPartsAfterMidnight: readonly string[];
  /** Units of duration → unit (`detik` … `abad`). */
  durationUnits: Readonly<Record<string, DateUnit>>;
  /** A suffix a unit word may carry (`nya` in `setiap harinya`); '' if none. */
  unitSuffix: string;
  /** The prefix that means "one" glued to a unit (`se` in `setahun`, `sepekan`); '' if none. */
  onePrefix: string;
  /** Words that make a number+unit a date in the past (`lalu`, `silam`) or future (`lagi`). */
  agoWords: readonly string[];
  laterWords: readonly string[];
  /** Vague amounts that make a duration with a TimeML placeholder (`beberapa tahun` → PXY). */
  vagueAmounts: readonly string[];
  /** Words before a number+unit that make it an age, not a duration (`berusia`, `umur`). */
  ageCues: readonly string[];
  /** Words after a number+year unit that make it an age (`musisi 46 tahun itu`). */
  ageFollowers: readonly string[];
  /** Words before a number+unit that make it a duration for sure (`selama`, `dalam`). */
  durationLeads: readonly string[];
  /** Words that make a set (`setiap minggu` → P1W). */
  setWords: readonly string[];
  /** Words that make a rate set with a time unit only (`per tahun`, `per bulannya` → P1Y, P1M);
   *  not after a unit of measure, where the rate is part of a figure (`barel per hari`). */
  rateSetWords: readonly string[];
  /** Units of measure (from the figures pack): `per hari` after one belongs to the figure. */
  measureUnits: readonly string[];
  /** Nouns whose first word is a time unit (`jam tangan`, a watch): never a duration. */
  unitNouns: readonly string[];
  /** Labels before a year that make it a date even inside a capitalised name (`Tahun Anggaran
   *  2018`, `musim 2001`): part of the mention, like `tahun`. */
  yearLabels: readonly string[];
  /** Adjectives of frequency → unit (`tahunan` → P1Y set). */
  frequencyAdjectives: Readonly<Record<string, DateUnit>>;
  /** Words around a duration that make it a frequency (`seminggu sekali`, `dua kali setahun`). */
  frequencyMarkers: readonly string[];
  /** Frequency adjectives that are also nouns before a name (`harian Kompas`, a daily paper). */
  frequencyNouns: readonly string[];
  /** Words before a number+`tahun`/year that make it a regulation or name number (`nomor`). */
  numberLabels: readonly string[];
  /** Words before a bare year that make it a date (`pada 2001`, `sejak 2005`). */
  yearPrepositions: readonly string[];
  /** Prefixes of decades (`tahun 90-an`, `era 80-an`) and the decade suffix (`-an`). */
  decadeLeads: readonly string[];
  decadeSuffix: string;
  /** Small number words → value (`dua` → 2), the tens/teens/hundreds words. */
  numberWords: Readonly<Record<string, number>>;
  numberTens: string;
  numberTeens: string;
  numberHundreds: string;
  /** Prepositions that are not part of a mention when chrono includes them (`pada`). */
  trimmedLeads: readonly string[];
  /** Words joining the two ends of a range that make them two mentions (`hingga`, `s/d`). */
  rangeWords: readonly string[];
  /** Words joining two dates or amounts (`2010 dan 2015`, `3 jam dan 30 menit`). */
  conjunctions: readonly string[];
  /** The prefix of a reduplicated unit meaning "for units on end" (`ber` in `bertahun-tahun`); '' if none. */
  reduplicationPrefix: string;
  /** The prefix of numeric ordinals (`ke` in `kuartal ke-3`); '' if none. */
  ordinalPrefix: string;
  /** Words that point to the future before a bare weekday (`akan`): the weekday is ahead. */
  futureCues: readonly string[];
  /** Periods named from the date the text spoke of last (`tahun sebelumnya`, `keesokan harinya`,
   *  `hari yang sama`): unit and offset from that date (the reference date if none came before). */
  anaphoricPeriods: Readonly<Record<string, { unit: 'day' | 'month' | 'year'; offset: number }>>;
  /** Holidays → their date per Gregorian year (`lebaran` → {2017: '2017-06-25'}), or a fixed
   *  month-day for every year (`natal` → '12-25'). */
  holidays: Readonly<Record<string, Readonly<Record<number, string>> | string>>;
  /** Holidays that are also ordinary words of a name or a thing (`pohon Natal`): a date only
   *  after one of the datePrepositions or holidayLeads. */
  holidaysNeedingContext: readonly string[];
  holidayLeads: readonly string[];
  /** The day-count mark before a holiday (`H-7 Lebaran`, `H+3 Natal`); '' if none. */
  holidayCountdown: string;
  /** Vague time words that are never mentions (`sekarang`, `saat ini`, `kini`). */
  vague: readonly string[];
}
