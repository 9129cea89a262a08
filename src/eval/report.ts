// Sums per-article (or per-sentence) counts into the rows of a report: micro-averaged scores.
import { METRICS, type ArticleEvaluation, type EvalError } from './article-eval.js';
import { accuracy, addCounts, addTally, scores, zeroCounts, zeroTally, type Counts, type Tally } from './metrics.js';
import type { NerCounts } from './conll.js';

export interface MetricRow {
  metric: string;
  /** Gold items (tp + fn) and predicted items (tp + fp). */
  gold: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Speaker (quotes) or value (figures, dates) accuracy over matched pairs; null where not measured. */
  accuracy: { of: 'speaker' | 'value'; correct: number; total: number; accuracy: number | null } | null;
}

export interface EvalReport {
  schema: 'warta-eval/1';
  mode: 'gold' | 'conll';
  inputs: Record<string, string>;
  /** Articles (gold) or sentences (CoNLL) scored. */
  documents: number;
  /** Counts are summed over all documents before precision, recall and F1 are computed. */
  averaging: 'micro';
  rows: MetricRow[];
  /** Gold mode: the same rows for each article alone, to find the articles that go wrong. */
  articles?: { id: string; rows: MetricRow[] }[];
  warnings: string[];
  errors: EvalError[];
}

export function metricRow(metric: string, c: Counts, acc: { of: 'speaker' | 'value'; tally: Tally } | null = null): MetricRow {
  return {
    metric,
    gold: c.tp + c.fn,
    predicted: c.tp + c.fp,
    tp: c.tp,
    fp: c.fp,
    fn: c.fn,
    ...scores(c),
    accuracy: acc ? { of: acc.of, correct: acc.tally.correct, total: acc.tally.total, accuracy: accuracy(acc.tally) } : null,
  };
}

/** Rows of a gold evaluation, in a fixed order; a metric no article annotated is left out. */
export function aggregateArticles(evaluations: readonly ArticleEvaluation[]): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const metric of METRICS) {
    const parts = evaluations.map((e) => e.metrics[metric]).filter((m) => m !== undefined);
    if (parts.length === 0) continue;
    const counts = zeroCounts();
    const tally = zeroTally();
    for (const p of parts) {
      addCounts(counts, p.counts);
      if (p.accuracy) addTally(tally, p.accuracy.tally);
    }
    const of = parts.find((p) => p.accuracy)?.accuracy?.of;
    rows.push(metricRow(metric, counts, of ? { of, tally } : null));
  }
  return rows;
}

const LABEL_ORDER = ['ORG', 'PER', 'LOC'];

/** Rows of a CoNLL evaluation: each label then all labels together, exact then overlap. */
export function nerRows(counts: NerCounts): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const mode of ['exact', 'overlap'] as const) {
    const map = counts[mode];
    const labels = [...new Set([...LABEL_ORDER, ...[...map.keys()].sort()])];
    const all = zeroCounts();
    for (const label of labels) {
      const c = map.get(label) ?? zeroCounts();
      addCounts(all, c);
      rows.push(metricRow(`${label}.${mode}`, c));
    }
    rows.push(metricRow(`all.${mode}`, all));
  }
  return rows;
}
