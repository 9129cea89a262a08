// dates: see issue 7. Until it lands, this extractor adds nothing (never invented values).
import type { Extractor } from '../engine/extractor.js';

export const dateExtractor: Extractor = {
  id: 'dates',
  extract() {},
};
