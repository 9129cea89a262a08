// What the quote extractor hands to the speaker refiner: for each quote, how its speaker was
// named at the attribution (a name, a pronoun, a `-nya` cue, a role, a body, or nothing), as
// UTF-16 ranges. The refiner turns these into canonical speakers, roles and entity links.
import type { ArticleResult, Quote } from '../../types.js';
import type { PhraseKind, PhraseReader } from './phrases.js';

export type AttributionKind = PhraseKind | 'continuation' | 'none';

export interface Attribution {
  quote: Quote;
  kind: AttributionKind;
  /** UTF-16 range of the mention, or null. */
  mention: [number, number] | null;
  /** UTF-16 range of the name part (person or organisation), or null. */
  name: [number, number] | null;
  /** UTF-16 range of a role given in the attribution frame, or null. */
  role: [number, number] | null;
  /** Where the attribution is read (the cue, else the quote): pronouns resolve before it. */
  position: number;
  /** Paragraph index of the quote. */
  paragraph: number;
  /** UTF-16 span of the quote. */
  start: number;
  end: number;
}

export interface QuoteAnalysis {
  reader: PhraseReader;
  attributions: Attribution[];
  /** UTF-16 ranges inside quotation marks (never read as narration). */
  quoted: [number, number][];
}

const analyses = new WeakMap<ArticleResult, QuoteAnalysis>();

export function rememberAnalysis(result: ArticleResult, analysis: QuoteAnalysis): void {
  analyses.set(result, analysis);
}

export function recallAnalysis(result: ArticleResult): QuoteAnalysis | undefined {
  return analyses.get(result);
}
