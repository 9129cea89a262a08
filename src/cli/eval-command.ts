// `warta eval`: see issue 3. Registers its sub-command on the program.
import type { Command } from 'commander';
import type { CliIO } from './io.js';

export function registerEvalCommand(_program: Command, _io: CliIO, _setExitCode: (code: number) => void): void {}
