#!/usr/bin/env node
// Shebang shim: runs the built CLI (bundled by scripts/bundle-cli.mjs) and sets the exit code
// (0 ok, 1 some inputs failed, 2 usage/fatal).
import { main } from '../dist/bundle/main.js';

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`warta: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
