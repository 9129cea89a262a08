// Records in, output records out, in input order: the analysis runs on a pool of worker
// threads (piscina), each loading wink-nlp once, or in this thread for `--jobs 0`.
//
// Memory stays flat whatever the size of the archive: at most `window` records, and at most
// IN_FLIGHT_BYTES of input, are between reading and writing (sent to a worker, or finished and
// waiting for an earlier one), the next record is read only when there is room, and nothing is
// read while the consumer is busy writing (it pulls from this async generator when it is ready
// for more).
import { BroadcastChannel } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { ArticleOutput } from '../types.js';
import type { ArchiveArticle, ArchiveRecord } from './archives.js';
import { errorOutput, failureOutput, metaOf, type RecordAnalysisOptions, type RecordMeta } from './records.js';

/** One task of a pool worker. */
export interface AnalysisTask {
  seq: number;
  article: ArchiveArticle;
  options: RecordAnalysisOptions;
  /** BroadcastChannel the worker announces the start of the task on (with a timeout). */
  startChannel: string | null;
}

export interface PoolOptions {
  /** Worker threads; 0 analyses in this thread. Default: the number of cores. */
  jobs?: number;
  /** An article that takes longer becomes a `timeout` error record; its worker is replaced. */
  timeoutPerArticle?: number | null;
  analysis?: RecordAnalysisOptions;
  /** Most records between reading and writing (default 8 per worker, at least 16). */
  window?: number;
  /** Most input bytes between reading and writing (default IN_FLIGHT_BYTES); one record always goes. */
  windowBytes?: number;
  /** Analyse this many records in this thread before starting the pool (none come after if the input ends). */
  inlineFirst?: number;
}

/**
 * Input bytes that may be between reading and writing. Ordinary articles (a few KB) never
 * reach it: the record window binds first. An archive of 10 MB single-line articles would
 * otherwise hold 16 of them (and their copies on the way to a worker) in the main thread.
 */
export const IN_FLIGHT_BYTES = 32 * 1024 * 1024;

/** One output record with what names its input. */
export interface Outcome {
  meta: RecordMeta;
  output: ArticleOutput;
}

/**
 * Old-generation heap of each worker, in MB. V8 lets a heap grow to several times what is live
 * before it collects; an archive run needs little live memory per article (~80 MB live with
 * the model and the word caches), so a cap keeps each worker's garbage, and the run's RSS, in
 * bounds. An article that truly needs more becomes an `out-of-memory` error record.
 * WARTA_WORKER_HEAP_MB overrides it.
 */
export function workerHeapMb(): number {
  const fromEnv = Number(process.env.WARTA_WORKER_HEAP_MB);
  return Number.isFinite(fromEnv) && fromEnv >= 64 ? fromEnv : 192;
}

/**
 * Young generation of each worker, in MB (V8's default for a worker is 48: two 16 MB
 * semi-spaces and room for new large objects). An article's garbage is short-lived and small
 * (a 2.5 KB article allocates a few MB), so 16 MB collects it just as well: on 8,391 articles
 * with --jobs 2 it took 40 MB off the peak RSS (525 → 486 MB) at no CPU cost (77.8 → 74.2 s).
 * WARTA_WORKER_YOUNG_MB overrides it.
 */
export function workerYoungMb(): number {
  const fromEnv = Number(process.env.WARTA_WORKER_YOUNG_MB);
  return Number.isFinite(fromEnv) && fromEnv >= 4 ? fromEnv : 16;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** The built worker beside this module: dist/bundle/worker.js in the bin's bundle, dist/cli/worker.js
 *  otherwise (tests running the TypeScript sources use the build too). */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? fileURLToPath(new URL('../../dist/cli/worker.js', import.meta.url)) : fileURLToPath(new URL('./worker.js', import.meta.url));
}

/** Analyse every record, yielding output records in input order. */
export async function* analyzeInOrder(records: AsyncIterable<ArchiveRecord>, options: PoolOptions = {}): AsyncGenerator<Outcome> {
  const jobs = options.jobs ?? defaultJobs();
  const analysis = options.analysis ?? {};
  const input = records[Symbol.asyncIterator]();
  const inline = jobs <= 0 ? Infinity : (options.inlineFirst ?? 0);
  let inputDone = false;
  try {
    if (inline > 0) {
      // Loaded here: the analysis runs in this thread only for these records.
      const { analyzeRecord } = await import('./analyze-record.js');
      for (let n = 0; n < inline; n++) {
        const next = await input.next();
        if (next.done) {
          inputDone = true;
          return;
        }
        const record = next.value;
        const output = record.kind === 'error' ? failureOutput(record) : await analyzeRecord(record, analysis);
        yield { meta: metaOf(record), output };
      }
    }
    let first: ArchiveRecord | null = null;
    if (inline > 0) {
      // Start the pool only if there is more to do.
      const next = await input.next();
      if (next.done) {
        inputDone = true;
        return;
      }
      first = next.value;
    }
    yield* onPool(first, input, jobs, analysis, options);
    inputDone = true;
  } finally {
    if (!inputDone) await input.return?.();
  }
}

async function* onPool(
  first: ArchiveRecord | null,
  input: AsyncIterator<ArchiveRecord>,
  jobs: number,
  analysis: RecordAnalysisOptions,
  options: PoolOptions,
): AsyncGenerator<Outcome> {
  const window = options.window ?? Math.max(16, jobs * 8);
  const pool = await WorkerPool.start(jobs, options.timeoutPerArticle ?? null);
  async function* rest(): AsyncGenerator<ArchiveRecord> {
    if (first) yield first;
    for (let next = await input.next(); !next.done; next = await input.next()) yield next.value;
  }
  try {
    yield* inOrder(rest(), window, (record, seq) => {
      const meta = metaOf(record);
      if (record.kind === 'error') return Promise.resolve({ meta, output: failureOutput(record) });
      return pool.analyze(seq, record, analysis).then((output) => ({ meta, output }));
    }, options.windowBytes ?? IN_FLIGHT_BYTES);
  } finally {
    await pool.close();
  }
}

interface Slot {
  done: boolean;
  promise: Promise<Outcome>;
  bytes: number;
}

/**
 * Submit records as they are read, at most `window` in flight (and, past the first, at most
 * `windowBytes` of input), and yield their outcomes in input order. A finished outcome at the
 * head is yielded as soon as it is ready, even while the next record is still awaited (a
 * filter on a slow stdin writes each line as it can).
 */
export async function* inOrder(
  records: AsyncIterable<ArchiveRecord>,
  window: number,
  submit: (record: ArchiveRecord, seq: number) => Promise<Outcome>,
  windowBytes = Infinity,
): AsyncGenerator<Outcome> {
  const input = records[Symbol.asyncIterator]();
  const pending: Slot[] = [];
  let pendingBytes = 0;
  const takeHead = (): Promise<Outcome> => {
    const slot = pending.shift()!;
    pendingBytes -= slot.bytes;
    return slot.promise;
  };
  let nextRecord: Promise<IteratorResult<ArchiveRecord>> | null = null;
  let inputDone = false;
  let seq = 0;
  try {
    for (;;) {
      while (pending.length > 0 && pending[0]!.done) yield await takeHead();
      if (inputDone || pending.length >= window || (pending.length > 0 && pendingBytes >= windowBytes)) {
        if (pending.length === 0) return;
        yield await takeHead();
        continue;
      }
      nextRecord ??= input.next();
      if (pending.length > 0) {
        const head = pending[0]!.promise;
        const first = await Promise.race([nextRecord.then(() => 'record'), head.then(() => 'head')]);
        if (first === 'head') continue;
      }
      const next = await nextRecord;
      nextRecord = null;
      if (next.done) {
        inputDone = true;
        continue;
      }
      const slot: Slot = { done: false, promise: submit(next.value, seq++), bytes: next.value.bytes };
      void slot.promise.then(() => (slot.done = true));
      pending.push(slot);
      pendingBytes += slot.bytes;
    }
  } finally {
    if (!inputDone) await input.return?.();
  }
}

type PiscinaPool = import('piscina').Piscina<AnalysisTask, ArticleOutput>;

/** piscina with the worker of worker.ts, and per-article timeouts that start when the work does. */
class WorkerPool {
  private readonly timers = new Map<number, { controller: AbortController; timer: NodeJS.Timeout | null }>();
  private readonly channel: BroadcastChannel | null;
  private readonly channelName: string | null;

  private constructor(
    private readonly piscina: PiscinaPool,
    private readonly timeout: number | null,
  ) {
    this.channelName = timeout !== null ? `warta-task-start-${randomUUID()}` : null;
    this.channel = this.channelName ? new BroadcastChannel(this.channelName) : null;
    if (this.channel) {
      this.channel.onmessage = (event) => this.startClock((event as { data: number }).data);
    }
  }

  static async start(jobs: number, timeout: number | null): Promise<WorkerPool> {
    // Loaded here, not at start-up: a single article never needs it.
    const { Piscina } = await import('piscina');
    const piscina = new Piscina<AnalysisTask, ArticleOutput>({
      filename: workerFile(),
      minThreads: jobs,
      maxThreads: jobs,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(), maxYoungGenerationSizeMb: workerYoungMb() },
    });
    return new WorkerPool(piscina, timeout);
  }

  analyze(seq: number, article: ArchiveArticle, options: RecordAnalysisOptions): Promise<ArticleOutput> {
    const meta = metaOf(article);
    const task: AnalysisTask = { seq, article, options, startChannel: this.channelName };
    let signal: AbortSignal | undefined;
    if (this.timeout !== null) {
      const controller = new AbortController();
      this.timers.set(seq, { controller, timer: null });
      signal = controller.signal;
    }
    return this.piscina.run(task, signal ? { signal } : {}).then(
      (output) => {
        this.stopClock(seq);
        return output;
      },
      (err: Error) => {
        this.stopClock(seq);
        if (err?.name === 'AbortError') {
          return errorOutput(meta, 'timeout', `analysis took longer than ${this.timeout} ms (--timeout-per-article); stopped`);
        }
        if ((err as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          return errorOutput(meta, 'out-of-memory', `analysis ran out of memory (worker heap ${workerHeapMb()} MB; WARTA_WORKER_HEAP_MB raises it)`);
        }
        return errorOutput(meta, 'analysis-failed', `analysis failed: ${err?.message ?? String(err)}`);
      },
    );
  }

  private startClock(seq: number): void {
    const entry = this.timers.get(seq);
    if (!entry || entry.timer) return;
    // Aborting a running piscina task terminates its worker; piscina starts a fresh one.
    entry.timer = setTimeout(() => entry.controller.abort(), this.timeout!);
  }

  private stopClock(seq: number): void {
    const entry = this.timers.get(seq);
    if (entry?.timer) clearTimeout(entry.timer);
    this.timers.delete(seq);
  }

  async close(): Promise<void> {
    for (const seq of [...this.timers.keys()]) this.stopClock(seq);
    this.channel?.close();
    await this.piscina.destroy();
  }
}
