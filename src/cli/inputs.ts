// Inputs → articles: what `warta analyze` reads. Files named on the command line, folders
// (walked recursively), globs, `-` (or nothing) for stdin, JSONL archives, gzip-compressed
// files and saved HTML pages, all streamed as records in input order; an input that cannot
// be read becomes an error record in its place. The readers live in archives.ts (formats and
// streaming), decode.ts (bytes → text) and html.ts (pages → article text).
export {
  DEFAULT_JSONL_FIELDS,
  expandInputs,
  fileStem as articleIdOf,
  formatOf,
  readArchives as readInputs,
  type ArchiveArticle,
  type ArchiveFailure,
  type ArchiveOptions,
  type ArchiveRecord,
  type InputFormat,
  type JsonlFields,
} from './archives.js';

/** The formats `--input` names (besides `auto`, by extension). */
export const INPUT_FORMATS = ['text', 'jsonl', 'html'] as const;

export const STDIN_ID = 'stdin';

/** One article to analyse, as analyze-record.ts takes it (a plain text with its metadata). */
export interface ArticleInput {
  /** The file's base name without extension (`tiktok-project-s`), `stdin` for stdin. */
  id: string;
  /** The path as given on the command line; null for stdin. */
  source: string | null;
  text: string;
  title?: string | null;
  published?: string | null;
}

/** An input that could not be read: the fields of the contract's error record. */
export interface InputFailure {
  failure: {
    id: string | null;
    source: string | null;
    code: string;
    message: string;
    file?: string;
    line?: number;
  };
}
