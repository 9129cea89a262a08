// normalise → segment → detect language → extractors → refiners. Pure: no I/O, no argv.
import { ArticleDoc } from './document.js';
import type { Extractor, Refiner, ExtractionContext } from './extractor.js';
import { languagePack, languagePacks } from '../lang/index.js';
import { detectLanguage, forcedLanguage } from '../extractors/language.js';
import { dateExtractor } from '../extractors/dates.js';
import { figureExtractor } from '../extractors/figures.js';
import { entityExtractor } from '../extractors/entities.js';
import { quoteExtractor } from '../extractors/quotes.js';
import { speakerRefiner } from '../refiners/speakers.js';
import { SCHEMA_VERSION, type AnalyzeOptions, type ArticleResult } from '../types.js';

/** In order: dates before figures (a year is not a figure), entities before quotes (speakers). */
export const extractors: readonly Extractor[] = [dateExtractor, figureExtractor, entityExtractor, quoteExtractor];
export const refiners: readonly Refiner[] = [speakerRefiner];

const documentLexicons = Object.values(languagePacks).map((p) => p.document);

/** `2017-03-28T11:15` → `2017-03-28`; anything that is not a date → null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Analyse one article: the contract's article object (../shared/OUTPUT-CONTRACT.md). */
export function analyze(text: string, options: AnalyzeOptions = {}): ArticleResult {
  const doc = new ArticleDoc(text, documentLexicons, options.title);
  const forced = options.lang ? languagePack(options.lang) : undefined;
  if (options.lang && !forced) {
    throw new Error(`unsupported language "${options.lang}" (supported: ${Object.keys(languagePacks).join(', ')})`);
  }
  const language = forced ? forcedLanguage(forced.code, forced.iso639_3) : detectLanguage(doc.contentText());
  const result: ArticleResult = {
    schema: SCHEMA_VERSION,
    id: options.id ?? 'article',
    source: options.source ?? null,
    title: doc.title,
    published: toIsoDate(options.published) ?? toIsoDate(options.refDate),
    language,
    stats: {
      characters: doc.length,
      paragraphs: doc.paragraphs.filter((p) => p.kind === 'content' || p.kind === 'title').length,
      sentences: doc.sentences.length,
      tokens: doc.tokens.length,
    },
    quotes: [],
    organisations: [],
    people: [],
    places: [],
    figures: [],
    dates: [],
    warnings: [],
  };
  if (doc.text.trim() === '') {
    result.warnings.push('empty article: nothing to analyse');
    return result;
  }
  const pack = languagePack(language.code);
  if (!pack) {
    result.warnings.push(
      `language "${language.code}" is not analysed (supported: ${Object.keys(languagePacks).join(', ')}); use --lang to force one`,
    );
    return result;
  }
  const ctx: ExtractionContext = { doc, pack, result, options };
  for (const e of extractors) e.extract(ctx);
  for (const r of refiners) r.refine(ctx);
  return result;
}
