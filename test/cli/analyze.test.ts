// `warta analyze` through main() with fake streams.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticleError, type ArticleError, type ArticleResult } from '../../src/types.js';
import { ANSI, SEED, expectValidRecord, runMain } from './helpers.js';

const F = 'fixtures/cli';
const jsonl = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as ArticleResult | ArticleError);

describe('warta analyze: inputs and decoding', () => {
  it('reads a file and names the article after it', async () => {
    const r = await runMain(['analyze', `${F}/banjir-bekasi.txt`, '--lang', 'id']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const a = expectValidRecord(JSON.parse(r.stdout)) as ArticleResult;
    expect(a.id).toBe('banjir-bekasi');
    expect(a.source).toBe('fixtures/cli/banjir-bekasi.txt');
    expect(a.title).toBe('Banjir Rendam Ratusan Rumah di Bekasi');
    expect(a.language).toEqual({ code: 'id', iso639_3: 'ind', confidence: 1, alternatives: [] });
    expect(a.stats.characters).toBe(406);
    expect(a.stats.paragraphs).toBe(4);
  });

  it('reads stdin when there is no input, and for `-`', async () => {
    const text = readFileSync(`${F}/banjir-bekasi.txt`);
    for (const argv of [['analyze', '--lang', 'id'], ['analyze', '-', '--lang', 'id']]) {
      const r = await runMain(argv, { stdin: text });
      expect(r.code).toBe(0);
      const a = JSON.parse(r.stdout) as ArticleResult;
      expect(a.id).toBe('stdin');
      expect(a.source).toBeNull();
      expect(a.title).toBe('Banjir Rendam Ratusan Rumah di Bekasi');
      expect(a.stats.characters).toBe(406);
    }
  });

  it('mixes stdin and files in the order given', async () => {
    const r = await runMain(['analyze', `${F}/sekolah-crlf.txt`, '-', '--format', 'jsonl', '--lang', 'id'], {
      stdin: readFileSync(`${F}/banjir-bekasi.txt`),
    });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((a) => a.id)).toEqual(['sekolah-crlf', 'stdin']);
  });

  it('decodes Windows-1252: the “ ” of the headline come out right', async () => {
    const r = await runMain(['analyze', `${F}/cabai-1252.txt`, '--lang', 'id']);
    expect(r.code).toBe(0);
    const a = expectValidRecord(JSON.parse(r.stdout)) as ArticleResult;
    expect(a.title).toBe('Pedagang Sebut “Panen Terlambat” Bikin Harga Cabai Naik');
    // one character per byte, the CRLF line endings counted as read
    expect(a.stats.characters).toBe(306);
    expect(a.stats.paragraphs).toBe(3);
  });

  it('decodes UTF-16LE/BE and UTF-8 with a byte-order mark alike; offsets count code points', async () => {
    const r = await runMain(
      ['analyze', `${F}/gempa-utf16le.txt`, `${F}/gempa-utf16be.txt`, `${F}/gempa-utf8-bom.txt`, '--format', 'jsonl', '--lang', 'id'],
    );
    expect(r.code).toBe(0);
    const [le, be, bom] = jsonl(r.stdout) as ArticleResult[];
    for (const a of [le!, be!, bom!]) {
      expect(a.title).toBe('Gempa Guncang Cianjur, Warga Berhamburan 🏃');
      // 253 UTF-16 units, the runner emoji is one code point
      expect(a.stats.characters).toBe(252);
    }
    expect(le!.stats).toEqual(bom!.stats);
    expect(be!.stats).toEqual(bom!.stats);
  });

  it('keeps CRLF line endings: the title has no \\r and characters count every \\r', async () => {
    const r = await runMain(['analyze', `${F}/sekolah-crlf.txt`, '--lang', 'id']);
    const a = expectValidRecord(JSON.parse(r.stdout)) as ArticleResult;
    expect(a.title).toBe('Sekolah Rakyat Dibuka di Tiga Kota');
    expect(a.stats.characters).toBe(readFileSync(`${F}/sekolah-crlf.txt`, 'utf8').length);
    expect(a.stats.characters).toBe(223);
    expect(a.stats.paragraphs).toBe(3);
  });
});

describe('warta analyze: failures', () => {
  it('a missing file among good ones: exit 1, error record in its place, the rest written', async () => {
    const r = await runMain(['analyze', `${F}/banjir-bekasi.txt`, 'missing.txt', `${F}/sekolah-crlf.txt`, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('warta: missing.txt: no such file\n');
    const records = jsonl(r.stdout);
    expect(records.map((x) => x.id)).toEqual(['banjir-bekasi', 'missing', 'sekolah-crlf']);
    expect(records[1]).toEqual({
      schema: 'warta/1',
      id: 'missing',
      source: 'missing.txt',
      error: { code: 'not-found', message: 'no such file', file: 'missing.txt' },
    });
    for (const rec of records) expectValidRecord(rec);
    expect(isArticleError(records[0]!)).toBe(false);
    expect(isArticleError(records[2]!)).toBe(false);
  });

  it('json: the error record takes its place in the array', async () => {
    const r = await runMain(['analyze', 'missing.txt', `${F}/banjir-bekasi.txt`, '--format', 'json']);
    expect(r.code).toBe(1);
    const arr = JSON.parse(r.stdout) as unknown[];
    expect(arr).toHaveLength(2);
    expect((arr[0] as ArticleError).error.code).toBe('not-found');
    expect((arr[1] as ArticleResult).id).toBe('banjir-bekasi');
  });

  it('an empty or whitespace-only file is an `empty` error record, exit 1', async () => {
    const r = await runMain(['analyze', `${F}/kosong.txt`, `${F}/spasi.txt`, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout)).toEqual([
      { schema: 'warta/1', id: 'kosong', source: 'fixtures/cli/kosong.txt', error: { code: 'empty', message: 'empty input (no text to analyse)', file: 'fixtures/cli/kosong.txt' } },
      { schema: 'warta/1', id: 'spasi', source: 'fixtures/cli/spasi.txt', error: { code: 'empty', message: 'empty input (no text to analyse)', file: 'fixtures/cli/spasi.txt' } },
    ]);
    expect(r.stderr).toBe(
      'warta: fixtures/cli/kosong.txt: empty input (no text to analyse)\nwarta: fixtures/cli/spasi.txt: empty input (no text to analyse)\n',
    );
  });

  it('empty stdin is named `stdin`', async () => {
    const r = await runMain(['analyze', '--format', 'jsonl'], { stdin: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('warta: stdin: empty input (no text to analyse)\n');
    expect(JSON.parse(r.stdout)).toEqual({ schema: 'warta/1', id: 'stdin', source: null, error: { code: 'empty', message: 'empty input (no text to analyse)' } });
  });

  it('a binary file is refused with a message naming it', async () => {
    const r = await runMain(['analyze', `${F}/foto.png`, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('warta: fixtures/cli/foto.png: binary file, not analysed (NUL bytes; UTF-16 text needs a byte-order mark)\n');
    const rec = expectValidRecord(JSON.parse(r.stdout)) as ArticleError;
    expect(rec.error.code).toBe('binary');
    expect(rec.id).toBe('foto');
  });

  it('a folder without article files is an error record (a folder with some is walked: test/batch)', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'warta-empty-'));
    const r = await runMain(['analyze', empty, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    // then the summary line of a batch run (a folder is one)
    expect(r.stderr).toMatch(new RegExp(`^warta: ${empty}: is a directory\n` + 'warta: 1 article, 1 error, \\d+\\.\\d s, \\d+\\.\\d articles/s\n$'));
  });

  it('table and csv: failures only on stderr, nothing in stdout for them', async () => {
    const csv = await runMain(['analyze', 'missing.txt', '--format', 'csv']);
    expect(csv.code).toBe(1);
    expect(csv.stdout).toBe('article_id,kind,text,start,end,value,unit,speaker,role,affiliation,rule\r\n');
    const table = await runMain(['analyze', 'missing.txt', '--format', 'table']);
    expect(table.code).toBe(1);
    expect(table.stdout).toBe('');
    expect(table.stderr).toBe('warta: missing.txt: no such file\n');
  });
});

describe('warta analyze: options', () => {
  it('rejects a bad --format with the offending value (exit 2), before reading any input', async () => {
    const r = await runMain(['analyze', 'missing.txt', '--format', 'xml']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'warta: --format must be one of json, jsonl, csv, table; got "xml"\n' });
  });

  it('rejects a bad --ref-date and --lang (exit 2)', async () => {
    for (const [flag, value, message] of [
      ['--ref-date', '26/7/2023', 'warta: --ref-date must be a date written YYYY-MM-DD; got "26/7/2023"\n'],
      ['--ref-date', '2023-02-30', 'warta: --ref-date must be a date written YYYY-MM-DD; got "2023-02-30"\n'],
      ['--lang', 'ms', 'warta: --lang must be one of id, en; got "ms"\n'],
    ] as const) {
      const r = await runMain(['analyze', SEED, flag, value]);
      expect(r).toEqual({ code: 2, stdout: '', stderr: message });
    }
  });

  it('an unknown option: exit 2 with commander\'s message', async () => {
    const r = await runMain(['analyze', SEED, '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("error: unknown option '--frobnicate'\n");
  });

  it('an unknown command and no command at all: exit 2', async () => {
    expect((await runMain(['analyse', SEED])).code).toBe(2);
    const none = await runMain([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: warta [options] [command]');
  });

  it('--help exits 0 and lists the options', async () => {
    const r = await runMain(['analyze', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--format <format>', '-o, --output <file>', '--ref-date <date>', '--lang <code>', '--no-color', '-q, --quiet']) {
      expect(r.stdout).toContain(flag);
    }
  });

  it('--ref-date becomes `published` when the input has no date', async () => {
    const r = await runMain(['analyze', `${F}/banjir-bekasi.txt`, '--ref-date', '2024-03-05', '--lang', 'id']);
    expect((JSON.parse(r.stdout) as ArticleResult).published).toBe('2024-03-05');
  });

  it('-o writes the output to a file and nothing to stdout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'warta-cli-'));
    const out = path.join(dir, 'hasil.jsonl');
    const r = await runMain(['analyze', `${F}/banjir-bekasi.txt`, `${F}/sekolah-crlf.txt`, '-o', out, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(jsonl(readFileSync(out, 'utf8')).map((a) => a.id)).toEqual(['banjir-bekasi', 'sekolah-crlf']);
  });

  it('-o defaults to json even when stdout is a terminal', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'warta-cli-'));
    const out = path.join(dir, 'hasil.json');
    const r = await runMain(['analyze', `${F}/banjir-bekasi.txt`, '-o', out], { terminalColumns: 80 });
    expect(r.code).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as ArticleResult).id).toBe('banjir-bekasi');
  });

  it('-o into a missing directory is a fatal error (exit 2) naming the file', async () => {
    const r = await runMain(['analyze', SEED, '-o', '/nonexistent-dir/x.json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'warta: -o /nonexistent-dir/x.json: cannot write (no such directory)\n' });
  });

  it('-q silences warnings but not errors', async () => {
    // Japanese is neither analysed nor confused with Indonesian: a warning, empty arrays.
    const stdin = '東京で新しい駅が開業しました。多くの人が訪れました。';
    const loud = await runMain(['analyze', '-', 'missing.txt', '--format', 'jsonl'], { stdin });
    const quiet = await runMain(['analyze', '-', 'missing.txt', '--format', 'jsonl', '-q'], { stdin });
    expect(loud.stderr).toMatch(/^warta: stdin: warning: language "\w+" is not analysed \(supported: id, en\); use --lang to force one\n/);
    expect(loud.stderr.endsWith('warta: missing.txt: no such file\n')).toBe(true);
    expect(quiet.stderr).toBe('warta: missing.txt: no such file\n');
    expect(quiet.stdout).toBe(loud.stdout);
  });
});

describe('warta analyze: formats', () => {
  it('json: one article is an object, several an array, pretty-printed', async () => {
    const one = await runMain(['analyze', `${F}/banjir-bekasi.txt`]);
    expect(one.stdout.startsWith('{\n  "schema": "warta/1",\n  "id": "banjir-bekasi",')).toBe(true);
    const two = await runMain(['analyze', `${F}/banjir-bekasi.txt`, `${F}/sekolah-crlf.txt`]);
    expect(two.stdout.startsWith('[\n  {\n    "schema": "warta/1",\n    "id": "banjir-bekasi",')).toBe(true);
    const arr = JSON.parse(two.stdout) as ArticleResult[];
    expect(arr.map((a) => a.id)).toEqual(['banjir-bekasi', 'sekolah-crlf']);
    // same bytes as JSON.stringify of the array: the streamed array is ordinary JSON
    expect(two.stdout).toBe(`${JSON.stringify(arr, null, 2)}\n`);
  });

  it('jsonl: one compact line per article', async () => {
    const r = await runMain(['analyze', `${F}/banjir-bekasi.txt`, `${F}/sekolah-crlf.txt`, '--format', 'jsonl']);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(JSON.stringify(JSON.parse(lines[0]!)));
  });

  it('the default format is table on a terminal and json otherwise', async () => {
    const tty = await runMain(['analyze', `${F}/banjir-bekasi.txt`, '--lang', 'id'], { terminalColumns: 80 });
    expect(tty.stdout.split('\n')[0]).toContain('Banjir Rendam Ratusan Rumah di Bekasi');
    expect(() => JSON.parse(tty.stdout)).toThrow();
    const pipe = await runMain(['analyze', `${F}/banjir-bekasi.txt`]);
    expect((JSON.parse(pipe.stdout) as ArticleResult).id).toBe('banjir-bekasi');
  });

  it('table on a terminal is coloured; NO_COLOR and --no-color give no ANSI escape', async () => {
    const args = ['analyze', SEED, '--format', 'table'];
    const coloured = await runMain(args, { terminalColumns: 80 });
    expect(coloured.stdout).toMatch(ANSI);
    const noColorEnv = await runMain(args, { terminalColumns: 80, env: { NO_COLOR: '1' } });
    expect(noColorEnv.stdout).not.toMatch(ANSI);
    const noColorFlag = await runMain([...args, '--no-color'], { terminalColumns: 80 });
    expect(noColorFlag.stdout).not.toMatch(ANSI);
    expect(noColorFlag.stdout).toBe(noColorEnv.stdout);
    expect(noColorFlag.stdout).toBe(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, ''));
    // --color wins over NO_COLOR; off a terminal there is no colour unless asked for
    expect((await runMain([...args, '--color'], { env: { NO_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runMain(args)).stdout).not.toMatch(ANSI);
  });
});

describe('warta analyze: a closed pipe', () => {
  it('stops quietly with exit 0 when stdout reports EPIPE', async () => {
    const { Collector } = await import('./helpers.js');
    const { main } = await import('../../src/cli/main.js');
    const { Readable } = await import('node:stream');
    // A stdout whose reader goes away after the first line, as with `| head -1`.
    class ClosedAfterFirst extends Collector {
      override _write(chunk: Buffer | string, enc: BufferEncoding, done: (err?: Error | null) => void): void {
        if (this.chunks.length === 0) return super._write(chunk, enc, done);
        const err = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        done(err);
      }
    }
    const stdout = new ClosedAfterFirst();
    const stderr = new Collector();
    const inputs = Array.from({ length: 5 }, () => `${F}/banjir-bekasi.txt`);
    const code = await main(['analyze', ...inputs, '--format', 'jsonl', '--lang', 'id'], { stdin: Readable.from([]), stdout, stderr, env: {} });
    expect(code).toBe(0);
    expect(stderr.text).toBe('');
    expect(stdout.chunks).toHaveLength(1);
  });
});
