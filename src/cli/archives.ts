// News archives in, one article (or one error record) at a time out: files, folders walked
// recursively, globs, stdin, JSONL archives, gzip-compressed files and saved HTML pages.
//
// Everything is streamed: a JSONL archive of any size is read line by line, so memory holds
// one line and not the archive. A record that cannot be read (a malformed JSON line, a file
// that cannot be decoded, a gzip stream that breaks) becomes an error record in its place,
// with the file and the line, and reading goes on.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { pipeline, type Readable } from 'node:stream';
import { DecodeError, decodeText } from './decode.js';

const gunzipAsync = promisify(gunzip);

export type InputFormat = 'text' | 'jsonl' | 'html';

/** One article as read from an archive, before analysis. */
export interface ArchiveArticle {
  kind: 'article';
  id: string;
  /** What the output's `source` says: the file, or `file:line` for a JSONL record; null for stdin. */
  source: string | null;
  /** The file as named on the command line (or found in a folder or glob); null for stdin. */
  file: string | null;
  /** 1-based line of a JSONL record; null for a whole file. */
  line: number | null;
  /** Bytes of input this record stands for (progress and MB/s). */
  bytes: number;
  /** The article text (plain text and JSONL inputs). */
  text?: string;
  /** A saved HTML page, turned into text, title and date by the analysis worker. */
  html?: string;
  title?: string | null;
  published?: string | null;
}

/** A record that could not be read; it becomes the contract's error object in its place. */
export interface ArchiveFailure {
  kind: 'error';
  id: string;
  source: string | null;
  file: string | null;
  line: number | null;
  bytes: number;
  code: string;
  message: string;
}

export type ArchiveRecord = ArchiveArticle | ArchiveFailure;

export interface JsonlFields {
  /** Field holding the article text (default `text`). */
  text: string;
  /** Field holding the article id (default `id`); else `<file stem>-<line>`. */
  id: string;
  /** Field holding the title (default `title`). */
  title: string;
  /** Fields holding the publication date, first present wins (default `published`, `date`). */
  date: readonly string[];
}

export const DEFAULT_JSONL_FIELDS: JsonlFields = { text: 'text', id: 'id', title: 'title', date: ['published', 'date'] };

export interface ArchiveOptions {
  /** Force one format for every input; default: by extension (`.jsonl`, `.ndjson`, `.html`, `.htm`, else text). */
  input?: InputFormat | 'auto';
  fields?: Partial<JsonlFields>;
  /** Glob patterns left out of folder walks and glob expansion (`--exclude`). */
  exclude?: readonly string[];
  /** The stream `-` reads (the CLI's stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** Extensions a folder walk picks up (and their `.gz`). */
export const ARCHIVE_EXTENSIONS = ['txt', 'text', 'jsonl', 'ndjson', 'html', 'htm'] as const;

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The files an input list names, in a deterministic order: a file as given, a folder walked
 * recursively (files with the extensions above, sorted), a glob expanded (sorted), `-` as is.
 * A name that is none of these is yielded as is, so that reading it fails in its place.
 */
export async function* expandInputs(inputs: readonly string[], exclude: readonly string[] = []): AsyncGenerator<string> {
  for (const input of inputs) {
    if (input === '-') {
      yield input;
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const { glob, escapePath } = await import('tinyglobby');
      const dir = escapePath(input.replace(/[\\/]+$/, '') || '/');
      const found = await glob(`${dir}/**/*.{${ARCHIVE_EXTENSIONS.join(',')}}{,.gz}`, {
        ignore: [...exclude],
        onlyFiles: true,
        expandDirectories: false,
      });
      // A folder without article files fails in its place (reading a folder says so).
      if (found.length === 0) yield input;
      else yield* found.sort(compareCodeUnits);
    } else if (!info && GLOB_CHARS.test(input)) {
      const { glob } = await import('tinyglobby');
      const found = await glob(input, { ignore: [...exclude], onlyFiles: true, expandDirectories: false });
      if (found.length === 0) yield input; // reading it reports "no such file"
      else yield* found.sort(compareCodeUnits);
    } else {
      yield input;
    }
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The format of a file by its name (`x.jsonl.gz` → jsonl), or the forced one. */
export function formatOf(file: string, forced: ArchiveOptions['input']): InputFormat {
  if (forced && forced !== 'auto') return forced;
  const name = file.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.html?$/.test(name)) return 'html';
  return 'text';
}

/** The article id a file gives: its name without the extensions (`a/b.jsonl.gz` → `b`). */
export function fileStem(file: string): string {
  if (file === '-') return 'stdin';
  const name = basename(file).replace(/\.gz$/i, '');
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Every article of every input, streamed in input order. */
export async function* readArchives(inputs: readonly string[], options: ArchiveOptions = {}): AsyncGenerator<ArchiveRecord> {
  const fields = { ...DEFAULT_JSONL_FIELDS, ...definedOnly(options.fields ?? {}) };
  for await (const file of expandInputs(inputs, options.exclude ?? [])) {
    yield* readInput(file, formatOf(file, options.input), fields, options.stdin);
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The records of one file (or of stdin for `-`). */
export async function* readInput(
  file: string,
  format: InputFormat,
  fields: JsonlFields = DEFAULT_JSONL_FIELDS,
  stdin?: NodeJS.ReadableStream,
): AsyncGenerator<ArchiveRecord> {
  const gzipped = file !== '-' && /\.gz$/i.test(file);
  if (format === 'jsonl') {
    let source: Readable | NodeJS.ReadableStream;
    if (file === '-') {
      if (!stdin) throw new Error('no stdin to read "-" from');
      source = stdin;
    } else {
      const info = await stat(file).catch((err: NodeJS.ErrnoException) => err);
      if (info instanceof Error) {
        yield failure(file, null, 0, readErrorCode(info), readErrorMessage(info));
        return;
      }
      if (info.isDirectory()) {
        yield failure(file, null, 0, 'is-directory', 'is a directory');
        return;
      }
      const raw = createReadStream(file);
      // pipeline() passes an error of the file or of the gzip stream on to the last stream.
      source = gzipped ? pipeline(raw, createGunzip(), () => {}) : raw;
    }
    yield* readJsonlStream(source, file, fields);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readAll(stdin) : await readFile(file);
  } catch (err) {
    yield failure(file, null, 0, readErrorCode(err), readErrorMessage(err));
    return;
  }
  const size = bytes.length;
  if (gzipped) {
    try {
      bytes = await gunzipAsync(bytes);
    } catch (err) {
      yield failure(file, null, size, 'undecodable', `not a readable gzip file (${(err as Error).message})`);
      return;
    }
  }
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    yield failure(file, null, size, err.code, err.message);
    return;
  }
  const name = file === '-' ? null : file;
  const article: ArchiveArticle = { kind: 'article', id: fileStem(file), source: name, file: name, line: null, bytes: size };
  if (format === 'html') article.html = text;
  else article.text = text;
  yield article;
}

async function readAll(stream: NodeJS.ReadableStream | undefined): Promise<Buffer> {
  if (!stream) throw new Error('no stdin to read "-" from');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * JSONL records, one per line, streamed. Every line yields exactly one record (a blank or
 * malformed line an error record), so that line N of the input is record N of the output:
 * the contract of warta as a per-record filter (Hadoop Streaming, `parallel --pipe`).
 */
export async function* readJsonlStream(
  source: Readable | NodeJS.ReadableStream,
  file: string,
  fields: JsonlFields = DEFAULT_JSONL_FIELDS,
): AsyncGenerator<ArchiveRecord> {
  const stem = fileStem(file);
  const lines = createInterface({ input: source as Readable, crlfDelay: Infinity });
  // readline does not pass on errors of its input (a broken gzip stream): catch them here and
  // end the line iteration, then report them after the lines that were read.
  let streamError: Error | null = null;
  source.on('error', (err: Error) => {
    streamError = err;
    lines.close();
  });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      yield jsonlRecord(raw, file, stem, line, fields);
    }
  } catch (err) {
    streamError ??= err as Error;
  } finally {
    lines.close();
    // A file stream we opened is closed when the reader stops early (a broken pipe); stdin is not ours.
    if (file !== '-') (source as Readable).destroy?.();
  }
  if (streamError) {
    const err = streamError as NodeJS.ErrnoException;
    const code = err.code?.startsWith('Z_') ? 'undecodable' : readErrorCode(err);
    yield failure(file, line + 1, 0, code, code === 'undecodable' ? `not a readable gzip file (${err.message})` : readErrorMessage(err));
  }
}

/** One JSONL line → an article, or an error record that says what is wrong with the line. */
export function jsonlRecord(raw: string, file: string, stem: string, line: number, fields: JsonlFields): ArchiveRecord {
  const bytes = Buffer.byteLength(raw) + 1;
  const fallbackId = `${stem}-${line}`;
  if (raw.trim() === '') return failure(file, line, bytes, 'malformed-record', 'blank line', fallbackId);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return failure(file, line, bytes, 'malformed-record', `not valid JSON (${(err as Error).message})`, fallbackId);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failure(file, line, bytes, 'malformed-record', 'not a JSON object', fallbackId);
  }
  const record = value as Record<string, unknown>;
  const rawId = record[fields.id];
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' ? String(rawId) : fallbackId;
  const text = record[fields.text];
  if (typeof text !== 'string') {
    const message = text === undefined ? `no "${fields.text}" field` : `"${fields.text}" is not a string`;
    return failure(file, line, bytes, 'malformed-record', message, id);
  }
  const title = record[fields.title];
  let published: string | null = null;
  for (const f of fields.date) {
    const v = record[f];
    if (typeof v === 'string' && v.trim() !== '') {
      published = v.trim();
      break;
    }
  }
  return {
    kind: 'article',
    id,
    source: file === '-' ? null : `${file}:${line}`,
    file: file === '-' ? null : file,
    line,
    bytes,
    text,
    title: typeof title === 'string' && title.trim() !== '' ? title.trim() : null,
    published,
  };
}

function failure(file: string, line: number | null, bytes: number, code: string, message: string, id?: string): ArchiveFailure {
  const stem = fileStem(file);
  const stdin = file === '-';
  return {
    kind: 'error',
    id: id ?? (line === null ? stem : `${stem}-${line}`),
    source: stdin ? null : line === null ? file : `${file}:${line}`,
    file: stdin ? null : file,
    line,
    bytes,
    code,
    message,
  };
}

// The same codes and messages as the CLI's single-file reader (inputs.ts).
function readErrorCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'not-found';
  if (code === 'EISDIR') return 'is-directory';
  return 'unreadable';
}

function readErrorMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  return e.message ?? String(err);
}
