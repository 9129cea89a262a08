import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articlePath, outputName, writeOutput } from '../../src/cli/outdir.js';
import { runBatch } from '../../src/cli/batch.js';
import type { ArticleOutput } from '../../src/types.js';

const B = 'fixtures/batch';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'warta-outdir-'));
}

/** A stderr that is not a terminal, keeping what was written. */
function stderr() {
  const lines: string[] = [];
  return { lines, stream: { isTTY: false, write: (s: string) => (lines.push(s), true) } as unknown as NodeJS.WritableStream };
}

describe('--out-dir', () => {
  it('names files safely after the article id', () => {
    expect(outputName('pasar-tanah-abang')).toBe('pasar-tanah-abang');
    expect(outputName('2023/07/berita utama')).toBe('2023_07_berita_utama');
    expect(outputName('../../etc/passwd')).toBe('_.._.._etc_passwd');
    expect(outputName('')).toBe('_');
    expect(outputName('x'.repeat(300))).toHaveLength(200);
  });

  it('writes atomically, leaves no temporary file, and a success replaces an earlier error file', async () => {
    const dir = tempDir();
    try {
      const error = { schema: 'warta/1', id: 'a/b', source: 'x.jsonl:1', error: { code: 'timeout', message: 'm', file: 'x.jsonl', line: 1 } } as ArticleOutput;
      await writeOutput(dir, error);
      expect(readdirSync(dir)).toEqual(['a_b.error.json']);
      const article = { schema: 'warta/1', id: 'a/b', source: 'x.jsonl:1', title: 'T' } as unknown as ArticleOutput;
      const path = await writeOutput(dir, article);
      expect(path).toBe(join(dir, 'a_b.json'));
      expect(readdirSync(dir)).toEqual(['a_b.json']);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(article);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes one file per article and, with --resume, analyses only what is missing', async () => {
    const dir = tempDir();
    try {
      const first = stderr();
      const run1 = await runBatch({ inputs: [`${B}/archive.jsonl`], outDir: dir, jobs: 0 }, { stderr: first.stream }, async () => {
        throw new Error('nothing goes to the stream with --out-dir');
      });
      expect(readdirSync(dir).sort()).toEqual([
        'archive-3.error.json', 'harga-cabai.json', 'kereta-cepat.json', 'panen-padi-karawang.json', 'pasar-tanah-abang.json', 'tanpa-teks.error.json',
      ]);
      expect({ articles: run1.articles, errors: run1.errors, skipped: run1.skipped }).toEqual({ articles: 6, errors: 2, skipped: 0 });
      expect(first.lines.slice(0, 2)).toEqual([
        `warta: ${B}/archive.jsonl:3: not valid JSON (Unterminated string in JSON at position 60)\n`,
        `warta: ${B}/archive.jsonl:5: no "text" field\n`,
      ]);
      expect(first.lines[2]).toMatch(/^warta: 6 articles, 2 errors, \d+\.\d s, \d+\.\d articles\/s\n$/);
      const kept = readFileSync(articlePath(dir, 'kereta-cepat'), 'utf8');

      // A killed run: one article's file is missing. --resume redoes it and the failed ones.
      rmSync(articlePath(dir, 'kereta-cepat'));
      const second = stderr();
      const run2 = await runBatch({ inputs: [`${B}/archive.jsonl`], outDir: dir, resume: true, jobs: 0, quiet: true }, { stderr: second.stream }, async () => {});
      expect({ articles: run2.articles, errors: run2.errors, skipped: run2.skipped }).toEqual({ articles: 3, errors: 2, skipped: 3 });
      expect(readFileSync(articlePath(dir, 'kereta-cepat'), 'utf8')).toBe(kept);
      // -q: no summary line, but errors are still reported
      expect(second.lines).toEqual([
        `warta: ${B}/archive.jsonl:3: not valid JSON (Unterminated string in JSON at position 60)\n`,
        `warta: ${B}/archive.jsonl:5: no "text" field\n`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
