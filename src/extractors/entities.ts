// entities: organisations, people and places with their aliases (issue 5). The work lives in
// ./entities/: tokens, the compiled lexicon, the tagger, candidates and grouping.
import type { Extractor } from '../engine/extractor.js';
import { extractEntities } from './entities/extract.js';

export const entityExtractor: Extractor = {
  id: 'entities',
  extract: extractEntities,
};
