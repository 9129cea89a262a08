// Run the CLI in-process with fake streams (main()), or the real bin in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readable, Writable } from 'node:stream';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { articleOutputSchema } from '../../src/schema.js';
import type { ArticleOutput } from '../../src/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEED = 'fixtures/tiktok-project-s.txt';
export const CLI_FIXTURES = 'fixtures/cli';
export const ANSI = /\u001b\[/;

export class Collector extends Writable {
  chunks: string[] = [];
  isTTY?: boolean;
  columns?: number;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeOptions {
  stdin?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** Make stdout look like a terminal of this many columns. */
  terminalColumns?: number;
}

/** main() with fake streams; the working directory is the repository root (paths as given). */
export async function runMain(argv: string[], options: FakeOptions = {}): Promise<FakeRun> {
  const stdout = new Collector();
  const stderr = new Collector();
  if (options.terminalColumns !== undefined) {
    stdout.isTTY = true;
    stdout.columns = options.terminalColumns;
  }
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const code = await main(argv, { stdin, stdout, stderr, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** The real bin (needs dist/: `npm test` builds first). */
export function runBin(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): FakeRun {
  if (!existsSync(`${ROOT}dist/bundle/main.js`)) throw new Error('dist/ is missing: run `npm run build` (npm test builds it)');
  const r = spawnSync(process.execPath, ['bin/warta.js', ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...options.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Parse with the contract's zod schema and check that nothing was dropped (no unknown field). */
export function expectValidRecord(record: unknown): ArticleOutput {
  const parsed = articleOutputSchema.parse(record);
  expect(parsed).toEqual(record);
  return parsed as ArticleOutput;
}
