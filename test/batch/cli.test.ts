// `warta analyze` over archives: through main() with fake streams, and as a Unix filter
// through the real bin (needs dist/: `npm test` builds first).
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runMain } from '../cli/helpers.js';
import type { ArticleError, ArticleOutput, ArticleResult } from '../../src/types.js';

const B = 'fixtures/batch';
const lines = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l) as ArticleOutput);
const SUMMARY = /^warta: \d+ articles?, \d+ errors?(, \d+ skipped \(output exists\))?, \d+\.\d s, \d+\.\d articles\/s$/;

/** JSONL on stdin as a filter gets it: good records, a malformed one, a blank line. */
const FILTER_INPUT = [
  '{"id":"pemilu","text":"Komisi Pemilihan Umum (KPU) menetapkan jadwal kampanye mulai 28 November 2023.","published":"2023-11-20"}',
  '{"id":"rusak","text":"tanpa penutup',
  '{"id":"gempa","text":"Gempa bermagnitudo 5,2 mengguncang Kabupaten Cianjur pada Senin pagi."}',
  '',
  '{"text":"Harga emas Antam naik Rp 5.000 menjadi Rp 1.100.000 per gram."}',
].join('\n') + '\n';

function expectFilterOutput(stdout: string): void {
  const out = stdout.split('\n');
  expect(out).toHaveLength(6); // five lines and the final newline
  expect(out[5]).toBe('');
  const records = out.slice(0, 5).map((l) => JSON.parse(l) as ArticleOutput);
  expect(records.map((r) => r.id)).toEqual(['pemilu', 'stdin-2', 'gempa', 'stdin-4', 'stdin-5']);
  expect((records[0] as ArticleResult).published).toBe('2023-11-20');
  expect(records[1]).toEqual({
    schema: 'warta/1', id: 'stdin-2', source: null,
    error: { code: 'malformed-record', message: 'not valid JSON (Unterminated string in JSON at position 35)', line: 2 },
  });
  expect((records[3] as ArticleError).error).toEqual({ code: 'malformed-record', message: 'blank line', line: 4 });
  expect((records[4] as ArticleResult).language.code).toBe('id');
}

describe('warta analyze as a Unix filter (bin)', () => {
  for (const jobs of [[], ['--jobs', '2']]) {
    it(`writes one line per input line, in order, errors in place ${jobs.join(' ') || '(default jobs)'}`, () => {
      const r = spawnSync(process.execPath, ['bin/warta.js', 'analyze', '--input', 'jsonl', '--format', 'jsonl', ...jobs, '-'], {
        cwd: ROOT, input: FILTER_INPUT, encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expectFilterOutput(r.stdout);
      const stderr = r.stderr.trimEnd().split('\n');
      expect(stderr.filter((l) => !l.includes(': warning: '))).toEqual([
        'warta: stdin:2: not valid JSON (Unterminated string in JSON at position 35)',
        'warta: stdin:4: blank line',
        expect.stringMatching(/^warta: 5 articles, 2 errors, /),
      ]);
    });
  }

  it('answers each line before the next one arrives (flushes as it goes)', async () => {
    const child = spawn(process.execPath, ['bin/warta.js', 'analyze', '--input', 'jsonl', '--format', 'jsonl', '-q', '-'], { cwd: ROOT });
    let received = '';
    const nextLine = () =>
      new Promise<string>((resolve) => {
        const check = () => {
          const nl = received.indexOf('\n');
          if (nl < 0) return false;
          const line = received.slice(0, nl);
          received = received.slice(nl + 1);
          child.stdout.off('data', onData);
          resolve(line);
          return true;
        };
        const onData = (d: Buffer) => {
          received += d.toString();
          check();
        };
        if (!check()) child.stdout.on('data', onData);
      });
    const [first, , third] = FILTER_INPUT.split('\n');
    child.stdin.write(`${first}\n`);
    expect((JSON.parse(await nextLine()) as ArticleOutput).id).toBe('pemilu');
    child.stdin.write(`${third}\n`); // sent only after the answer to the first
    expect((JSON.parse(await nextLine()) as ArticleOutput).id).toBe('gempa');
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  const parallel = spawnSync('sh', ['-c', 'command -v parallel']).status === 0;
  it.skipIf(!parallel)('serves as the per-record program of GNU parallel --pipe', { timeout: 120_000 }, () => {
    const input = readFileSync(`${B}/archive.jsonl`, 'utf8');
    const direct = spawnSync(process.execPath, ['bin/warta.js', 'analyze', '--input', 'jsonl', '--format', 'jsonl', '-q', '-'], {
      cwd: ROOT, input, encoding: 'utf8',
    });
    const piped = spawnSync('parallel', ['--pipe', '-N', '2', '--keep-order', '-j', '2', process.execPath, 'bin/warta.js', 'analyze', '--input', 'jsonl', '--format', 'jsonl', '-q', '-'], {
      cwd: ROOT, input, encoding: 'utf8',
    });
    const a = lines(direct.stdout);
    const b = lines(piped.stdout);
    expect(b).toHaveLength(input.trimEnd().split('\n').length);
    expect(b.map((r) => r.id)).toEqual(['pasar-tanah-abang', 'panen-padi-karawang', 'stdin-1', 'kereta-cepat', 'tanpa-teks', 'harga-cabai']);
    // Each chunk is a fresh stdin: line numbers and fallback ids count within the chunk.
    expect((b[2] as ArticleError).error.line).toBe(1);
    for (const i of [0, 1, 3, 5]) expect(b[i]).toEqual(a[i]);
  });
});

describe('warta analyze over archives (main)', () => {
  it('walks a folder, leaves out --exclude, reads .gz and HTML, and ends with a summary line', async () => {
    const r = await runMain(['analyze', `${B}/folder`, `${B}/inflasi.txt.gz`, `${B}/pages/banjir-semarang.html`, '--exclude', '**/draft/**', '--format', 'jsonl', '--jobs', '0']);
    expect(r.code).toBe(0);
    const records = lines(r.stdout) as ArticleResult[];
    expect(records.map((a) => [a.id, a.source])).toEqual([
      ['longsor-garut', `${B}/folder/daerah/longsor-garut.txt`],
      ['inflasi', `${B}/folder/ekonomi/inflasi.txt`],
      ['inflasi', `${B}/inflasi.txt.gz`],
      ['banjir-semarang', `${B}/pages/banjir-semarang.html`],
    ]);
    expect(records[3]!.title).toBe('Banjir Rendam 12 Kelurahan di Semarang');
    expect(records[3]!.published).toBe('2024-02-14');
    expect(records[2]!.stats).toEqual(records[1]!.stats);
    expect(r.stderr.trimEnd().split('\n').pop()).toMatch(SUMMARY);
    expect(r.stderr.trimEnd().split('\n').pop()).toMatch(/^warta: 4 articles, 0 errors, /);
  });

  it('reads other JSONL field names; -q leaves errors only', async () => {
    const r = await runMain(['analyze', `${B}/custom-fields.jsonl`, `${B}/archive.jsonl`, '--text-field', 'isi', '--id-field', 'kode', '--title-field', 'judul', '--date-field', 'tanggal', '--format', 'jsonl', '-q', '--jobs', '0']);
    expect(r.code).toBe(1);
    const records = lines(r.stdout);
    expect(records.slice(0, 2).map((a) => [a.id, (a as ArticleResult).title, (a as ArticleResult).published])).toEqual([
      ['A-01', 'Jembatan Baru Dibuka', '2023-11-10'],
      ['A-02', 'Sekolah Terendam', '2023-11-12'],
    ]);
    // archive.jsonl has no `isi`: every line is an error record in its place
    expect(records.slice(2).map((a) => (a as ArticleError).error.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.stderr.split('\n')[0]).toBe(`warta: ${B}/archive.jsonl:1: no "isi" field`);
    expect(r.stderr).not.toMatch(/articles\/s/);
  });

  it('--shard K/N: the N shards together are the archive, each line once', async () => {
    const ids: string[][] = [];
    for (const shard of ['1/2', '2/2']) {
      const r = await runMain(['analyze', `${B}/archive.jsonl`, '--shard', shard, '--format', 'jsonl', '-q', '--jobs', '0']);
      ids.push(lines(r.stdout).map((a) => a.id!));
    }
    expect(ids).toEqual([
      ['pasar-tanah-abang', 'archive-3', 'tanpa-teks'],
      ['panen-padi-karawang', 'kereta-cepat', 'harga-cabai'],
    ]);
  });

  it('--out-dir writes one file per article; --resume skips those that exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-cli-out-'));
    try {
      const first = await runMain(['analyze', `${B}/archive.jsonl`, '--out-dir', dir, '--jobs', '0', '-q']);
      expect(first.code).toBe(1);
      expect(first.stdout).toBe('');
      expect(readdirSync(dir).filter((f) => !f.endsWith('.error.json')).sort()).toEqual([
        'harga-cabai.json', 'kereta-cepat.json', 'panen-padi-karawang.json', 'pasar-tanah-abang.json',
      ]);
      rmSync(join(dir, 'harga-cabai.json'));
      const second = await runMain(['analyze', `${B}/archive.jsonl`, '--out-dir', dir, '--resume', '--jobs', '0']);
      expect(second.stderr.trimEnd().split('\n').pop()).toMatch(/^warta: 3 articles, 2 errors, 3 skipped \(output exists\), /);
      expect(existsSync(join(dir, 'harga-cabai.json'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad batch options with the offending value (exit 2)', async () => {
    const cases: Array<[string[], string]> = [
      [['--jobs', 'dua'], 'warta: --jobs must be a whole number ≥ 0; got "dua"\n'],
      [['--timeout-per-article', '0'], 'warta: --timeout-per-article must be a whole number ≥ 1; got "0"\n'],
      [['--shard', '3/2'], 'warta: --shard must be K/N with 1 ≤ K ≤ N (the K-th of N shards); got "3/2"\n'],
      [['--input', 'xml'], 'warta: --input must be one of auto, text, jsonl, html; got "xml"\n'],
      [['--resume'], 'warta: --resume needs --out-dir (it skips articles whose <id>.json exists there)\n'],
      [['--out-dir', 'x', '-o', 'y.json'], 'warta: --out-dir and -o both say where to write; give one\n'],
    ];
    for (const [args, message] of cases) {
      expect(await runMain(['analyze', `${B}/archive.jsonl`, ...args])).toEqual({ code: 2, stdout: '', stderr: message });
    }
  });
});
