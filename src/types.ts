// The output contract (../shared/OUTPUT-CONTRACT.md, schema "warta/1") as TypeScript types.
// Offsets count Unicode code points into the article text as read; `end` is exclusive.

export const SCHEMA_VERSION = 'warta/1' as const;

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface LanguageGuess {
  code: string;
  confidence: number;
}

export interface LanguageInfo {
  /** ISO 639-1 where there is one (`id`, `en`, `ms`), else ISO 639-3, or `und`. */
  code: string;
  iso639_3: string;
  confidence: number;
  alternatives: LanguageGuess[];
}

export interface ArticleStats {
  characters: number;
  paragraphs: number;
  sentences: number;
  tokens: number;
}

export type SpeakerResolution = 'name' | 'alias' | 'pronoun' | 'nya' | 'continuation';

export interface Speaker {
  name: string;
  /** Id of the person (or organisation) entity this speaker is, or null. */
  entity: string | null;
  mention: Span | null;
  resolved: SpeakerResolution;
  role: Span | null;
  affiliation: Span | null;
}

export interface Quote {
  id: string;
  kind: 'direct' | 'indirect' | 'mixed';
  rule: string;
  text: string;
  span: Span;
  cue: Span | null;
  speaker: Speaker | null;
}

export interface Entity {
  id: string;
  name: string;
  rule: string;
  aliases: string[];
  mentions: Span[];
  roles?: string[];
}

export interface Figure {
  text: string;
  start: number;
  end: number;
  rule: string;
  value: number;
  kind: 'count' | 'money' | 'percent' | 'quantity';
  unit: string | null;
  approximate: boolean;
  range: { min: number | null; max: number | null } | null;
  qualifier: string | null;
}

export interface DateMention {
  text: string;
  start: number;
  end: number;
  rule: string;
  type: 'date' | 'time' | 'duration' | 'set';
  value: string | null;
  relative: boolean;
}

export interface ArticleResult {
  schema: typeof SCHEMA_VERSION;
  id: string;
  source: string | null;
  title: string | null;
  published: string | null;
  language: LanguageInfo;
  stats: ArticleStats;
  quotes: Quote[];
  organisations: Entity[];
  people: Entity[];
  places: Entity[];
  figures: Figure[];
  dates: DateMention[];
  warnings: string[];
}

export interface ArticleError {
  schema: typeof SCHEMA_VERSION;
  id: string | null;
  source: string | null;
  error: { code: string; message: string; file?: string; line?: number };
}

export type ArticleOutput = ArticleResult | ArticleError;

export function isArticleError(o: ArticleOutput): o is ArticleError {
  return (o as ArticleError).error !== undefined;
}

/** Options of `analyze()`. */
export interface AnalyzeOptions {
  id?: string;
  source?: string | null;
  /** Title from the input's metadata; else the first short headline-like line. */
  title?: string | null;
  /** Publication date from metadata (YYYY-MM-DD or ISO date-time). */
  published?: string | null;
  /** Reference date when metadata has none (`--ref-date`). */
  refDate?: string | null;
  /** Force the language (`--lang id|en`) instead of detecting it. */
  lang?: string | null;
}
