// Reads the inputs of `warta eval`, runs analyze() on each article or sentence, and builds the
// report. Problems with the inputs as a whole (a folder that cannot be read, no gold files)
// throw EvalUsageError (exit 2); a single bad gold file or a missing article is a warning, the
// run goes on, and `failed` is set (exit 1).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze as defaultAnalyze } from '../engine/pipeline.js';
import type { AnalyzeOptions, ArticleResult } from '../types.js';
import { parseArticlesJsonl, parseGoldArticle, type GoldArticle } from './gold.js';
import { evaluateArticle, type ArticleEvaluation, type Prediction } from './article-eval.js';
import { aggregateArticles, nerRows, type EvalReport } from './report.js';
import { emptyNerCounts, goldMentions, parseConll, predictedMentions, scoreSentence, sentenceText } from './conll.js';
import type { EvalError } from './article-eval.js';

export class EvalUsageError extends Error {}

const NOTHING_FOUND: Prediction = { quotes: [], organisations: [], people: [], places: [], figures: [], dates: [] };

export type AnalyzeFn = (text: string, options: AnalyzeOptions) => ArticleResult;

export interface RunResult {
  report: EvalReport;
  /** Some inputs could not be scored (listed in the warnings). */
  failed: boolean;
}

async function readInput(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new EvalUsageError(`cannot read ${what} "${path}": ${reason(err)}`);
  }
}

const reason = (err: unknown) => {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or directory';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'ENOTDIR') return 'not a directory';
  if (e.code === 'EACCES') return 'permission denied';
  return e.message ?? String(err);
};

/** `warta eval --gold DIR [--articles FILE]`. */
export async function evaluateGoldDir(dir: string, articlesPath?: string, analyze: AnalyzeFn = defaultAnalyze): Promise<RunResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (err) {
    throw new EvalUsageError(`cannot read the gold folder "${dir}": ${reason(err)}`);
  }
  if (names.length === 0) throw new EvalUsageError(`no gold files (*.json) in "${dir}"`);
  const articlesFile = articlesPath ?? join(dir, 'articles.jsonl');
  const { articles, problems } = parseArticlesJsonl(await readInput(articlesFile, 'the articles file'));
  const warnings = problems.map((p) => `${articlesFile}: ${p}`);
  let failed = problems.length > 0;

  const evaluations: ArticleEvaluation[] = [];
  for (const name of names) {
    const path = join(dir, name);
    let gold: GoldArticle;
    try {
      gold = parseGoldArticle(await readFile(path, 'utf8'));
    } catch (err) {
      warnings.push(`${path}: skipped: ${(err as Error).message}`);
      failed = true;
      continue;
    }
    const article = articles.get(gold.id);
    if (!article) {
      warnings.push(`${path}: skipped: no article with id "${gold.id}" in ${articlesFile}`);
      failed = true;
      continue;
    }
    let result: Prediction;
    try {
      result = analyze(article.text, {
        id: article.id,
        title: article.title,
        published: article.published ?? gold.published ?? null,
      });
    } catch (err) {
      // Scored as if nothing was found: the gold items still count as misses.
      warnings.push(`${path}: analysing article "${article.id}" failed: ${(err as Error).message}`);
      failed = true;
      result = NOTHING_FOUND;
    }
    const ev = evaluateArticle(article.id, article.text, gold, result);
    warnings.push(...ev.warnings);
    evaluations.push(ev);
  }
  if (evaluations.length === 0) throw new EvalUsageError(`none of the gold files in "${dir}" could be scored (see the warnings above)`);
  return {
    report: {
      schema: 'warta-eval/1',
      mode: 'gold',
      inputs: { gold: dir, articles: articlesFile },
      documents: evaluations.length,
      averaging: 'micro',
      rows: aggregateArticles(evaluations),
      articles: evaluations.map((e) => ({ id: e.id, rows: aggregateArticles([e]) })),
      warnings,
      errors: evaluations.flatMap((e) => e.errors),
    },
    failed,
  };
}

/** `warta eval --conll FILE`: each sentence analysed on its own, as Indonesian. */
export async function evaluateConllFile(file: string, analyze: AnalyzeFn = defaultAnalyze): Promise<RunResult> {
  const { sentences, problems } = parseConll(await readInput(file, 'the CoNLL file'));
  if (sentences.length === 0) throw new EvalUsageError(`no sentences in the CoNLL file "${file}"`);
  const warnings = problems.map((p) => `${file}: ${p}`);
  let failed = problems.length > 0;
  const counts = emptyNerCounts();
  const errors: EvalError[] = [];
  for (const s of sentences) {
    const { text, offsets } = sentenceText(s.tokens);
    const document = `${file}:${s.line}`;
    // Sentences are short: language detection would be unreliable, so the language is forced.
    let result: Prediction;
    try {
      result = analyze(text, { id: document, lang: 'id' });
    } catch (err) {
      // Scored as if nothing was found: the gold entities still count as misses.
      warnings.push(`${document}: analysing the sentence failed: ${(err as Error).message}`);
      failed = true;
      result = NOTHING_FOUND;
    }
    errors.push(...scoreSentence(document, text, offsets, goldMentions(s.tokens), predictedMentions(result, text, offsets), counts));
  }
  return {
    report: {
      schema: 'warta-eval/1',
      mode: 'conll',
      inputs: { conll: file },
      documents: sentences.length,
      averaging: 'micro',
      rows: nerRows(counts),
      warnings,
      errors,
    },
    failed,
  };
}
