// The shape of a language's figure vocabulary: its number grammar, currencies, units and the
// context words that tell a figure from a date, an ordinal or an identifier. All entries are
// plain data; the figure extractor compiles them once per pack into lookup tables.
//
// Phrases (`dolar AS`, `persen poin`, `US$`) are written as they appear in text; the extractor
// splits them into its own tokens (letters, digit runs, single punctuation marks) and matches
// them case-insensitively unless listed under a case-sensitive table.

export interface FigureLexicon {
  /** How digits are grouped: `id` writes `1.200,5`, `en` writes `1,200.5`. */
  digits: {
    decimal: '.' | ',';
    group: '.' | ',';
    /**
     * Accept the other language's decimal mark before a scale word, unit or percent sign
     * (`2.5 persen` in an Indonesian tech article) when the digits cannot be a group (`2.5`).
     */
    foreignDecimalBeforeUnit: boolean;
  };
  /**
   * The currency whose amounts follow the language's digit format; amounts in other currencies
   * may keep their own (`USD 91,000` in an Indonesian text is ninety-one thousand).
   */
  homeCurrency: string;
  /** Number words with their value (`satu` 1 … `sembilan` 9, `nol` 0; `twenty` 20). */
  numberWords: Record<string, number>;
  /** Words that multiply the digit before them inside a group (`puluh` ×10, `ratus` ×100). */
  groupMultipliers: Record<string, number>;
  /** Words that add ten to the digit before them (`dua belas` = 12). */
  teenWords: string[];
  /** Scale words after any number (`ribu`, `juta`, `miliar`, `milyar`, `triliun`). */
  scaleWords: Record<string, number>;
  /** Scale abbreviations that count only next to a currency (`Rp 5 jt`, `Rp1,2 T`); case-sensitive. */
  currencyScaleAbbreviations: Record<string, number>;
  /** Scale words that make the amount approximate (`Rp 100 ribuan`). */
  approximateScaleWords: Record<string, number>;
  /** Contracted forms with `se-` = one (`seratus` → `satu ratus`, `sejuta` → `satu juta`). */
  contractions: Record<string, string[]>;
  /** Fraction words, alone or after a whole number (`setengah`, `satu setengah juta`). */
  fractionWords: Record<string, number>;
  /** Words that start spoken decimals (`dua koma lima`). */
  decimalWords: string[];

  /** Currency marks written before the amount (`Rp`, `Rp.`, `US$`, `USD`) → ISO 4217. */
  currencyBefore: Record<string, string>;
  /** Currency words written after the amount (`rupiah`, `dolar AS`, `euro`) → ISO 4217. */
  currencyAfter: Record<string, string>;
  /** Percent words and signs (`persen`, `%`) and percentage points (`persen poin`). */
  percentWords: string[];
  percentPointWords: string[];
  /** The unit the contract writes for a percentage and a percentage point. */
  percentUnit: string;
  percentPointUnit: string;
  /** Units of measure (`km`, `hektare`, `ton`, `barel`): a figure with one is a `quantity`. */
  units: string[];
  /** Units written directly on the digits (`10kg`, `5%`); case-sensitive. */
  attachedUnits: string[];
  /** Words that make a rate of a unit (`barel per hari`, `kg/tahun`). */
  rateWords: string[];

  /** Range joiners between two numbers (`10-15`, `2 hingga 3`, `s.d.`). */
  rangeJoiners: string[];
  /** Joiners that need an opener before the first number (`antara 2 dan 3`). */
  openedRangeJoiners: string[];
  rangeOpeners: string[];
  /** Hedges before a figure: approximate, no bound (`sekitar`, `kurang lebih`). */
  approximateBefore: string[];
  /** Lower bounds before a figure (`lebih dari`, `minimal`): approximate, range {min: v}. */
  lowerBoundBefore: string[];
  /** Upper bounds before a figure (`kurang dari`, `hampir`, `maksimal`): range {max: v}. */
  upperBoundBefore: string[];
  /** Lower bounds after a figure (`50 persen lebih`), only before punctuation or a clause end. */
  lowerBoundAfter: string[];

  /** Qualifier cues before the figure (nearest wins): cue word → qualifier label. */
  qualifiers: Record<string, string>;
  /** How many words back a qualifier cue may stand. */
  qualifierWindow: number;

  /** Words that are not counted nouns (function words, adverbs, adjectives, common verbs). */
  notCountedNouns: string[];
  /** Prefixes of verbs (`me-`, `ber-`, `di-`): a word with one is not a counted noun ... */
  verbPrefixes: string[];
  /** ... unless it is one of these nouns (`meter`, `terdakwa`, `tersangka`). */
  nounsWithVerbPrefix: string[];
  /** Rules of boilerplate paragraphs whose figures count all the same: the headlines of linked
   *  articles (`Baca juga: Gerindra Setor 4 Nama untuk Pansus`), read as headlines. */
  headlineParagraphRules: string[];
  /** Two-word nouns that are one lexeme (`barang bukti`, `tenaga kerja`, `jam tangan`): a counted
   *  noun that starts one takes the whole compound as its unit, even where its first word alone
   *  would be a time unit (`tiga jam tangan` is three watches). */
  compoundNouns: string[];
  /** Classifiers skipped to reach the counted noun (`tiga buah kapal` → `kapal`). */
  classifiers: string[];

  /** Words before a number that license it without a unit (`sebesar 143`, `nilainya 5`). */
  measureCues: string[];
  /** Time units: a number with one is a duration (a date, not a figure). */
  durationWords: string[];
  /** Words before a number that make it an age (`berusia 34 tahun`). */
  ageCues: string[];
  /** Age words that mark an age a few words on (`usianya sudah menginjak 35 tahun`); person
   *  nouns among ageCues only work right before the number. */
  ageWordsReachingBack: string[];
  /** Person nouns and the words after `<person> 44 tahun` that make it an age (`pelatih 44 tahun itu`). */
  agePersons: string[];
  ageDemonstratives: string[];
  /** The unit of an age (`tahun`). */
  ageUnit: string;
  /** Month names and abbreviations: a number beside one is a date. */
  monthNames: string[];
  /** Words before a number that make it a year (`tahun 2024`, `sejak 2005`). */
  yearCues: string[];
  /** Plausible years: a bare four-digit number in this range is a year. */
  yearRange: [number, number];
  /** Words before a number that make it a time (`pukul 10.00`). */
  timeCues: string[];
  /** Words after a number that make it a time (`14.50 WIB`). */
  timeZones: string[];
  /** Words before a number that make it an identifier or a rank (`Nomor`, `Pasal`, `lantai`). */
  identifierCues: string[];
  /** Words before a number pair that make it a score (`menang 3-1`). */
  scoreCues: string[];
  /** Fixed phrases with a number word that are not figures (`salah satu`, `satu sama lain`). */
  idioms: string[];
  /** Words after a number that make it a multiplier, not a figure (`dua kali lipat`). */
  notFigureAfter: string[];
  /** Words that chain numbers into a list (`Grup 3, 4 dan 6`): a bare number after one, when
   *  the number before it was no figure, is none either. */
  listJoiners: string[];
}
