// Records as the batch machinery passes them around without loading the analysis: what names
// a record once its text has gone to a worker, and the contract's error record for it.
import { SCHEMA_VERSION, type ArticleError } from '../types.js';
import type { ArchiveArticle, ArchiveFailure } from './archives.js';

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

/** The contract's error record for a record (`error` carries file and line). */
export function errorOutput(record: RecordMeta, code: string, message: string): ArticleError {
  const error: ArticleError['error'] = { code, message };
  if (record.file !== null) error.file = record.file;
  if (record.line !== null) error.line = record.line;
  return { schema: SCHEMA_VERSION, id: record.id, source: record.source, error };
}

/** The error record of a record that could not be read. */
export function failureOutput(failure: ArchiveFailure): ArticleError {
  return errorOutput(failure, failure.code, failure.message);
}

/** How messages on stderr name a record: `file:line`, `file`, `stdin:line` or `stdin`. */
export function recordPlace(meta: { file: string | null; line: number | null }): string {
  const file = meta.file ?? 'stdin';
  return meta.line !== null ? `${file}:${meta.line}` : file;
}
