// `warta eval`: scores warta against gold annotations (--gold) or a CoNLL NER file (--conll).
// See README section `eval` and src/eval/. Exit codes: 0 ok, 1 some gold files could not be
// scored (the rest is reported), 2 usage error (missing or unreadable input, bad option).
import type { Command } from 'commander';
import type { CliIO } from './io.js';
import type { RunResult } from '../eval/run.js';

const FORMATS = ['table', 'json'] as const;

interface EvalOptions {
  gold?: string;
  articles?: string;
  conll?: string;
  format: string;
  errors?: boolean;
  color?: boolean;
}

/** As `warta analyze`: --color/--no-color win; else NO_COLOR off, FORCE_COLOR on; else only on a terminal. */
function useColor(io: CliIO, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  return (io.stdout as NodeJS.WriteStream).isTTY === true;
}

export function registerEvalCommand(program: Command, io: CliIO, setExitCode: (code: number) => void): void {
  program
    .command('eval')
    .description('score warta against gold annotations (--gold DIR) or a CoNLL NER file (--conll FILE)')
    .option('--gold <dir>', 'folder of gold <id>.json files (format: README section "eval")')
    .option('--articles <file>', 'JSONL of the articles {id, text, published, title?} (default: DIR/articles.jsonl)')
    .option('--conll <file>', 'CoNLL/BIO file (token ... TAG per line) for ORG/PER/LOC scoring')
    .option('--format <format>', `output: ${FORMATS.join(' or ')}`, 'table')
    .option('--errors', 'list each miss and false hit with its context')
    .option('--color', 'bold table headings even when not on a terminal')
    .option('--no-color', 'never colour (also: NO_COLOR=1)')
    .action(async (_opts: EvalOptions, command: Command) => {
      const opts = command.optsWithGlobals<EvalOptions>();
      const usage = (message: string) => {
        io.stderr.write(`warta eval: ${message}\n`);
        setExitCode(2);
      };
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        return usage(`--format must be one of ${FORMATS.join(', ')}; got "${opts.format}"`);
      }
      if (!opts.gold && !opts.conll) return usage('give --gold DIR (gold annotations) or --conll FILE (CoNLL NER file)');
      if (opts.gold && opts.conll) return usage('give either --gold or --conll, not both');
      if (opts.articles && !opts.gold) return usage('--articles goes with --gold DIR');

      // The scorer, the whole pipeline, zod, cli-table3 and chalk load only when eval runs, so
      // that `warta --help` and `--version`, which register this command, start quickly.
      const { evaluateConllFile, evaluateGoldDir, EvalUsageError } = await import('../eval/run.js');
      const { renderErrors, renderJson, renderTable } = await import('../eval/render.js');
      let run: RunResult;
      try {
        run = opts.gold ? await evaluateGoldDir(opts.gold, opts.articles) : await evaluateConllFile(opts.conll!);
      } catch (err) {
        if (err instanceof EvalUsageError) return usage(err.message);
        throw err;
      }
      for (const w of run.report.warnings) io.stderr.write(`warta eval: ${w}\n`);
      if (opts.format === 'json') io.stdout.write(renderJson(run.report, opts.errors === true));
      else {
        io.stdout.write(renderTable(run.report, useColor(io, opts.color)));
        if (opts.errors) io.stdout.write('\n' + renderErrors(run.report.errors));
      }
      setExitCode(run.failed ? 1 : 0);
    });
}
