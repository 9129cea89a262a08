// The LanguagePack contract: everything the analysis knows about one language, as data.
// A pack never imports the engine, the extractors or the CLI. Each section's shape lives in
// its own file beside this one, so that each extractor's vocabulary can grow on its own.
import type { DocumentLexicon } from './document-lexicon.js';
import type { QuoteLexicon } from './quote-lexicon.js';
import type { EntityLexicon } from './entity-lexicon.js';
import type { FigureLexicon } from './figure-lexicon.js';
import type { DateLexicon } from './date-lexicon.js';

export interface LanguagePack {
  /** ISO 639-1 code (`id`, `en`). */
  code: string;
  iso639_3: string;
  name: string;
  document: DocumentLexicon;
  quotes: QuoteLexicon;
  entities: EntityLexicon;
  figures: FigureLexicon;
  dates: DateLexicon;
}

export type { DocumentLexicon, QuoteLexicon, EntityLexicon, FigureLexicon, DateLexicon };
