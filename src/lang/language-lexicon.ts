// What language identification knows about one language, beyond franc's trigram model: the
// words that count as evidence for it. The detector (src/extractors/language.ts) adds one
// weight per occurrence of a word of these lists in the text it samples.

export interface LanguageProfile {
  /** ISO 639-1 where there is one (`id`, `ms`), else ISO 639-3 (`min`): the contract's `code`. */
  code: string;
  /** franc's ISO 639-3 code for the language's trigram model. */
  iso639_3: string;
  name: string;
  /** Frequent function words: evidence against unrelated languages. They count only where the
   *  text writes them in lower case, so that names (Dina, Tina) do not. Close relatives may
   *  share them (Indonesian and Malay do), and then they weigh the same on both sides. */
  commonWords: readonly string[];
  /** Words frequent in this language and rare in the relatives franc confuses it with (listed
   *  in `distinctFrom`): the tie-break between Indonesian and Malay. Each occurrence counts
   *  against those relatives, not for this language, so `rupiah` in an English sentence weighs
   *  against Malay but not against English. Listed in lower case, counted in any case (`Senin`,
   *  `DPR`, `Rp`). */
  distinctiveWords: readonly string[];
  /** Codes of the relatives that `distinctiveWords` tell this language apart from. */
  distinctFrom: readonly string[];
  /** Log-odds (nats) in favour of this language before any evidence: how much more often it is
   *  expected in warta's input than each other candidate. 0 when absent. */
  prior?: number;
}
