// Speaker coreference and linking quotes to person entities: see issue 4.
import type { Refiner } from '../engine/extractor.js';

export const speakerRefiner: Refiner = {
  id: 'speakers',
  refine() {},
};
