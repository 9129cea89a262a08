// The plug points of the pipeline. An extractor adds one kind of item to the result; a refiner
// runs after all extractors and mends items across kinds (aliases, speaker coreference).
import type { ArticleDoc } from './document.js';
import type { LanguagePack } from '../lang/types.js';
import type { AnalyzeOptions, ArticleResult } from '../types.js';

export interface ExtractionContext {
  doc: ArticleDoc;
  pack: LanguagePack;
  /** The result being built; extractors append to their own arrays and may read earlier ones. */
  result: ArticleResult;
  options: AnalyzeOptions;
}

export interface Extractor {
  /** Stable id, also the prefix of its items' rule ids. */
  id: string;
  extract(ctx: ExtractionContext): void;
}

export interface Refiner {
  id: string;
  refine(ctx: ExtractionContext): void;
}
