// Inputs → articles: files named on the command line and `-` (or nothing) for stdin, read as
// bytes and decoded (decode.ts). An input that cannot be read yields a failure in its place,
// so that the run goes on and the failure is reported where the article would have been.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliIO } from './io.js';
import { DecodeError, decodeText } from './decode.js';

/** One article to analyse. */
export interface ArticleInput {
  /** The file's base name without extension (`tiktok-project-s`), `stdin` for stdin. */
  id: string;
  /** The path as given on the command line; null for stdin. */
  source: string | null;
  text: string;
  /** Metadata from the input format, when it has any (JSONL archives, HTML pages). */
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

export type InputItem = ArticleInput | InputFailure;

export function isInputFailure(item: InputItem): item is InputFailure {
  return (item as InputFailure).failure !== undefined;
}

export const STDIN_ID = 'stdin';

/** The article id of a file: its base name without the last extension. */
export function articleIdOf(file: string): string {
  return path.basename(file, path.extname(file)) || path.basename(file);
}

/** The inputs in the order given; no input at all means stdin. */
export async function* readInputs(inputs: readonly string[], io: CliIO): AsyncGenerator<InputItem> {
  const names = inputs.length === 0 ? ['-'] : inputs;
  for (const name of names) {
    if (name === '-') yield decoded(STDIN_ID, null, await readStream(io.stdin));
    else yield await readFileInput(name);
  }
}

async function readFileInput(file: string): Promise<InputItem> {
  const id = articleIdOf(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const { code, message } = describeReadError(err);
    return { failure: { id, source: file, code, message, file } };
  }
  return decoded(id, file, bytes);
}

function decoded(id: string, source: string | null, bytes: Uint8Array): InputItem {
  try {
    return { id, source, text: decodeText(bytes).text };
  } catch (err) {
    if (err instanceof DecodeError) {
      return { failure: { id, source, code: err.code, message: err.message, ...(source ? { file: source } : {}) } };
    }
    throw err;
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Short, stable codes and messages for the usual ways a file cannot be read. */
function describeReadError(err: unknown): { code: string; message: string } {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return { code: 'not-found', message: 'no such file' };
    case 'EISDIR':
      return { code: 'is-directory', message: 'is a directory' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'unreadable', message: 'permission denied' };
    default:
      return { code: 'unreadable', message: err instanceof Error ? err.message : String(err) };
  }
}
