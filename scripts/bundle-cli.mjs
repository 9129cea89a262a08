#!/usr/bin/env node
// Bundles the built CLI (dist/cli/main.js and the pool's worker) into dist/bundle/ with esbuild,
// for bin/warta.js. Why: a cold run of one article loads ~150 ES modules of warta and chrono-node;
// Node resolves, reads and links each one, ~90 ms of a ~0.7 s run (README, "Batch runs").
// One bundle, split at the CLI's lazy imports (eval, CSV, tables), does that once.
//
// Only the packages a plain `analyze` run loads are bundled (chrono-node and dayjs, franc and its
// helpers, commander, wink-nlp). The rest stay ordinary imports from node_modules: they load only
// for some inputs or options (HTML pages, globs, progress bars, worker threads, other encodings),
// and wink-eng-lite-web-model is read by path (src/engine/wink-model.ts).
//
// franc builds, when imported, a trigram table for each of its 187 languages (~40 ms of a cold
// run); warta always calls it with `only` its six candidates (src/extractors/language.ts), so the
// bundle's copy of franc's data holds those six. franc scores the same languages the same way:
// a text whose main script holds none of them is `und` either way.
//
// dist/bundle/ sits at the same depth as dist/cli/, so the paths the CLI builds from its own
// location (`../../package.json`, `./worker.js`) hold in both. The library (dist/index.js) is not
// bundled. Run by `npm run build`, after tsc.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = new Set(['chrono-node', 'dayjs', 'franc', 'trigram-utils', 'collapse-white-space', 'n-gram', 'commander', 'wink-nlp']);
const outdir = join(root, 'dist/bundle');

/** The package a bare import names (`@scope/name/sub` → `@scope/name`). */
function packageOf(path) {
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** franc's data module with only the languages warta asks it about (as `only`). */
async function francDataModule(file) {
  const { identifiableLanguages } = await import(join(root, 'dist/lang/languages.js'));
  const wanted = new Set(identifiableLanguages.map((l) => l.iso639_3));
  const { data } = await import(file);
  const kept = {};
  for (const [script, languages] of Object.entries(data)) {
    const inScript = Object.entries(languages).filter(([iso]) => wanted.has(iso));
    if (inScript.length > 0) kept[script] = Object.fromEntries(inScript);
  }
  const found = Object.values(kept).flatMap((languages) => Object.keys(languages));
  const missing = [...wanted].filter((iso) => !found.includes(iso));
  if (missing.length > 0) throw new Error(`franc has no trigram model for ${missing.join(', ')}`);
  return `// franc's data.js, reduced by scripts/bundle-cli.mjs to ${found.join(', ')}.\nexport const data = ${JSON.stringify(kept)};\n`;
}
const francData = join(dirname(createRequire(import.meta.url).resolve('franc')), 'data.js');

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: join(root, 'dist/cli/main.js'), worker: join(root, 'dist/cli/worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  metafile: true,
  // Less source for Node to read and V8 to parse; identifiers stay (chrono-config.ts matches
  // chrono's parsers by class name, and stack traces stay readable).
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS packages inside an ES module bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __wartaCreateRequire } from 'node:module'; const require = __wartaCreateRequire(import.meta.url);" },
  plugins: [
    {
      name: 'bundle-only-the-hot-path',
      setup(b) {
        b.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async (args) => {
          if (args.path !== francData) return undefined;
          return { contents: await francDataModule(args.path), loader: 'js' };
        });
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('node:') || bundled.has(packageOf(args.path))) return undefined;
          return { path: args.path, external: true };
        });
      },
    },
  ],
});

// Which package files went into which bundle file: test/cli/bin.test.ts reads it to tell which
// packages a run loaded, bundled or not.
const inputsOf = Object.fromEntries(
  Object.entries(result.metafile.outputs).map(([file, output]) => [file.slice(file.lastIndexOf('/') + 1), Object.keys(output.inputs)]),
);
writeFileSync(join(outdir, 'inputs.json'), `${JSON.stringify(inputsOf, null, 1)}\n`);
