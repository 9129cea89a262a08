// The languages that language identification chooses among: the ones warta analyses (id, en)
// and the ones franc 6 confuses them with. franc's Latin-script models for the languages of
// Indonesia and Malaysia are Malay (`zlm`), Javanese, Sundanese, Minangkabau, Madurese,
// Balinese, Buginese and Acehnese; the first four have word lists (src/lang/<code>/language.ts),
// the others are identified by franc's trigrams alone. franc has no `zsm` (Standard Malay)
// model: its `zlm` model is what it knows of Malay.
import type { LanguageProfile } from './language-lexicon.js';
import { language as indonesian } from './id/language.js';
import { language as english } from './en/language.js';
import { language as malay } from './ms/language.js';
import { language as javanese } from './jv/language.js';
import { language as sundanese } from './su/language.js';
import { language as minangkabau } from './min/language.js';

/** Regional languages are written in news far less often than Indonesian, English or Malay:
 *  their prior is lower (in nats, against a language without a prior). */
export const REGIONAL_PRIOR = -1;

const trigramsOnly = (code: string, iso639_3: string, name: string): LanguageProfile => ({
  code,
  iso639_3,
  name,
  commonWords: [],
  distinctiveWords: [],
  distinctFrom: [],
  prior: REGIONAL_PRIOR,
});

export const identifiableLanguages: readonly LanguageProfile[] = [
  indonesian,
  english,
  malay,
  { ...javanese, prior: REGIONAL_PRIOR },
  { ...sundanese, prior: REGIONAL_PRIOR },
  { ...minangkabau, prior: REGIONAL_PRIOR },
  trigramsOnly('mad', 'mad', 'Madurese'),
  trigramsOnly('ban', 'ban', 'Balinese'),
  trigramsOnly('bug', 'bug', 'Buginese'),
  trigramsOnly('ace', 'ace', 'Acehnese'),
];

export type { LanguageProfile } from './language-lexicon.js';
