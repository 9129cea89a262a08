import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerEvalCommand } from '../../src/cli/eval-command.js';
import { evaluateGoldDir } from '../../src/eval/run.js';
import type { CliIO } from '../../src/cli/io.js';
import type { EvalReport } from '../../src/eval/report.js';
import { CONLL_FIXTURE, FIXTURE_DIR, perfectPrediction } from './helpers.js';
import { SCHEMA_VERSION, type ArticleResult } from '../../src/types.js';

async function runEval(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => ({ write: (chunk: string) => (append(String(chunk)), true) }) as unknown as NodeJS.WritableStream;
  const io: CliIO = {
    stdin: process.stdin,
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env: {},
  };
  let code = 0;
  const program = new Command('warta').exitOverride();
  registerEvalCommand(program, io, (c) => (code = c));
  await program.parseAsync(['eval', ...args], { from: 'user' });
  return { code, stdout, stderr };
}

describe('warta eval (end to end, real analyze)', () => {
  it('scores the fixture article and writes JSON with counts that add up', async () => {
    const { code, stdout, stderr } = await runEval(['--gold', FIXTURE_DIR, '--format', 'json', '--errors']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as EvalReport;
    expect(report).toMatchObject({ schema: 'warta-eval/1', mode: 'gold', documents: 1, averaging: 'micro' });
    expect(report.inputs).toEqual({ gold: FIXTURE_DIR, articles: join(FIXTURE_DIR, 'articles.jsonl') });
    // The gold side is known exactly, whatever the extractors find today.
    expect(report.rows.map((r) => [r.metric, r.gold])).toEqual([
      ['quotes.direct', 2],
      ['quotes.indirect', 2],
      ['quotes.all', 4],
      ['organisations', 1],
      ['people', 2],
      ['places', 3],
      ['figures', 5],
      ['figures.exact', 5],
      ['dates', 4],
      ['dates.exact', 4],
    ]);
    for (const r of report.rows) {
      expect(r.tp + r.fn).toBe(r.gold);
      expect(r.tp + r.fp).toBe(r.predicted);
      expect(r.recall).toBe(r.tp / r.gold);
    }
    // Per-article rows: with one article, the same as the totals.
    expect(report.articles).toEqual([{ id: 'banjir-bekasi', rows: report.rows }]);
    // --errors lists one miss per false negative and one false hit per false positive.
    for (const metric of ['quotes.direct', 'quotes.indirect', 'people', 'figures', 'dates']) {
      const row = report.rows.find((r) => r.metric === metric)!;
      expect(report.errors.filter((e) => e.metric === metric && e.type === 'miss')).toHaveLength(row.fn);
      expect(report.errors.filter((e) => e.metric === metric && e.type === 'false-hit')).toHaveLength(row.fp);
    }
  });

  it('prints a table without ANSI codes when the output is not a terminal', async () => {
    const { code, stdout } = await runEval(['--gold', FIXTURE_DIR]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\x1b\[/);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      `warta eval: 1 article (gold ${FIXTURE_DIR}, texts ${join(FIXTURE_DIR, 'articles.jsonl')})`,
      'micro-averaged: TP/FP/FN summed over all articles, then P = TP/(TP+FP), R = TP/(TP+FN), F1',
    ]);
    expect(stdout).toMatch(/│ quotes\.all +│ +4 │/);
  });

  it('makes the table headings bold only when asked (--color)', async () => {
    const { stdout } = await runEval(['--gold', FIXTURE_DIR, '--color']);
    expect(stdout).toContain('\x1b[1mmetric\x1b[22m');
    expect(stdout).not.toContain('\x1b[90m'); // no grey borders: borders are never coloured
  });

  it('scores a CoNLL file: gold entities per label', async () => {
    const { code, stdout } = await runEval(['--conll', CONLL_FIXTURE, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as EvalReport;
    expect(report).toMatchObject({ mode: 'conll', documents: 2 });
    expect(report.rows.map((r) => [r.metric, r.gold])).toEqual([
      ['ORG.exact', 2],
      ['PER.exact', 2],
      ['LOC.exact', 2],
      ['all.exact', 6],
      ['ORG.overlap', 2],
      ['PER.overlap', 2],
      ['LOC.overlap', 2],
      ['all.overlap', 6],
    ]);
  });

  it('exits 2 with a message naming the input on usage errors', async () => {
    expect(await runEval([])).toEqual({ code: 2, stdout: '', stderr: 'warta eval: give --gold DIR (gold annotations) or --conll FILE (CoNLL NER file)\n' });
    expect(await runEval(['--gold', '/nonexistent/gold'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'warta eval: cannot read the gold folder "/nonexistent/gold": no such file or directory\n',
    });
    expect(await runEval(['--gold', FIXTURE_DIR, '--articles', '/nonexistent/a.jsonl'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'warta eval: cannot read the articles file "/nonexistent/a.jsonl": no such file or directory\n',
    });
    expect((await runEval(['--conll', '/nonexistent/x.txt'])).stderr).toBe(
      'warta eval: cannot read the CoNLL file "/nonexistent/x.txt": no such file or directory\n',
    );
    expect((await runEval(['--gold', FIXTURE_DIR, '--format', 'xml'])).stderr).toBe(
      'warta eval: --format must be one of table, json; got "xml"\n',
    );
  });

  it('skips a broken gold file with a warning, scores the rest, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-eval-'));
    copyFileSync(join(FIXTURE_DIR, 'articles.jsonl'), join(dir, 'articles.jsonl'));
    copyFileSync(join(FIXTURE_DIR, 'banjir-bekasi.json'), join(dir, 'banjir-bekasi.json'));
    writeFileSync(join(dir, 'broken.json'), '{"id": "broken", "quotes": [{"kind": "langsung", "text": "x"}]}');
    writeFileSync(join(dir, 'orphan.json'), '{"id": "tidak-ada"}');
    const { code, stdout, stderr } = await runEval(['--gold', dir, '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).documents).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^warta eval: ${dir}/broken.json: skipped: .*quotes\\[0\\]\\.kind`));
    expect(lines[1]).toBe(`warta eval: ${dir}/orphan.json: skipped: no article with id "tidak-ada" in ${dir}/articles.jsonl`);
  });
});

describe('evaluateGoldDir with a perfect analyser', () => {
  it('reads the fixture from disk and scores 1.0 on every row', async () => {
    const perfect = (text: string): ArticleResult => ({
      schema: SCHEMA_VERSION,
      id: 'banjir-bekasi',
      source: null,
      title: null,
      published: null,
      language: { code: 'id', iso639_3: 'ind', confidence: 1, alternatives: [] },
      stats: { characters: 0, paragraphs: 0, sentences: 0, tokens: 0 },
      warnings: [],
      ...perfectPrediction(text),
    });
    const { report, failed } = await evaluateGoldDir(FIXTURE_DIR, undefined, perfect);
    expect(failed).toBe(false);
    expect(report.warnings).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.rows.every((r) => r.precision === 1 && r.recall === 1 && r.f1 === 1)).toBe(true);
  });

  it('counts the gold of an article whose analysis fails as missed, with a warning', async () => {
    const failing = (): ArticleResult => {
      throw new Error('boom');
    };
    const { report, failed } = await evaluateGoldDir(FIXTURE_DIR, undefined, failing);
    expect(failed).toBe(true);
    expect(report.warnings).toEqual([`${join(FIXTURE_DIR, 'banjir-bekasi.json')}: analysing article "banjir-bekasi" failed: boom`]);
    expect(report.rows.find((r) => r.metric === 'quotes.all')).toMatchObject({ gold: 4, predicted: 0, fn: 4, recall: 0 });
  });
});
