// The shape of a language's entity vocabulary: gazetteers of organisations and places, the
// words that start organisation and place names, the titles around people's names, and the
// words that look like names but are not. The entity extractor reads only this.

export interface EntityLexicon {
  /** Organisations known by several names: each entry is [canonical, ...aliases]. */
  organisations: readonly (readonly string[])[];
  /** Words that start an organisation name and stay part of it (`Kementerian`, `Pemprov`, `PT`). */
  organisationHeads: readonly string[];
  /** Words that end an organisation name (`Tbk`, `(Persero)`, `Inc.`). */
  organisationSuffixes: readonly string[];
  /** Lower-case words allowed inside an organisation or place name (`dan`, `untuk`, `of`). */
  nameConnectors: readonly string[];
  /** Words after an organisation name that make the phrase a product (`Shop` in `TikTok Shop`). */
  productWords: readonly string[];
  /** Buildings that begin with an organisation head word (`Balai Kota`): not organisations. */
  venues: readonly string[];
  /** Words that start the name of a building or venue (`Gedung`, `Istana`): a place only where
   *  nothing else names the place (`di Gedung KPK.`, not `di Gedung DPR, Jakarta`). */
  venueHeads: readonly string[];
  /** Capitalised words and phrases that are never organisations on their own (`Pemerintah`, `UMKM`). */
  notOrganisations: readonly string[];
  /** Places known by several names: each entry is [canonical, ...aliases]. */
  places: readonly (readonly string[])[];
  /** Places whose bare names are also personal names or common words (regencies and cities):
   *  trusted with a head word (`Kabupaten Poso`), else only where nothing else claims the words. */
  minorPlaces: readonly (readonly string[])[];
  /** Words that start a place name and stay part of it (`Kabupaten`, `Jalan`). */
  placeHeads: readonly string[];
  /** Lower-case words after which a capitalised phrase is usually a place (`di`, `ke`, `dari`). */
  placeTriggers: readonly string[];
  /** Compass words that extend a place name (`Jakarta Pusat`). */
  placeModifiers: readonly string[];
  /** Honorifics, ranks, academic and religious titles written before a name (stripped). */
  personTitles: readonly string[];
  /** Degrees written after a name (stripped). */
  personDegrees: readonly string[];
  /** Position words that start a role before a name (`Menteri`, `Ketua`, `Direktur`). */
  positions: readonly string[];
  /** Well-known short names and nicknames: [full name, ...short forms]. */
  personAliases: readonly (readonly string[])[];
  /** Capitalised words that are not names on their own (`Indah`, `Jaya`, `Mei`, `Kami`, `Bahkan`). */
  ambiguousWords: readonly string[];
  /** Capitalised words that are never inside a name: they end a name being read (`Senin`, `Kami`). */
  nameBreakers: readonly string[];
  /** Weekdays and months (also in nameBreakers): they end a tagged place or a tagged name. */
  calendarWords?: readonly string[];
  /** Capitalised words that start a personal name only before one of `prefixedGivenNames`
   * (`I` and `Ni` of Balinese names: `I Gusti Ngurah Putra`, `Ni Ketut Ariani`): part of the name,
   * never the end of the organisation or place before it (`Hutama Karya I Gusti ...`). */
  personNamePrefixes?: readonly string[];
  /** One-word bodies a position heads (`Kabinet`, `Pansus`): between a position and a name the
   * tagger reads, they belong to the position (`Sekretaris Kabinet Pramono Anung`). */
  positionBodies?: readonly string[];
  /** Last words of organisation names in English word order (`Voxpol Center`, `Pacific Tsunami
   * Warning Centre`): a name the tagger reads as a person's that ends in one is an organisation. */
  bodyTails?: readonly string[];
  /** Given names that follow a `personNamePrefixes` word (Balinese birth-order and caste names). */
  prefixedGivenNames?: readonly string[];
  /** Lower-case particles inside personal names (`bin`, `van`, `de`). */
  nameParticles: readonly string[];
  /** Positions that head a unit named by its field (`Dirjen Pajak`, `Kabid Humas`): the words
   * after one are the unit's until the tagger starts a person's name. */
  unitPositions?: readonly string[];
  /** First and last words of event names (`Piala`, `Festival`; `Cup`, `Open`): a name the tagger
   * or a weak rule reads that starts or ends with one is an event, not an entity. */
  eventHeads?: readonly string[];
  eventTails?: readonly string[];
  /** Event words a place follows to name the event (`GP Australia`, `Liga Inggris`): that place is the event's. */
  eventPlaceHeads?: readonly string[];
  /** Legal forms closing a company's name (`Tbk`, `Persero`, `Ltd`): the name with and without
   * one is the same company. */
  legalForms?: readonly string[];
  /** The connectors that join two names (`dan`, `&`): after a known name and before another,
   * they end the first (`Bank Indonesia dan LPPI`); `untuk`, `bagi` stay inside a name. */
  nameCoordinators?: readonly string[];
  /** Currency words and symbols (`Rp`, `US$`): a phrase starting with one is never a name. */
  currencies?: readonly string[];
  /** Lower-case currency nouns (`dolar`, `yen`): the place after one names the currency
   * (`dolar AS`), not a place the article speaks of. */
  currencyNouns?: readonly string[];
  /** Spelled-out terms of public finance, administration and law written capitalised
   * (`Anggaran Pendapatan dan Belanja Negara`, `Penanaman Modal Asing`): no name lies inside one. */
  conceptPhrases?: readonly string[];
  /** Clubs news names by their city (`Barcelona`, `Lazio`): organisations where the article is
   * about the sport (see sportCues), places elsewhere. */
  clubsNamedAsPlaces?: readonly string[];
  /** Words that mark an article about the sport those clubs play. */
  sportCues?: readonly string[];
  /** Function words of another language common in titles of songs, albums, films and band
   * names (`The`, `of`, `on`): a phrase with one is not a personal name of this language. */
  foreignFunctionWords?: readonly string[];
  /** Lower-case words after which a capitalised phrase is the title of a work (`lagu`, `album`). */
  workCues?: readonly string[];
  /** Lower-case words after which a capitalised phrase is a group or club (`band`, `klub`). */
  groupCues?: readonly string[];
  /** Group cues that name a band whatever its name looks like (`band Gigi`, `boyband One
   * Direction`): the phrase is the group even when its words are personal names. */
  bandCues?: readonly string[];
  /** Lower-case words after which a capitalised phrase is a product, model or fictional
   * character (`mobil Fortuner`, `karakter Iron Man`): not a person or place, unless its words
   * are known personal names (`mobil Alonso`: the driver's car). */
  productCues?: readonly string[];
  /** Lower-case nouns of place kinds (`negara bagian`, `kota kecil`): the name right after one
   * is a place even when it reads like a personal name (`negara bagian Minas Gerais`). */
  placeNouns?: readonly string[];
  /** Lower-case nouns for a kind of person (`pelatih`, `aktor`, `wasit`) and the words that give
   * where one is from (`asal`): `wasit asal Belanda Bjorn Kuipers` is a place, then a person. */
  personNouns?: readonly string[];
  /** Lower-case words after which `<platform> <Name>` names the holder of an account
   * (`akun Twitter Raisa`): the name is a person or body, not the platform's product. */
  accountCues?: readonly string[];
  /** Articles of other languages that open nicknames of clubs, titles of papers and events
   * (`Die Roten`, `Los Rojiblancos`): a person's name never starts with one. */
  foreignArticles?: readonly string[];
  originWords?: readonly string[];
  /** Last words of venue names in English word order (`Uniprix Stadium`, `Jakarta Convention
   * Center`): like venueHeads, a building, not a place. */
  venueTails?: readonly string[];
  /** Head words of ministries in the gazetteer (`Kementerian`): after a position word, the rest
   * of such a name is the portfolio (`Menteri Keuangan`), not the start of a person's name. */
  portfolioHeads?: readonly string[];
  /** Regular expression source (linear: one affix pattern) for a single derived noun that names
   * a portfolio after a position word (`Perindustrian`, `Kesehatan`). */
  portfolioWords?: string;
  /** Organisation heads of the bodies a unit belongs to: inside a name after another head they
   * continue it (`Direktorat Lalu Lintas Polda Metro Jaya`, `Fraksi Partai Gerindra`). */
  parentBodyHeads?: readonly string[];
  /** Capitalised descriptions of a place that are no place name on their own (`Ibu Kota`). */
  descriptivePlaceNames?: readonly string[];
  /** Dashes that end a dateline (`JAKARTA (Pos Kota) –`). */
  datelineDashes?: readonly string[];
  /** Regular expression source (case-insensitive, linear: a suffix alternation) for a web
   * domain that names an outlet or company (`Merdeka.com`, `TEMPO.CO`, `JUARA.NET`). */
  outletDomain?: string;
  /** Words that on their own after an organisation head name no body (`DPRD Provinsi`). */
  genericBodyWords?: readonly string[];
  /** Lower-case phrases that cite a news source (`dilansir dari`, `dikutip dari`, `mengutip`):
   * a capitalised name right after one is the outlet cited, an organisation. */
  citationCues?: readonly string[];
  /** Names of apps and social platforms (`Instagram`, `Snapchat`): a product, never a person or
   * place (the company behind one may still be an organisation). */
  platformNames?: readonly string[];
  /** First words (or two-word phrases) of the names of landmarks, facilities and committees
   * (`Candi`, `Stasiun`, `Panitia`, `Penuntut Umum`): a name that starts so is no person's. */
  notPersonHeads?: readonly string[];
  /** The statistical tagger's weights, as JSON text (parsed at first use), or null. */
  taggerModel: (() => string) | null;
}
