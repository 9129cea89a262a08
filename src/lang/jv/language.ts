// Javanese: not analysed; identified so that a Javanese text gets a warning.
import type { LanguageProfile } from '../language-lexicon.js';

// Javanese function words of ngoko and krama that Indonesian does not use (the grammar words of
// Javanese textbooks, e.g. Robson, "Javanese Grammar for Students"). Words that are also
// Indonesian names or words (karo, yen, wong, ana, kang, saka) are left out.
export const commonWords = [
  'sing', 'lan', 'ing', 'iki', 'iku', 'kuwi', 'ora', 'kanggo', 'uga', 'wis', 'arep', 'dadi',
  'marang', 'nalika', 'kanthi', 'kabeh', 'luwih', 'mung', 'durung', 'isih', 'sawise',
  'sadurunge', 'kudu', 'menawa', 'amarga', 'banjur', 'nanging', 'utawa', 'saiki', 'punika',
  'menika', 'kaliyan', 'saking', 'badhe', 'sampun', 'dereng', 'wonten', 'boten', 'mboten',
  'inggih', 'kula', 'panjenengan', 'dheweke', 'kowe', 'pancen', 'tansah', 'akeh', 'gedhe',
  'cilik', 'apik', 'becik', 'ngandika', 'ngendika',
] as const;

export const language: LanguageProfile = {
  code: 'jv',
  iso639_3: 'jav',
  name: 'Javanese',
  commonWords,
  distinctiveWords: [],
  distinctFrom: [],
};
