// The shape of a language's quotation vocabulary: which marks pair up, which words report
// speech (after a quotation, before a clause, `menurut`), which words stand for a speaker
// (pronouns, `-nya`), and the words that shape a speaker's noun phrase (titles, roles).
// The quote extractor and the speaker refiner read only this.

/** One family of quotation marks. Marks of a family pair only with each other. */
export interface QuoteMarkFamily {
  /** Stable name (`double`, `guillemet`, `single`). */
  kind: string;
  /** Marks that open a quotation. */
  open: readonly string[];
  /** Marks that close one. A mark in both lists opens or closes by its position. */
  close: readonly string[];
  /** Only pairs inside another quotation (or after a cue): `‘…’` and `'…'`. */
  nestedOnly: boolean;
}

export interface QuoteLexicon {
  marks: readonly QuoteMarkFamily[];
  /** Words written after a quotation (`"…," kata X`) or mid-sentence (`…, lanjut dia, …`). */
  postCues: readonly string[];
  /** Post-cues that are never nouns (`kata`, `ujar`): a mid-sentence cue of these may be followed
   *  by the clause without a comma (`…, kata Febri pihaknya masih …`). Lower case. */
  plainCues?: readonly string[];
  /** Passive reporting verbs written before the source (`Dikatakan Arief, …`, `Ditambahkan
   *  oleh X, …`): they attribute what follows like a first-position post-cue. */
  passiveCues: readonly string[];
  /** The agent marker after a passive cue (`oleh`). */
  agentMarker: string | null;
  /** Suffix that makes a post-cue name its speaker (`katanya`, `ujarnya`), or null. */
  speakerSuffix: string | null;
  /** Prefix and suffix pairs that make common nouns (`pernyataan`, `kedatangan`): a
   *  capitalised word of that shape opening a sentence is not the first word of a name. */
  nounCircumfixes?: readonly (readonly [string, string])[];
  /** Verb prefixes, active (`meN-`, `ber-`) and passive or stative (`di-`, `ter-`): a word made
   *  of one and enough lower-case letters reads as a verb the word lists lack. */
  verbPrefixes?: { active: readonly string[]; passive: readonly string[] };
  /** Words of a passive prefix's shape that are not verbs (determiners, prepositions,
   *  superlatives: `tersebut`, `terhadap`, `dirinya`). */
  passiveLookalikes?: readonly string[];
  /** Words of an active prefix's shape that are not verbs (`menteri`, `mereka`, `berbagai`). */
  activeLookalikes?: readonly string[];
  /** `ber-` verbs that modify a noun (`fitur bernama X`, `layanan berbasis suara`): not a predicate. */
  attributiveVerbs?: readonly string[];
  /** Words that open a purpose phrase (`guna`, `demi`): what follows is no clause of its own. */
  purposeMarkers?: readonly string[];
  /** Words that may stand between the quotation and the cue (`demikian kata X`). */
  cueLeaders: readonly string[];
  /** Connectives after which a name still opens its clause (`, dan X mengatakan`). */
  clauseConnectives: readonly string[];
  /** Conjunctions that join a second report to the first inside one sentence (`X menjelaskan …,
   *  namun ia memastikan …`, `membantah … dan juga membantah …`). */
  reportCoordinators?: readonly string[];
  /** Legal forms written in brackets after a company's name (`PT Pertamina (Persero)`): part of
   *  the name, unlike a short form in brackets (`Bank Samudra (BSR) Group`). */
  legalForms?: readonly string[];
  /** Complementisers that open a purpose phrase, not a request's clause, before a derived noun. */
  purposeComplementisers?: readonly string[];
  /** Connectives after which a pronoun is still a subject (`bahwa dia mengatakan`; after any
   *  other lower-case word, `kepada dia`, it is an object). */
  pronounConnectives: readonly string[];
  /** Words before a person's name that leave it in subject position when the article
   *  introduces the person (`menurut X`, `oleh X`); after other lower-case words it is an object. */
  subjectConnectives: readonly string[];
  /** Verbs that report speech before a clause or a colon (`X mengatakan, …`). They take a clause
   *  whatever follows them. */
  clauseVerbs: readonly string[];
  /** Verbs that report speech but as often take a noun object (`menjelaskan Project S`): they
   *  count only before a comma, a complementiser, or a word that opens a clause. */
  objectVerbs: readonly string[];
  /** Verbs of requesting and urging: `meminta X untuk …` reports the request (guideline). */
  requestVerbs: readonly string[];
  /** Words after which an object verb still opens a clause (auxiliaries, predicates). */
  clauseOpeners: readonly string[];
  /** Words that, right after an object verb, mark feeling rather than speech (`mengaku bangga`). */
  feelingWords: readonly string[];
  /** Words that make what follows a verb a noun phrase (`membantah adanya …`). */
  nominalisers: readonly string[];
  /** `menurut`: the source comes next, then the clause. Lower case. */
  accordingTo: readonly string[];
  /** Nouns after `menurut` that are documents, not speakers (`Menurut data …`). */
  notSpeakerSources: readonly string[];
  /** News agencies and outlets that reports cite (`Reuters`, `Xinhua`, `AFP`): a citation of the
   *  medium, not a speaker of reported speech (`Reuters melaporkan, …`, `Menurut The Guardian, …`). */
  newsOutlets?: readonly string[];
  /** Phrases that credit an outlet after reported speech (`seperti dikutip`, `dilansir`): the
   *  reported clause ends before them. Lower case. */
  mediaCitations?: readonly string[];
  /** Complementisers dropped from the front of a reported clause (`bahwa`, `agar`). */
  complementisers: readonly string[];
  /** Pronouns that stand for a person speaker (`dia`, `ia`, `beliau`). Lower case. */
  pronouns: readonly string[];
  /** Words that make a plural group of people of the noun after them (`para Penggugat`). Lower case. */
  groupPrefixes?: readonly string[];
  /** Subjects that point back to what was just said (`hal itu`, `pernyataan tersebut`), before a
   *  passive cue and its source (`Hal itu disampaikan Menteri X`): the sentence before is reported
   *  speech of that source. Lower case, space-separated. */
  anaphoricSubjects?: readonly string[];
  /** Adverbial phrases that open a sentence before its subject without a comma (`Lebih lanjut
   *  Erick mengatakan`, `Meski demikian Messi menegaskan`). Lower case, space-separated. */
  sentenceAdverbs?: readonly string[];
  /** Relative pronouns that open a clause about the noun before them (`yang`). Lower case. */
  relativisers?: readonly string[];
  /** Words for "his/its side" (`pihaknya`): the body or person that spoke just before. Lower case. */
  groupPronouns?: readonly string[];
  /** Reflexive objects (`diri`): `memastikan diri lolos` secures a place, it reports nothing. Lower case. */
  reflexives?: readonly string[];
  /** Nouns for a person (`wanita`, `sosok`) that, with a relative clause and a demonstrative,
   *  describe someone named before (`Wanita yang akrab disapa X ini mengatakan`). Lower case. */
  personNouns?: readonly string[];
  /** Plural personal pronouns among the group pronouns (`mereka`): a group or a body that spoke
   *  before, never one person; they come after a noun as a possessive too (`jadwal mereka`). */
  pluralPronouns?: readonly string[];
  /** Words that end a descriptive noun phrase standing for a speaker (`pria ini`). */
  anaphoricDeterminers: readonly string[];
  /** Adverbs and particles allowed between a subject and its verb (`Dia pun mengakui`). */
  subjectVerbFillers: readonly string[];
  /** Prepositions of a reporting verb's topic or addressee (`berkomentar soal …`, `mengatakan
   *  kepada wartawan, …`): the reported clause comes only after a comma or complementiser. */
  objectPrepositions?: readonly string[];
  /** Prepositions of a `-nya` noun saying where words were said, between a subject and its verb
   *  (`X dalam sambutannya mengatakan`). Lower case. */
  settingPrepositions?: readonly string[];
  /** Lower-case words that end a speaker's noun phrase after a cue (`kata X kepada …`). */
  speakerPhraseStops: readonly string[];
  /** Function words that typing glues to the name before them (`kata JKsaat ditemui`): a word made
   *  of capitals, or of a name the article also writes alone, followed by one of these is split. */
  gluedFunctionWords?: readonly string[];
  /** Words that begin a role before a name (`Menteri`, `Kepala`, `tokoh`, `Head`). */
  roleHeads: readonly string[];
  /** Words that say where a person is from (`pelatih asal Malang`): the name after them is a place. */
  originMarkers?: readonly string[];
  /** Position words that are also common surnames (`Lucky Hakim`): after a name word, part of the name. */
  surnameRoles?: readonly string[];
  /** Roles of a spokesperson (`juru bicara`): such a role without a name speaks for its body. */
  spokespersonRoles?: readonly string[];
  /** First words of roles held for another person (`kuasa hukum X`, `istri X`): the name after
   *  such a role may be the client's, not the speaker's. */
  relationalRoles?: readonly string[];
  /** Position words that name a kind of people rather than one post (`pejabat`, `petugas`): a
   *  role phrase headed by one, with no name, is a description of the source (`Pejabat AS`). */
  groupRoles?: readonly string[];
  /** Nouns for a source the article does not name (`sumber`, `saksi mata`): as the subject of a
   *  reporting verb, the quote has no speaker. Lower case; several words allowed. */
  unnamedSources?: readonly string[];
  /** Nouns for a body of people (`majelis`, `tim`): followed by lower-case nouns as a subject
   *  (`Majelis hakim menilai`), the group speaks. Lower case. */
  collectiveNouns?: readonly string[];
  /** Of those, the nouns for an informant after which a name says whom the source is close to
   *  (`sumber terdekat Beyonce`), not who the source is. Lower case. */
  informantSources?: readonly string[];
  /** Indefinite determiners (`seorang`, `sejumlah`): before a position word or a group noun, the
   *  source is someone not named. Lower case; several words allowed. */
  indefiniteDeterminers?: readonly string[];
  /** Relative clauses that withhold a source's name (`enggan disebut namanya`), after `yang`:
   *  the subject they describe is not named. Lower case word sequences. */
  anonymityPhrases?: readonly string[];
  /** Days and times of day written between a subject and its verb (`X pada Selasa (4/4) menyatakan`,
   *  `X hari ini mengatakan`), and the prepositions before them (`pada`). */
  speechTimes?: readonly string[];
  speechTimePrepositions?: readonly string[];
  /** Capitalised words that belong to a role or an institution, not to a name (`Pertanian`). */
  roleWords: readonly string[];
  /** Lower-case words allowed inside a role phrase (`bidang`, `dan`, `of`). */
  roleConnectors: readonly string[];
  /** Prepositions inside a position before a name (`Duta Besar Indonesia untuk Arab Saudi X`,
   *  `Kepala Perwakilan Bank Dunia di Indonesia X`): only inside a run headed by a position word. */
  rolePrepositions?: readonly string[];
  /** Words that start an organisation name (`PT`, `Kementerian`); a speaker so named is one. */
  organisationHeads: readonly string[];
  /** Lower-case words after which a capitalised word is a place, not a name (`di`, `ke`). */
  placeTriggers: readonly string[];
  /** Generic bodies written as `pihak X` or alone (`pihak kepolisian`, `polisi`). */
  organisationPrefixes: readonly string[];
  /** Pairs [minister title, ministry head]: `Menteri Pertanian` → `Kementerian Pertanian`. */
  ministryOf: readonly (readonly [string, string])[];
  /** Honorifics and ranks written before a name (stripped from the canonical name). */
  personTitles: readonly string[];
  /** Lower-case particles inside personal names (`bin`, `van`). */
  nameParticles: readonly string[];
  /** Markers that introduce a nickname after a name (`alias`, `akrab disapa`). */
  nicknameMarkers: readonly string[];
  /** Capitalised words that start sentences but never names (`Sementara`, `Namun`). */
  notNames: readonly string[];
  /** Nouns before a quoted term that make it a title or term, not a quotation (`program`). */
  termNouns: readonly string[];
}
