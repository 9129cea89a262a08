// The command line: parses argv (commander), validates the configuration once, then streams
// inputs (inputs.ts) → records (analyze-record.ts, in this thread or a worker) → a format (formats/) → stdout or `-o`.
// main() never touches `process`: tests run it with fake streams, bin/warta.js with the real ones.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { languagePacks } from '../lang/index.js';
import { isArticleError } from '../types.js';
import type { CliIO } from './io.js';
import { recordPlace, type RecordAnalysisOptions as RunAnalyzeOptions } from './records.js';
import { parseShard, runBatch, type Shard } from './batch.js';
import { INPUT_FORMATS, type InputFormat, type JsonlFields } from './inputs.js';
import { createRenderer, DEFAULT_WIDTH, isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from './formats/index.js';
import { FileSink, StreamSink } from './output.js';

/** Exit codes: all written; some inputs failed (the rest written); usage or fatal error. */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/** A configuration error: reported as `warta: <message>`, exit code 2. */
export class UsageError extends Error {}

/** The options of `warta analyze` as commander parses them. */
interface AnalyzeFlags {
  format?: string;
  output?: string;
  refDate?: string;
  lang?: string;
  color?: boolean;
  quiet?: boolean;
  input?: string;
  textField?: string;
  idField?: string;
  titleField?: string;
  dateField?: string;
  exclude?: string[];
  jobs?: string;
  shard?: string;
  outDir?: string;
  resume?: boolean;
  timeoutPerArticle?: string;
}

/** The batch options of `warta analyze` (issue 8), validated. */
export interface BatchConfig {
  input: InputFormat | 'auto';
  fields: Partial<JsonlFields>;
  exclude: string[];
  jobs: number | undefined;
  shard: Shard | null;
  outDir: string | null;
  resume: boolean;
  timeoutPerArticle: number | null;
}

/** The validated configuration of one `warta analyze` run. */
export interface AnalyzeConfig {
  format: OutputFormat;
  output: string | null;
  color: boolean;
  quiet: boolean;
  /** Terminal width for the table format. */
  width: number;
  analysis: RunAnalyzeOptions;
  batch: BatchConfig;
}

interface TerminalStream {
  isTTY?: boolean;
  columns?: number;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let exitCode = EXIT_OK;
  // A diagnostic that cannot be written (stderr piped into a reader that went away) is dropped
  // rather than crashing the run.
  io.stderr.on('error', () => {});
  const program = new Command('warta');
  // Set before any sub-command is added: commander copies them into each sub-command.
  program
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .description('Turn Indonesian news articles into structured data.')
    .version(packageVersion(), '-V, --version');

  program
    .command('analyze')
    .description('analyse articles: quotes and speakers, organisations, people, places, figures, dates')
    .argument('[inputs...]', 'files, folders (walked), globs, JSONL archives, .gz, .html; `-` or none reads stdin')
    .option('--format <format>', `output format: ${OUTPUT_FORMATS.join(', ')} (default: table on a terminal, else json)`)
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--ref-date <date>', 'reference date (YYYY-MM-DD) for relative dates when an article has none')
    .option('--lang <code>', `analyse as this language instead of detecting it: ${Object.keys(languagePacks).join(', ')}`)
    .option('--color', 'colour the table format even when not on a terminal')
    .option('--no-color', 'never colour (also: NO_COLOR=1)')
    .option('-q, --quiet', 'no warnings, progress or summary on stderr (errors are still reported)')
    .option('--input <format>', `read inputs as ${INPUT_FORMATS.join(', ')} (default: auto, by extension; stdin: text)`)
    .option('--text-field <name>', 'JSONL field of the article text', 'text')
    .option('--id-field <name>', 'JSONL field of the article id', 'id')
    .option('--title-field <name>', 'JSONL field of the title', 'title')
    .option('--date-field <name>', 'JSONL field of the publication date (default: published, else date)')
    .option('--exclude <glob>', 'leave out files matching GLOB from folders and globs (repeatable)', collect, [])
    .option('--jobs <n>', 'worker threads (default: the number of cores; 0: none)')
    .option('--shard <K/N>', 'analyse only every N-th article from the K-th (1-based)')
    .option('--out-dir <dir>', 'write one <id>.json per article into DIR instead of stdout')
    .option('--resume', 'with --out-dir: skip articles whose <id>.json exists')
    .option('--timeout-per-article <ms>', 'an article that takes longer becomes a timeout error record')
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      exitCode = await runAnalyze(inputs, flags, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of one output record (an article or an error record)')
    .action(async () => {
      // Loaded here: zod is needed by this command only.
      const { contractJsonSchema } = await import('../schema.js');
      io.stdout.write(`${JSON.stringify(contractJsonSchema(), null, 2)}\n`);
    });

  // `warta eval` loads the scorer and the whole pipeline: only when it can be the command asked
  // for (or listed by --help), not for `analyze`, which may run the analysis on workers only.
  if (argv[0] !== 'analyze' && argv[0] !== 'schema') {
    const { registerEvalCommand } = await import('./eval-command.js');
    registerEvalCommand(program, io, (code) => (exitCode = code));
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    // commander has already written its message (unknown option, missing argument, --help).
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw err;
  }
  return exitCode;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function runAnalyze(inputs: string[], flags: AnalyzeFlags, io: CliIO): Promise<number> {
  let config: AnalyzeConfig;
  let sink: StreamSink | null;
  try {
    config = resolveAnalyzeConfig(flags, io);
    sink = config.batch.outDir ? null : config.output ? await openOutput(config.output) : new StreamSink(io.stdout);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`warta: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  const renderer = sink ? await createRenderer(config.format, sink, { color: config.color, width: config.width }) : null;
  const warn = (message: string) => io.stderr.write(`warta: ${message}\n`);

  if (inputs.length === 0 && (io.stdin as TerminalStream).isTTY && !config.quiet) {
    warn('reading an article from stdin (end it with Ctrl-D)');
  }
  const { batch } = config;
  let result;
  try {
    result = await runBatch(
      {
        inputs: inputs.length === 0 ? ['-'] : inputs,
        input: batch.input,
        fields: batch.fields,
        exclude: batch.exclude,
        jobs: batch.jobs,
        timeoutPerArticle: batch.timeoutPerArticle,
        shard: batch.shard,
        outDir: batch.outDir,
        resume: batch.resume,
        quiet: config.quiet,
        analysis: config.analysis,
        stopped: () => sink?.stopped === true,
      },
      { stdin: io.stdin, stderr: io.stderr },
      async (record, meta, log) => {
        if (!isArticleError(record) && !config.quiet) {
          for (const w of record.warnings) log(`warta: ${recordPlace(meta)}: warning: ${w}`);
        }
        await renderer?.write(record);
      },
    );
  } catch (err) {
    // --out-dir that cannot be created or written: fatal.
    if (batch.outDir && (err as NodeJS.ErrnoException).code) {
      warn(`--out-dir ${batch.outDir}: ${(err as Error).message}`);
      return EXIT_USAGE;
    }
    throw err;
  }
  if (sink && renderer && !sink.stopped) await renderer.end();
  if (sink instanceof FileSink) await sink.close();
  if (sink?.failure) {
    warn(`${config.output ?? 'stdout'}: ${sink.failure.message}`);
    return EXIT_USAGE;
  }
  // A broken pipe ends the run quietly; the code reflects the inputs handled until then.
  return result.errors > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

/** Validate every option once, before any input is read; errors show the offending value. */
export function resolveAnalyzeConfig(flags: AnalyzeFlags, io: CliIO): AnalyzeConfig {
  const destination = (flags.output ? {} : io.stdout) as TerminalStream;
  const onTerminal = destination.isTTY === true;

  const format = flags.format ?? (onTerminal ? 'table' : 'json');
  if (!isOutputFormat(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}; got "${format}"`);

  const refDate = flags.refDate ?? null;
  if (refDate !== null && !isCalendarDate(refDate)) {
    throw new UsageError(`--ref-date must be a date written YYYY-MM-DD; got "${refDate}"`);
  }

  const languages = Object.keys(languagePacks);
  const lang = flags.lang ?? null;
  if (lang !== null && !languages.includes(lang)) {
    throw new UsageError(`--lang must be one of ${languages.join(', ')}; got "${lang}"`);
  }

  if (flags.output === '') throw new UsageError('--output needs a file name; got ""');

  const batch = resolveBatchConfig(flags);
  if (batch.outDir && flags.output) throw new UsageError('--out-dir and -o both say where to write; give one');

  return {
    format,
    output: flags.output ?? null,
    color: useColor(flags.color, io.env, onTerminal),
    quiet: flags.quiet === true,
    width: (onTerminal && destination.columns) || DEFAULT_WIDTH,
    analysis: { refDate, lang },
    batch,
  };
}

/** The batch options (issue 8), checked once: errors show the offending value. */
export function resolveBatchConfig(flags: AnalyzeFlags): BatchConfig {
  const input = flags.input ?? 'auto';
  if (input !== 'auto' && !(INPUT_FORMATS as readonly string[]).includes(input)) {
    throw new UsageError(`--input must be one of auto, ${INPUT_FORMATS.join(', ')}; got "${input}"`);
  }
  const jobs = flags.jobs === undefined ? undefined : wholeNumber('--jobs', flags.jobs, 0);
  const timeout = flags.timeoutPerArticle === undefined ? null : wholeNumber('--timeout-per-article', flags.timeoutPerArticle, 1);
  let shard: Shard | null = null;
  if (flags.shard !== undefined) {
    try {
      shard = parseShard(flags.shard);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  if (flags.outDir === '') throw new UsageError('--out-dir needs a folder name; got ""');
  if (flags.resume && !flags.outDir) throw new UsageError('--resume needs --out-dir (it skips articles whose <id>.json exists there)');
  for (const [option, value] of [['--text-field', flags.textField], ['--id-field', flags.idField], ['--title-field', flags.titleField], ['--date-field', flags.dateField]] as const) {
    if (value === '') throw new UsageError(`${option} needs a field name; got ""`);
  }
  return {
    input: input as InputFormat | 'auto',
    fields: {
      text: flags.textField,
      id: flags.idField,
      title: flags.titleField,
      ...(flags.dateField !== undefined ? { date: [flags.dateField] } : {}),
    },
    exclude: flags.exclude ?? [],
    jobs,
    shard,
    outDir: flags.outDir ?? null,
    resume: flags.resume === true,
    timeoutPerArticle: timeout,
  };
}

function wholeNumber(option: string, value: string, min: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${option} must be a whole number ≥ ${min}; got "${value}"`);
  return n;
}

/**
 * `--color`/`--no-color` win; else NO_COLOR (https://no-color.org: set and not empty) turns
 * colour off, FORCE_COLOR (not 0) on; else colour only on a terminal. chalk reads neither
 * NO_COLOR nor our flags, hence its level is set here.
 */
function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, onTerminal: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return onTerminal;
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

async function openOutput(file: string): Promise<FileSink> {
  try {
    return await FileSink.open(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new UsageError(`-o ${file}: cannot write (${reason})`);
  }
}

function packageVersion(): string {
  // dist/bundle/main.js, dist/cli/main.js and src/cli/main.ts all sit two levels below package.json.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
