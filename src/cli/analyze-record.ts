// One archive record → one output record: the article through analyze() (a saved HTML page
// first turned into text, title and date), or the contract's error record in its place. Runs
// in a pool worker (worker.ts) or, for a single article or `--jobs 0`, in the main thread.
import { analyze } from '../engine/pipeline.js';
import type { ArticleOutput } from '../types.js';
import type { ArchiveArticle } from './archives.js';
import { extractHtmlArticle, loadHtmlLibraries } from './html.js';
import { errorOutput, type RecordAnalysisOptions } from './records.js';

export type { RecordAnalysisOptions } from './records.js';

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

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
