// `--out-dir DIR`: one `<id>.json` per article instead of a stream. Each file is written to a
// temporary name and renamed into place, so a file that exists is complete: a killed run
// leaves no half-written article, and `--resume` can skip every article whose file exists.
//
// An article that failed gets `<id>.error.json` (its error record) instead; it is not
// skipped by --resume, so a rerun tries it again, and a later success removes the error file.
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleError, type ArticleOutput } from '../types.js';

/**
 * The file name an article id gets: characters outside `A-Z a-z 0-9 . _ -` become `_` (an id
 * such as `2023/07/x` must not name a sub-folder), no leading dot (hidden, or `..`), at most
 * 200 characters. Two ids that differ only in such characters share a file.
 */
export function outputName(id: string): string {
  let name = id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200);
  if (name === '' || name.startsWith('.')) name = `_${name}`;
  return name;
}

export function articlePath(dir: string, id: string): string {
  return join(dir, `${outputName(id)}.json`);
}

export function errorPath(dir: string, id: string): string {
  return join(dir, `${outputName(id)}.error.json`);
}

export async function prepareOutDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/** Whether an article's output already exists (for --resume). */
export async function hasOutput(dir: string, id: string): Promise<boolean> {
  return stat(articlePath(dir, id)).then(
    (s) => s.isFile(),
    () => false,
  );
}

let tmpCounter = 0;

/** Write a file atomically: a temporary file in the same folder, then rename. */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Write one output record into the folder; returns the path written. */
export async function writeOutput(dir: string, output: ArticleOutput): Promise<string> {
  const id = output.id ?? 'article';
  const json = `${JSON.stringify(output, null, 2)}\n`;
  if (isArticleError(output)) {
    const path = errorPath(dir, id);
    await writeAtomically(path, json);
    return path;
  }
  const path = articlePath(dir, id);
  await writeAtomically(path, json);
  await rm(errorPath(dir, id), { force: true });
  return path;
}
