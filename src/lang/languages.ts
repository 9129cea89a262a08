// The languages that language identification chooses among: the ones warta analyses (id, en)
// and the ones franc 6 confuses them with. franc's Latin-script models for the languages of
// Indonesia and Malaysia are Malay (`zlm`), Javanese, Sundanese, Minangkabau, Madurese,
// Balinese, Buginese and Acehnese. The first four, each with its word list
// (src/lang/<code>/language.ts), are candidates; Madurese, Balinese, Buginese and Acehnese are
// left out: franc's cost grows with every candidate (ten of them cost twice as much as five),
// they are rarely the language of a news article, and the paragraphs of IndoSum that franc gave
// them were Indonesian (lists of names, scores). franc has no `zsm` (Standard Malay) model: its
// `zlm` model is what it knows of Malay.
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

export const identifiableLanguages: readonly LanguageProfile[] = [
  indonesian,
  english,
  malay,
  { ...javanese, prior: REGIONAL_PRIOR },
  { ...sundanese, prior: REGIONAL_PRIOR },
  { ...minangkabau, prior: REGIONAL_PRIOR },
];

export type { LanguageProfile } from './language-lexicon.js';
