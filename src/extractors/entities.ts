// entities: see issue 5. Until it lands, this extractor adds nothing (never invented values).
import type { Extractor } from '../engine/extractor.js';

export const entityExtractor: Extractor = {
  id: 'entities',
  extract() {},
};
