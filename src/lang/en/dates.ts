import type { DateLexicon } from '../date-lexicon.js';

export const dates: DateLexicon = {};
