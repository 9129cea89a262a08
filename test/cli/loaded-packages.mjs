// Preloaded with `node --import` by bin.test.ts: names on stderr every npm package the process
// loads, ESM (through a resolve hook) and CommonJS (the require cache at exit), one
// `loaded-package <name>` line each, so a test can check that a run loads only what it uses.
// Packages bundled into dist/bundle/ (scripts/bundle-cli.mjs) are named from the bundle files
// the run loaded (`loaded-bundle <file>`) and the bundle's inputs.json.
import { createRequire, register } from 'node:module';

const packageOf = (url) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
register(
  `data:text/javascript,${encodeURIComponent(`
const seen = new Set();
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(r.url);
  if (m && !seen.has(m[1])) { seen.add(m[1]); process._rawDebug('loaded-package ' + m[1]); }
  const b = /\\/dist\\/bundle\\/([^/]+\\.js)$/.exec(r.url);
  if (b && !seen.has(b[1])) { seen.add(b[1]); process._rawDebug('loaded-bundle ' + b[1]); }
  return r;
}`)}`,
);
const require = createRequire(import.meta.url);
process.on('exit', () => {
  const names = new Set(Object.keys(require.cache).map(packageOf).filter(Boolean));
  for (const name of names) process._rawDebug(`loaded-package ${name}`);
});
