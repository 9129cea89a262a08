// Indonesian (Bahasa Indonesia): the language warta is built for.
import type { LanguagePack } from '../types.js';
import { document } from './document.js';
import { quotes } from './quotes.js';
import { entities } from './entities.js';
import { figures } from './figures.js';
import { dates } from './dates.js';

export const indonesian: LanguagePack = {
  code: 'id',
  iso639_3: 'ind',
  name: 'Indonesian',
  document,
  quotes,
  entities,
  figures,
  dates,
};
