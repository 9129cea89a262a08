// The real bin (node bin/warta.js, on the built dist/) on the seed article, in every format.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ArticleResult } from '../../src/types.js';
import { ANSI, ROOT, SEED, expectValidRecord, runBin } from './helpers.js';

const SEED_TEXT = readFileSync(SEED, 'utf8');
const TITLE = 'TikTok Ancam UMKM Indonesia, Kemenkop dan UKM Melunak';

/**
 * What the article model gives for the seed (computed once with src/engine/document.ts):
 * 2,512 code points; 12 content paragraphs + the title = 13 (the section label `Market` on top
 * and the scraper line `Back to top button` at the bottom are not content); 22 sentences and
 * 420 tokens in those paragraphs.
 */
const SEED_STATS = { characters: 2512, paragraphs: 13, sentences: 22, tokens: 420 };

const seedJson = (() => {
  let cached: ArticleResult | null = null;
  return () => {
    if (cached) return cached;
    const r = runBin(['analyze', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    cached = JSON.parse(r.stdout) as ArticleResult;
    return cached;
  };
})();

describe('the seed article through bin/warta.js', () => {
  it('json: Indonesian, its title, the boilerplate lines not counted, valid against the schema', () => {
    const a = seedJson();
    expectValidRecord(a);
    expect(a.id).toBe('tiktok-project-s');
    expect(a.source).toBe(SEED);
    expect(a.title).toBe(TITLE);
    expect(a.language.code).toBe('id');
    expect(a.language.iso639_3).toBe('ind');
    for (const alt of a.language.alternatives) expect(a.language.confidence).toBeGreaterThanOrEqual(alt.confidence);
    expect(a.stats).toEqual(SEED_STATS);
    expect(a.stats.characters).toBe([...SEED_TEXT].length);
    // nothing extracted from the boilerplate lines
    expect(JSON.stringify(a)).not.toContain('Back to top');
  });

  it('jsonl: the same article on one line', () => {
    const r = runBin(['analyze', SEED, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(seedJson())}\n`);
  });

  it('csv: the header, then one row per item of the json output, each row\'s text at its offsets', () => {
    const r = runBin(['analyze', SEED, '--format', 'csv']);
    expect(r.code).toBe(0);
    const a = seedJson();
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('article_id,kind,text,start,end,value,unit,speaker,role,affiliation,rule');
    const mentions = [...a.organisations, ...a.people, ...a.places].reduce((n, e) => n + e.mentions.length, 0);
    const items = a.quotes.length + mentions + a.figures.length + a.dates.length;
    // quoted fields may hold line breaks, so count records through the spans instead of lines
    const codePoints = [...SEED_TEXT];
    const spans = [
      ...a.quotes.map((q) => q.span),
      ...[...a.organisations, ...a.people, ...a.places].flatMap((e) => e.mentions),
      ...a.figures,
      ...a.dates,
    ];
    expect(spans).toHaveLength(items);
    for (const s of spans) expect(codePoints.slice(s.start, s.end).join('')).toBe(s.text);
    if (items === 0) expect(r.stdout).toBe(`${lines[0]}\r\n`);
    else expect(r.stdout.match(/\r\ntiktok-project-s,/g)).toHaveLength(items);
  });

  it('table with NO_COLOR: header with title, language and confidence, no ANSI escape', () => {
    const r = runBin(['analyze', SEED, '--format', 'table'], { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    const a = seedJson();
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(TITLE);
    expect(lines[1]).toBe(`tiktok-project-s · ${SEED}`);
    expect(lines[2]!.startsWith(`Language id (${a.language.confidence.toFixed(2)}`)).toBe(true);
    expect(lines[2]!.endsWith(`   Published ${a.published ?? 'unknown'}`)).toBe(true);
    expect(lines[3]).toBe('13 paragraphs · 22 sentences · 420 tokens · 2512 characters');
    expect(runBin(['analyze', SEED, '--format', 'table', '--no-color']).stdout).toBe(r.stdout);
  });

  it('stdin: the same analysis under the id `stdin`', () => {
    const r = runBin(['analyze'], { input: readFileSync(SEED) });
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as ArticleResult;
    expect(a).toEqual({ ...seedJson(), id: 'stdin', source: null });
  });

  it('output is valid against the JSON Schema that `warta schema` prints', () => {
    const r = runBin(['schema']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const fromPrinted = z.fromJSONSchema(printed as Parameters<typeof z.fromJSONSchema>[0]);
    expect(fromPrinted.safeParse(seedJson()).success).toBe(true);
    const missing = runBin(['analyze', 'missing.txt', '--format', 'jsonl']);
    expect(fromPrinted.safeParse(JSON.parse(missing.stdout)).success).toBe(true);
    // and it can fail: a record without its title, or with a negative offset
    const { title: _t, ...untitled } = seedJson();
    expect(fromPrinted.safeParse(untitled).success).toBe(false);
    expect(fromPrinted.safeParse({ ...seedJson(), stats: { ...SEED_STATS, tokens: -1 } }).success).toBe(false);
  });
});

describe('bin/warta.js as a process', () => {
  it('exit codes: 1 with a missing file among good ones, 2 on an unknown option and a bad --format', () => {
    const some = runBin(['analyze', SEED, 'missing.txt', '--format', 'jsonl']);
    expect(some.code).toBe(1);
    expect(some.stderr).toBe('warta: missing.txt: no such file\n');
    expect(some.stdout.split('\n')).toHaveLength(3);
    const unknown = runBin(['analyze', SEED, '--frobnicate']);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: "error: unknown option '--frobnicate'\n" });
    const format = runBin(['analyze', SEED, '--format', 'xml']);
    expect(format).toEqual({ code: 2, stdout: '', stderr: 'warta: --format must be one of json, jsonl, csv, table; got "xml"\n' });
  });

  it('`| head -1` ends quietly with exit 0 and no EPIPE error', () => {
    const inputs = Array.from({ length: 120 }, () => SEED).join(' ');
    const r = spawnSync('bash', ['-c', `set -o pipefail; node bin/warta.js analyze --format jsonl ${inputs} | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect((JSON.parse(r.stdout) as ArticleResult).id).toBe('tiktok-project-s');
  });
});

describe('a run loads only what it uses (cold start)', () => {
  /** The npm packages a run of bin/warta.js loads, from node_modules or inside the bundle files
   *  it loads, and its output. */
  const packagesOf = (args: string[]) => {
    const r = runBin(args, { env: { NODE_OPTIONS: '--import ./test/cli/loaded-packages.mjs' } });
    const lines = r.stderr.split('\n');
    const after = (prefix: string) => lines.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
    const bundleInputs = JSON.parse(readFileSync(`${ROOT}dist/bundle/inputs.json`, 'utf8')) as Record<string, string[]>;
    const bundled = after('loaded-bundle ').flatMap((file) => bundleInputs[file] ?? [`unknown bundle file ${file}`]);
    const fromBundle = bundled.map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1]).filter((p): p is string => p !== undefined);
    const loaded = new Set([...after('loaded-package '), ...fromBundle]);
    const otherStderr = lines.filter((l) => l !== '' && !l.startsWith('loaded-package ') && !l.startsWith('loaded-bundle '));
    return { code: r.code, stdout: r.stdout, loaded, bundleFiles: after('loaded-bundle '), otherStderr };
  };
  // Each is loaded on first use only: by the table or CSV format, non-UTF-8 input, HTML, the
  // worker pool, the progress bar on a terminal, `warta schema`.
  const LAZY = ['cli-table3', 'chalk', 'csv-stringify', 'iconv-lite', 'linkedom', '@mozilla/readability', 'piscina', 'cli-progress', 'zod'];

  it('json on one article: the analysis and commander, none of the lazily loaded packages', () => {
    const r = packagesOf(['analyze', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.otherStderr).toEqual([]);
    expect((JSON.parse(r.stdout) as ArticleResult).id).toBe('tiktok-project-s');
    expect([...r.loaded].filter((p) => LAZY.includes(p))).toEqual([]);
    expect(r.loaded.has('commander')).toBe(true);
    expect(r.loaded.has('wink-nlp')).toBe(true);
    expect(r.loaded.has('chrono-node')).toBe(true);
    expect(r.bundleFiles).toContain('main.js');
  });

  it('--version and --help load commander only: no model, no scorer', () => {
    for (const args of [['--version'], ['--help']]) {
      const r = packagesOf(args);
      expect(r.code).toBe(0);
      expect([...r.loaded].sort()).toEqual(['commander']);
    }
  });

  it('table loads cli-table3 and chalk, csv loads csv-stringify, each nothing else of the lazy ones', () => {
    const table = packagesOf(['analyze', SEED, '--format', 'table']);
    expect(table.code).toBe(0);
    expect([...table.loaded].filter((p) => LAZY.includes(p)).sort()).toEqual(['chalk', 'cli-table3']);
    const csv = packagesOf(['analyze', SEED, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect([...csv.loaded].filter((p) => LAZY.includes(p))).toEqual(['csv-stringify']);
  });
});

describe('the bundle (dist/bundle, scripts/bundle-cli.mjs) analyses as the sources do', () => {
  it('language, with franc reduced to the six candidates: every sentence of the language fixtures, mixed scripts, and whole articles', async () => {
    const { analyze } = await import('../../src/index.js');
    const lines = ['en-sentences.txt', 'ms-sentences.txt'].flatMap((f) => readFileSync(`${ROOT}fixtures/language/${f}`, 'utf8').split('\n').filter((l) => l.trim() !== ''));
    const texts = [
      ...lines,
      readFileSync(`${ROOT}fixtures/language/ms-article.txt`, 'utf8'),
      SEED_TEXT,
      // Main script not Latin, Latin still 40% of the letters: no candidate of franc's in its script.
      'Ini berita Jakarta hari ini tentang ekonomi dan politik. Это новости из Москвы сегодня о экономике и политике страны.',
      'Berita dari Riyadh hari ini. هذه أخبار من الرياض اليوم عن الاقتصاد والسياسة في البلاد.',
    ];
    expect(texts.length).toBe(104);
    const input = texts.map((text, i) => JSON.stringify({ id: `t${i}`, text })).join('\n');
    const r = runBin(['analyze', '--input', 'jsonl', '--format', 'jsonl', '-q', '-'], { input });
    expect(r.code).toBe(0);
    const fromBin = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as ArticleResult).language);
    const fromSources = texts.map((text) => analyze(text).language);
    expect(fromBin).toEqual(fromSources);
    // Each language of the fixtures is there, so the comparison covers franc's scores for each.
    expect(new Set(fromBin.map((l) => l.code))).toEqual(new Set(['en', 'ms', 'id', 'und']));
  });
});
