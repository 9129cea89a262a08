// English: analysed with the same extractors and a smaller vocabulary.
import type { LanguagePack } from '../types.js';
import { document } from './document.js';
import { quotes } from './quotes.js';
import { entities } from './entities.js';
import { figures } from './figures.js';
import { dates } from './dates.js';

export const english: LanguagePack = {
  code: 'en',
  iso639_3: 'eng',
  name: 'English',
  document,
  quotes,
  entities,
  figures,
  dates,
};
