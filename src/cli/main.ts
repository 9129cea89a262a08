// The command line: parses argv (commander), reads inputs, calls analyze(), renders a format.
// Minimal first version; the full CLI of issue 2 replaces it.
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { analyze } from '../engine/pipeline.js';
import type { CliIO } from './io.js';
import { registerEvalCommand } from './eval-command.js';

export async function main(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const program = new Command('warta');
  program.exitOverride();
  program
    .command('analyze')
    .argument('[inputs...]')
    .action(async (inputs: string[]) => {
      const results = [];
      for (const file of inputs) {
        const text = await readFile(file, 'utf8');
        results.push(analyze(text, { id: file, source: file }));
      }
      io.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
    });
  registerEvalCommand(program, io, (code) => (exitCode = code));
  await program.parseAsync(argv, { from: 'user' });
  return exitCode;
}
