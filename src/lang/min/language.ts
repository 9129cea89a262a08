// Minangkabau: not analysed; identified so that a Minangkabau text gets a warning.
import type { LanguageProfile } from '../language-lexicon.js';

// Minangkabau function words whose Indonesian forms differ (indak/tidak, alah/sudah, jo/dengan,
// ado/ada, untuak/untuk, sajo/saja, iko/ini, pado/pada), after the Minangkabau Wikipedia's
// grammar notes. `nan` (also literary Indonesian) is left out.
export const commonWords = [
  'indak', 'alah', 'jo', 'dek', 'ado', 'baa', 'sado', 'untuak', 'bana', 'ambo', 'sajo', 'ciek',
  'pado', 'iko', 'urang', 'lai', 'baliau',
] as const;

export const language: LanguageProfile = {
  code: 'min',
  iso639_3: 'min',
  name: 'Minangkabau',
  commonWords,
  distinctiveWords: [],
  distinctFrom: [],
};
