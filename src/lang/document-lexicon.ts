// What the article model needs to know about a language: abbreviations that end in a full
// stop but do not end a sentence, and the boilerplate lines that scrapers leave in the text.

export interface BoilerplatePattern {
  /** Stable rule id, e.g. `id.boilerplate.baca-juga`. */
  id: string;
  /** Matched against one trimmed line. */
  pattern: RegExp;
  /** The line is a heading of links (`Baca Juga:` alone): the short lines that follow it, up to
   *  the first line that ends like a sentence, are its links and marked with the same rule. */
  headsLinks?: boolean;
}

export interface DocumentLexicon {
  /** Abbreviations written with their final full stop (`Jl.`, `Tbk.`); matched case-sensitively. */
  abbreviations: readonly string[];
  /** Whole lines that are not content (`Baca juga: ...`, `ADVERTISEMENT`). */
  boilerplate: readonly BoilerplatePattern[];
  /** Abbreviations that may also end a sentence (`dll.`, `Tbk.`): a split after them stays
   *  when the next sentence starts with a capital. All others never end a sentence. */
  sentenceFinalAbbreviations: readonly string[];
  /** Section labels that scraped pages leave alone on the first line (`Market`, `Nasional`). */
  sectionLabels: readonly string[];
  /** Starts of a lead paragraph that name the place or the outlet (`Jakarta, CNN Indonesia --`,
   *  `Merdeka.com -`): a paragraph that starts so is the lead, never a title. */
  datelines: readonly RegExp[];
}
