// Transpiles src/**/*.ts to plain JavaScript under scratch/.src-build (type checking is tsc's
// job) so that scripts can import the library's modules without touching the shared dist/.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function transpileSource(outDir = join(root, 'scratch', '.src-build')) {
  const src = join(root, 'src');
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
        const out = ts.transpileModule(readFileSync(p, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
          fileName: p,
        });
        const dest = join(outDir, relative(src, p)).replace(/\.ts$/, '.js');
        mkdirSync(dirname(dest), { recursive: true });
        writeFileSync(dest, out.outputText);
      }
    }
  };
  walk(src);
  return outDir;
}
