// Renders a report: a table for people (cli-table3), JSON for machines, and the error list.
// Rendering only: nothing is computed here.
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { EvalReport, MetricRow } from './report.js';
import type { EvalError } from './article-eval.js';

const num = (v: number | null) => (v === null ? '–' : v.toFixed(3));

function accuracyCell(row: MetricRow): string {
  const a = row.accuracy;
  if (!a) return '';
  return `${a.of} ${a.correct}/${a.total}${a.accuracy === null ? '' : ` = ${num(a.accuracy)}`}`;
}

const GOLD_NOTES = [
  'quotes: a prediction matches when it overlaps at least half of the gold quote; speaker accuracy over matched quotes',
  'organisations/people/places: name or alias equal (case-insensitive), one to one',
  'figures/dates: spans overlap (.exact: same span); value accuracy over matched mentions (dates: fully specified gold values only)',
];
const CONLL_NOTES = [
  'exact: same tokens and label; overlap: a shared token and the same label; one to one',
  'predicted mentions: organisations → ORG, people → PER, places → LOC',
];

export function renderTable(report: EvalReport, color: boolean): string {
  const withAccuracy = report.rows.some((r) => r.accuracy);
  const head = ['metric', 'gold', 'pred', 'TP', 'FP', 'FN', 'P', 'R', 'F1'];
  // Headings are styled with chalk at an explicit level: cli-table3's own colours guess from
  // process.stdout, which is not always where the table goes.
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const table = new Table({
    head: (withAccuracy ? [...head, 'accuracy'] : head).map((h) => chalk.bold(h)),
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
    style: { head: [], border: [], compact: true },
  });
  for (const r of report.rows) {
    const cells = [r.metric, r.gold, r.predicted, r.tp, r.fp, r.fn, num(r.precision), num(r.recall), num(r.f1)];
    table.push(withAccuracy ? [...cells, accuracyCell(r)] : cells);
  }
  const what =
    report.mode === 'gold'
      ? `${report.documents} article${report.documents === 1 ? '' : 's'} (gold ${report.inputs.gold}, texts ${report.inputs.articles})`
      : `${report.documents} sentence${report.documents === 1 ? '' : 's'} (${report.inputs.conll})`;
  const notes = (report.mode === 'gold' ? GOLD_NOTES : CONLL_NOTES).map((n) => `  ${n}`);
  return [
    `warta eval: ${what}`,
    `micro-averaged: TP/FP/FN summed over all ${report.mode === 'gold' ? 'articles' : 'sentences'}, then P = TP/(TP+FP), R = TP/(TP+FN), F1`,
    table.toString(),
    ...notes,
    '',
  ].join('\n');
}

const TYPE_LABEL: Record<EvalError['type'], string> = {
  miss: 'miss',
  'false-hit': 'false hit',
  'wrong-speaker': 'wrong speaker',
  'wrong-value': 'wrong value',
  boundary: 'boundary',
};

/** The error list, grouped by document: one line for what, one for where. */
export function renderErrors(errors: readonly EvalError[]): string {
  if (errors.length === 0) return 'No errors.\n';
  const lines = [`Errors (${errors.length}): miss = in the gold, not found; false hit = found, not in the gold; ⟦ ⟧ marks the item in its context`];
  let current: string | null = null;
  for (const e of errors) {
    if (e.document !== current) {
      current = e.document;
      lines.push('', current);
    }
    lines.push(`  ${e.metric} ${TYPE_LABEL[e.type]}: "${shorten(e.text)}"${e.detail ? ` (${e.detail})` : ''}`);
    if (e.context) lines.push(`      ${e.context}`);
  }
  return lines.join('\n') + '\n';
}

export function renderJson(report: EvalReport, withErrors: boolean): string {
  const { errors, ...rest } = report;
  return JSON.stringify(withErrors ? { ...rest, errors } : rest, null, 2) + '\n';
}

const shorten = (s: string) => (s.length > 100 ? `${s.slice(0, 48)} … ${s.slice(-48)}` : s);
