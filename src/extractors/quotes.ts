// quotes: see issue 4. Until it lands, this extractor adds nothing (never invented values).
import type { Extractor } from '../engine/extractor.js';

export const quoteExtractor: Extractor = {
  id: 'quotes',
  extract() {},
};
