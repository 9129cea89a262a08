// A batch run: archives in (archives.ts), an optional shard of them, articles already done
// skipped (--resume), analysis on the worker pool in input order (pool.ts), each output record
// handed to the writer (a format on stdout, or --out-dir), progress and a summary on stderr.
import { stat } from 'node:fs/promises';
import type { ArticleOutput } from '../types.js';
import { isArticleError } from '../types.js';
import { expandInputs, formatOf, readArchives, type ArchiveOptions, type ArchiveRecord, type JsonlFields } from './archives.js';
import { recordPlace, type RecordAnalysisOptions, type RecordMeta } from './records.js';
import { hasOutput, prepareOutDir, writeOutput } from './outdir.js';
import { analyzeInOrder, defaultJobs } from './pool.js';
import { BatchProgress, summaryLine, type BatchCounts, type ProgressStream } from './progress.js';

/** `--shard K/N`: the K-th of N shards (1-based). */
export interface Shard {
  index: number;
  count: number;
}

export interface BatchOptions {
  inputs: readonly string[];
  input?: ArchiveOptions['input'];
  fields?: Partial<JsonlFields>;
  exclude?: readonly string[];
  /**
   * Worker threads (0: this thread). Undefined: one per core, started once the run proves to
   * be more than a few articles (none at all for one plain article file).
   */
  jobs?: number;
  timeoutPerArticle?: number | null;
  shard?: Shard | null;
  /** Write `<id>.json` files here instead of calling `write`. */
  outDir?: string | null;
  resume?: boolean;
  quiet?: boolean;
  analysis?: RecordAnalysisOptions;
  /** End with the summary line (unless quiet); default: when this is a batch (isBatchRun). */
  summary?: boolean;
  /** Stop reading when this says so (the reader of stdout went away). */
  stopped?: () => boolean;
}

/** How many articles a run without --jobs analyses in this thread before it starts the pool. */
export const INLINE_BEFORE_POOL = 8;

export interface BatchIO {
  stdin?: NodeJS.ReadableStream;
  stderr: ProgressStream;
}

export interface BatchResult extends BatchCounts {
  /** Whether any line went to stderr summing the run up. */
  summarised: boolean;
}

/** `2/8` → { index: 2, count: 8 }; throws a usage message otherwise. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard must be K/N with 1 ≤ K ≤ N (the K-th of N shards); got "${value}"`);
  }
  return { index, count };
}

/**
 * Every N-th record from the K-th, counted over all records in input order (malformed lines
 * included), so N runs with K = 1..N split an archive with no coordination and no overlap.
 */
export async function* takeShard<T>(records: AsyncIterable<T>, shard: Shard | null | undefined): AsyncGenerator<T> {
  if (!shard || shard.count === 1) {
    yield* records;
    return;
  }
  let position = 0;
  for await (const record of records) {
    if (position % shard.count === shard.index - 1) yield record;
    position++;
  }
}

/**
 * How many workers, and how many articles go first in this thread: as asked (a timeout needs
 * a worker it can stop); else none for one plain article file; else one per core, after the
 * first few articles (starting workers and loading the model in each costs more than a few
 * articles: a short list of files never waits for it).
 */
export async function chooseJobs(
  options: Pick<BatchOptions, 'inputs' | 'input' | 'jobs' | 'timeoutPerArticle'>,
): Promise<{ jobs: number; inlineFirst: number }> {
  const timeout = options.timeoutPerArticle != null;
  if (options.jobs !== undefined) return { jobs: timeout ? Math.max(1, options.jobs) : options.jobs, inlineFirst: 0 };
  if (timeout) return { jobs: defaultJobs(), inlineFirst: 0 };
  if (await isSingleArticle(options.inputs, options.input)) return { jobs: 0, inlineFirst: 0 };
  return { jobs: defaultJobs(), inlineFirst: INLINE_BEFORE_POOL };
}

/**
 * Whether a run is a batch, which ends with a summary line: an archive (JSONL), a folder or a
 * glob among the inputs, or --out-dir. A list of files named one by one is not.
 */
export async function isBatchRun(options: Pick<BatchOptions, 'inputs' | 'input' | 'outDir'>): Promise<boolean> {
  if (options.outDir) return true;
  for (const name of options.inputs) {
    if (formatOf(name, options.input ?? (name === '-' ? 'text' : 'auto')) === 'jsonl') return true;
    if (name === '-') continue;
    const info = await stat(name).catch(() => null);
    if (info?.isDirectory() || (!info && /[*?[\]{}]/.test(name))) return true;
  }
  return false;
}

async function isSingleArticle(inputs: readonly string[], input: BatchOptions['input']): Promise<boolean> {
  if (inputs.length !== 1) return false;
  const [name] = inputs as [string];
  if (name === '-') return formatOf(name, input ?? 'text') !== 'jsonl';
  if (formatOf(name, input) === 'jsonl') return false;
  const info = await stat(name).catch(() => null);
  return info === null || info.isFile();
}

/** Bytes of input in all when every input is a plain file (no stdin, no gzip), else null. */
export async function totalInputBytes(inputs: readonly string[], exclude: readonly string[] = []): Promise<number | null> {
  let total = 0;
  for await (const file of expandInputs(inputs, exclude)) {
    if (file === '-' || /\.gz$/i.test(file)) return null;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) total += info.size;
  }
  return total;
}

/**
 * Run a batch: each output record goes to `write` (awaited: back-pressure) or into --out-dir.
 * A record that failed is reported on stderr (`warta: file:line: message`, also with -q) and
 * the run goes on; `log` writes a line on stderr without breaking the progress bar.
 */
export async function runBatch(
  options: BatchOptions,
  io: BatchIO,
  write: (output: ArticleOutput, meta: RecordMeta, log: (line: string) => void) => Promise<void>,
): Promise<BatchResult> {
  const quiet = options.quiet ?? false;
  const outDir = options.outDir ?? null;
  if (outDir) await prepareOutDir(outDir);
  const { jobs, inlineFirst } = await chooseJobs(options);
  const summary = options.summary ?? (await isBatchRun(options));
  const progress = await BatchProgress.start({
    stderr: io.stderr,
    quiet,
    totalBytes: BatchProgress.shows({ stderr: io.stderr, quiet }) ? await totalInputBytes(options.inputs, options.exclude) : null,
  });
  let records: AsyncIterable<ArchiveRecord> = takeShard(
    readArchives(options.inputs, { input: options.input, fields: options.fields, exclude: options.exclude, stdin: io.stdin }),
    options.shard,
  );
  if (outDir && options.resume) records = skipDone(records, outDir, progress);
  try {
    const log = (line: string) => progress.log(line);
    for await (const { meta, output } of analyzeInOrder(records, {
      jobs,
      inlineFirst,
      timeoutPerArticle: options.timeoutPerArticle ?? null,
      analysis: options.analysis,
    })) {
      const failed = isArticleError(output);
      if (failed) log(`warta: ${recordPlace(meta)}: ${output.error.message}`);
      if (outDir) await writeOutput(outDir, output);
      else await write(output, meta, log);
      progress.update(meta, failed);
      if (options.stopped?.()) break;
    }
  } finally {
    progress.stop();
  }
  const counts = progress.counts();
  const summarised = summary && !quiet && !options.stopped?.();
  if (summarised) io.stderr.write(`${summaryLine(counts)}\n`);
  return { ...counts, summarised };
}

async function* skipDone(records: AsyncIterable<ArchiveRecord>, outDir: string, progress: BatchProgress): AsyncGenerator<ArchiveRecord> {
  for await (const record of records) {
    if (record.kind === 'article' && (await hasOutput(outDir, record.id))) progress.skip(record);
    else yield record;
  }
}
