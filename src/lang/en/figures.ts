import type { FigureLexicon } from '../figure-lexicon.js';

export const figures: FigureLexicon = {};
