// Sundanese: not analysed; identified so that a Sundanese text gets a warning.
import type { LanguageProfile } from '../language-lexicon.js';

// Sundanese function words that Indonesian does not use (the grammar words of Sundanese
// textbooks and of the Sundanese Wikipedia), with and without the accent of é. Words that are
// also Indonesian (jadi, bakal, masih, teh) are left out.
export const commonWords = [
  'nu', 'jeung', 'ieu', 'éta', 'eta', 'teu', 'henteu', 'pikeun', 'kana', 'dina', 'ku', 'geus',
  'keur', 'bari', 'atawa', 'ogé', 'oge', 'nyaéta', 'nyaeta', 'sanggeus', 'saméméh', 'samemeh',
  'loba', 'leuwih', 'ngan', 'abdi', 'anjeun', 'sarta', 'tina', 'ayeuna', 'kabéh', 'waé', 'wae',
  'urang', 'aya', 'tacan',
] as const;

export const language: LanguageProfile = {
  code: 'su',
  iso639_3: 'sun',
  name: 'Sundanese',
  commonWords,
  distinctiveWords: [],
  distinctFrom: [],
};
