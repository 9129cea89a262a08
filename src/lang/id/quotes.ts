import type { QuoteLexicon } from '../quote-lexicon.js';

export const quotes: QuoteLexicon = {};
