// One archive record → one output record: the article through analyze() (a saved HTML page
// first turned into text, title and date), or the contract's error record in its place. Runs
// in a pool worker (worker.ts) or, for a single article or `--jobs 0`, in the main thread.
import { analyze } from '../engine/pipeline.js';
import { SCHEMA_VERSION, type ArticleError, type ArticleOutput } from '../types.js';
import type { ArchiveArticle, ArchiveFailure } from './archives.js';
import { extractHtmlArticle, loadHtmlLibraries } from './html.js';

/** The options of a run that apply to every article. */
export interface RecordAnalysisOptions {
  refDate?: string | null;
  lang?: string | null;
}

/** What a record keeps once its text has gone to analysis: enough to name it in messages. */
export type RecordMeta = Omit<ArchiveArticle, 'text' | 'html'> | ArchiveFailure;

export function metaOf(record: ArchiveArticle | ArchiveFailure): RecordMeta {
  if (record.kind === 'error') return record;
  const { text: _text, html: _html, ...meta } = record;
  return meta;
}

export async function analyzeRecord(article: ArchiveArticle, options: RecordAnalysisOptions): Promise<ArticleOutput> {
  let text = article.text ?? '';
  let title = article.title ?? null;
  let published = article.published ?? null;
  try {
    if (article.html !== undefined) {
      await loadHtmlLibraries();
      const page = extractHtmlArticle(article.html);
      text = page.text;
      title ??= page.title;
      published ??= page.published;
    }
  } catch (err) {
    return errorOutput(article, 'no-article', `HTML page: ${messageOf(err)}`);
  }
  // An empty article is an input problem, not an article: report it, do not emit zeros.
  if (text.trim() === '') return errorOutput(article, 'empty', 'empty input (no text to analyse)');
  try {
    return analyze(text, {
      id: article.id,
      source: article.source,
      title,
      published,
      refDate: options.refDate ?? null,
      lang: options.lang ?? null,
    });
  } catch (err) {
    return errorOutput(article, 'analysis-failed', `analysis failed: ${messageOf(err)}`);
  }
}

/** The contract's error record for a record (`error` carries file and line). */
export function errorOutput(record: RecordMeta, code: string, message: string): ArticleError {
  const error: ArticleError['error'] = { code, message, file: record.file };
  if (record.line !== null) error.line = record.line;
  return { schema: SCHEMA_VERSION, id: record.id, source: record.source, error };
}

/** The error record of a record that could not be read. */
export function failureOutput(failure: ArchiveFailure): ArticleError {
  return errorOutput(failure, failure.code, failure.message);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
