import type { LanguageProfile } from '../language-lexicon.js';

// The most frequent English function words (the top of the usual English stop-word lists,
// e.g. the Brown corpus frequency list), so that a short English sentence full of Indonesian
// names still weighs as English.
export const commonWords = [
  'the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at',
  'from', 'it', 'be', 'are', 'were', 'has', 'have', 'had', 'said', 'will', 'would', 'not', 'but',
  'which', 'who', 'their', 'they', 'this', 'an', 'its', 'been', 'after', 'than', 'also',
] as const;

export const language: LanguageProfile = {
  code: 'en',
  iso639_3: 'eng',
  name: 'English',
  commonWords,
  distinctiveWords: [],
  distinctFrom: [],
};
