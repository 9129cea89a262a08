// figures: see issue 6. Until it lands, this extractor adds nothing (never invented values).
import type { Extractor } from '../engine/extractor.js';

export const figureExtractor: Extractor = {
  id: 'figures',
  extract() {},
};
