// What a person watching a batch run sees on stderr: a progress bar (cli-progress) while it
// runs, only when stderr is a terminal and not with -q (never in CI logs or under a pipe),
// and one closing summary line: articles, errors, elapsed time, articles per second.
import type { RecordMeta } from './records.js';

export interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  stderr: ProgressStream;
  quiet: boolean;
  /** Bytes of input in all, when known (plain, uncompressed files): the bar and ETA follow bytes read. */
  totalBytes: number | null;
  /** Clock, for tests. */
  now?: () => number;
}

export interface BatchCounts {
  articles: number;
  errors: number;
  /** Articles skipped by --resume (their output exists). */
  skipped: number;
  elapsedMs: number;
}

type CliProgress = typeof import('cli-progress');
type Bar = ReturnType<InstanceType<CliProgress['MultiBar']>['create']>;

export class BatchProgress {
  articles = 0;
  errors = 0;
  skipped = 0;
  private bytes = 0;
  private readonly started: number;
  private readonly now: () => number;

  private constructor(
    private readonly options: ProgressOptions,
    private readonly multibar: InstanceType<CliProgress['MultiBar']> | null,
    private readonly bar: Bar | null,
  ) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** Whether a bar is drawn: a terminal on stderr and not -q. */
  static shows(options: Pick<ProgressOptions, 'stderr' | 'quiet'>): boolean {
    return !options.quiet && options.stderr.isTTY === true;
  }

  static async start(options: ProgressOptions): Promise<BatchProgress> {
    if (!BatchProgress.shows(options)) return new BatchProgress(options, null, null);
    const { MultiBar } = (await import('cli-progress')).default;
    const known = options.totalBytes !== null && options.totalBytes > 0;
    const multibar = new MultiBar({
      stream: options.stderr,
      format: known
        ? '{bar} {percentage}% | {articles} articles | {rate} articles/s | {errors} errors | ETA {eta_formatted}'
        : '{articles} articles | {rate} articles/s | {errors} errors | {duration_formatted}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 5,
    });
    const bar = multibar.create(known ? options.totalBytes! : 1, 0, { articles: 0, rate: '0.0', errors: 0 });
    return new BatchProgress(options, multibar, bar);
  }

  /** One record written (or skipped). */
  update(meta: RecordMeta, failed: boolean): void {
    this.articles++;
    if (failed) this.errors++;
    this.bytes += meta.bytes;
    this.bar?.update(Math.min(this.bytes, this.bar.getTotal()), {
      articles: this.articles,
      errors: this.errors,
      rate: rate(this.articles, this.now() - this.started).toFixed(1),
    });
  }

  skip(meta: RecordMeta): void {
    this.skipped++;
    this.bytes += meta.bytes;
  }

  /** A message on stderr, above the bar when there is one. */
  log(line: string): void {
    if (this.multibar) this.multibar.log(`${line}\n`);
    else this.options.stderr.write(`${line}\n`);
  }

  counts(): BatchCounts {
    return { articles: this.articles, errors: this.errors, skipped: this.skipped, elapsedMs: this.now() - this.started };
  }

  /** Draw the bar now (it redraws itself a few times a second anyway). */
  draw(): void {
    this.multibar?.update();
  }

  /** Remove the bar; the summary line follows it. */
  stop(): BatchCounts {
    this.multibar?.stop();
    return this.counts();
  }
}

function rate(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : 0;
}

/** `warta: 3463 articles, 2 errors, 12.4 s, 279.3 articles/s` (and skipped ones, if any). */
export function summaryLine(counts: BatchCounts): string {
  const parts = [
    `${counts.articles} ${counts.articles === 1 ? 'article' : 'articles'}`,
    `${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'}`,
  ];
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped (output exists)`);
  parts.push(`${(counts.elapsedMs / 1000).toFixed(1)} s`, `${rate(counts.articles, counts.elapsedMs).toFixed(1)} articles/s`);
  return `warta: ${parts.join(', ')}`;
}
