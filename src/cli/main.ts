// The command line: parses argv (commander), validates the configuration once, then streams
// inputs (inputs.ts) → records (analyze-input.ts) → a format (formats/) → stdout or `-o`.
// main() never touches `process`: tests run it with fake streams, bin/warta.js with the real ones.
import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { Command, CommanderError } from 'commander';
import { languagePacks } from '../lang/index.js';
import { contractJsonSchema } from '../schema.js';
import { isArticleError } from '../types.js';
import type { CliIO } from './io.js';
import { registerEvalCommand } from './eval-command.js';
import { analyzeInput, errorRecord, inputName, type RunAnalyzeOptions } from './analyze-input.js';
import { isInputFailure, readInputs } from './inputs.js';
import { createRenderer, isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from './formats/index.js';
import { DEFAULT_WIDTH } from './formats/table.js';
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
    .argument('[inputs...]', 'text files; `-` or none reads stdin')
    .option('--format <format>', `output format: ${OUTPUT_FORMATS.join(', ')} (default: table on a terminal, else json)`)
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--ref-date <date>', 'reference date (YYYY-MM-DD) for relative dates when an article has none')
    .option('--lang <code>', `analyse as this language instead of detecting it: ${Object.keys(languagePacks).join(', ')}`)
    .option('--color', 'colour the table format even when not on a terminal')
    .option('--no-color', 'never colour (also: NO_COLOR=1)')
    .option('-q, --quiet', 'no warnings on stderr (errors are still reported)')
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      exitCode = await runAnalyze(inputs, flags, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of one output record (an article or an error record)')
    .action(() => {
      io.stdout.write(`${JSON.stringify(contractJsonSchema(), null, 2)}\n`);
    });

  registerEvalCommand(program, io, (code) => (exitCode = code));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    // commander has already written its message (unknown option, missing argument, --help).
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw err;
  }
  return exitCode;
}

async function runAnalyze(inputs: string[], flags: AnalyzeFlags, io: CliIO): Promise<number> {
  let config: AnalyzeConfig;
  let sink: StreamSink;
  try {
    config = resolveAnalyzeConfig(flags, io);
    sink = config.output ? await openOutput(config.output) : new StreamSink(io.stdout);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`warta: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  const chalk = new Chalk({ level: config.color ? 1 : 0 });
  const renderer = createRenderer(config.format, sink, { chalk, width: config.width });
  const warn = (message: string) => io.stderr.write(`warta: ${message}\n`);

  if (inputs.length === 0 && (io.stdin as TerminalStream).isTTY && !config.quiet) {
    warn('reading an article from stdin (end it with Ctrl-D)');
  }
  let failed = 0;
  for await (const item of readInputs(inputs, io)) {
    const record = isInputFailure(item) ? errorRecord(item.failure) : analyzeInput(item, config.analysis);
    if (isArticleError(record)) {
      failed++;
      warn(`${inputName(record)}: ${record.error.message}`);
    } else if (!config.quiet) {
      for (const w of record.warnings) warn(`${inputName(record)}: warning: ${w}`);
    }
    await renderer.write(record);
    if (sink.stopped) break;
  }
  if (!sink.stopped) await renderer.end();
  if (sink instanceof FileSink) await sink.close();
  if (sink.failure) {
    warn(`${config.output ?? 'stdout'}: ${sink.failure.message}`);
    return EXIT_USAGE;
  }
  // A broken pipe ends the run quietly; the code reflects the inputs handled until then.
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
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

  return {
    format,
    output: flags.output ?? null,
    color: useColor(flags.color, io.env, onTerminal),
    quiet: flags.quiet === true,
    width: (onTerminal && destination.columns) || DEFAULT_WIDTH,
    analysis: { refDate, lang },
  };
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
  // dist/cli/main.js and src/cli/main.ts both sit two levels below package.json.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
