// The one place where the CLI turns an input into an output record: an article through
// analyze(), or an error record (contract: OUTPUT-CONTRACT.md, "Streams") for an input that
// failed to be read, is empty, or made the analysis throw. Pure apart from analyze() itself,
// so a worker thread can run it as well as the main thread.
import { analyze } from '../engine/pipeline.js';
import { SCHEMA_VERSION, type AnalyzeOptions, type ArticleError, type ArticleOutput } from '../types.js';
import type { ArticleInput, InputFailure } from './inputs.js';

/** The options of a run that apply to every article. */
export type RunAnalyzeOptions = Pick<AnalyzeOptions, 'refDate' | 'lang'>;

export function analyzeInput(input: ArticleInput, options: RunAnalyzeOptions): ArticleOutput {
  const where = input.source ? { file: input.source } : {};
  // An empty article is an input problem, not an article: report it, do not emit zeros.
  if (input.text.trim() === '') {
    return errorRecord({ id: input.id, source: input.source, code: 'empty', message: 'empty input (no text to analyse)', ...where });
  }
  try {
    return analyze(input.text, {
      id: input.id,
      source: input.source,
      title: input.title ?? null,
      published: input.published ?? null,
      refDate: options.refDate ?? null,
      lang: options.lang ?? null,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return errorRecord({ id: input.id, source: input.source, code: 'analysis-failed', message: `analysis failed: ${message}`, ...where });
  }
}

export function errorRecord(failure: InputFailure['failure']): ArticleError {
  const { id, source, ...error } = failure;
  return { schema: SCHEMA_VERSION, id, source, error };
}

/** How messages on stderr name an input: the path as given, or `stdin`. */
export function inputName(record: { id: string | null; source: string | null }): string {
  return record.source ?? record.id ?? 'input';
}
