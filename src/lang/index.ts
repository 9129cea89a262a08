// The languages warta analyses. Adding a language is adding a folder and a line here.
import type { LanguagePack } from './types.js';
import { indonesian } from './id/index.js';
import { english } from './en/index.js';

export const languagePacks: Readonly<Record<string, LanguagePack>> = {
  id: indonesian,
  en: english,
};

export function languagePack(code: string): LanguagePack | undefined {
  return languagePacks[code];
}

export type { LanguagePack } from './types.js';
