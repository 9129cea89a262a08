// Language identification: franc restricted to the languages warta analyses and the ones it
// is confused with, then a tie-break between Indonesian and Malay from marker words.
import { francAll } from 'franc';
import type { LanguageInfo } from '../types.js';

/** ISO 639-3 codes franc may answer with, and the codes warta reports for them. */
const CANDIDATES: Readonly<Record<string, string>> = {
  ind: 'id',
  zlm: 'ms',
  zsm: 'ms',
  eng: 'en',
  jav: 'jv',
  sun: 'su',
};

export function detectLanguage(text: string): LanguageInfo {
  const guesses = francAll(text, { only: Object.keys(CANDIDATES), minLength: 10 });
  const [best] = guesses;
  if (!best || best[0] === 'und') return { code: 'und', iso639_3: 'und', confidence: 0, alternatives: [] };
  const total = guesses.reduce((sum, [, score]) => sum + score, 0);
  const share = (score: number) => Math.round((score / total) * 100) / 100;
  return {
    code: CANDIDATES[best[0]] ?? best[0],
    iso639_3: best[0],
    confidence: share(best[1]),
    alternatives: guesses.slice(1, 3).map(([code, score]) => ({ code: CANDIDATES[code] ?? code, confidence: share(score) })),
  };
}

/** The contract's language object for a language forced with `--lang`. */
export function forcedLanguage(code: string, iso639_3: string): LanguageInfo {
  return { code, iso639_3, confidence: 1, alternatives: [] };
}
