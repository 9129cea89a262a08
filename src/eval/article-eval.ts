// Scoring one article's predictions against its gold annotation. Pure: takes the article text,
// the gold and the predicted result, returns counts, accuracy tallies, errors and warnings.
//
// - Quotes: a prediction matches a gold quote when their spans overlap by at least half of the
//   gold span; rows for direct (predicted `mixed` counts as direct: it carries marks), indirect,
//   and all quotes regardless of kind. Speaker accuracy over the matched pairs.
// - Organisations, people, places: a prediction matches a gold entity when its name or one of
//   its aliases equals the gold name or one of its aliases (case and spacing ignored).
// - Figures and dates: by mention; a prediction matches when the spans share at least one
//   character (and, in the `.exact` rows, when both ends are equal). Value accuracy over the
//   matched pairs: figures numerically equal (relative tolerance 1e-9), dates equal as strings,
//   checked only where the gold value is fully specified (no TimeML `X` placeholder).
// All matchings are one to one (see match.ts). Gold spans are located by text search (locate.ts).
import type { ArticleResult, Entity } from '../types.js';
import type { GoldArticle, GoldEntity } from './gold.js';
import { codePointOffsets, locateInOrder, utf16Offsets, type Located } from './locate.js';
import { matchOneToOne, overlapLength, spanCandidates, type Extent } from './match.js';
import { zeroTally, type Counts, type Tally } from './metrics.js';
import { sameSpeaker } from './speaker-name.js';
import { contextAround } from './context.js';

export const METRICS = [
  'quotes.direct',
  'quotes.indirect',
  'quotes.all',
  'organisations',
  'people',
  'places',
  'figures',
  'figures.exact',
  'dates',
  'dates.exact',
] as const;
export type MetricName = (typeof METRICS)[number];

export interface MetricResult {
  counts: Counts;
  /** Speaker accuracy (quotes) or value accuracy (figures, dates) over the matched pairs. */
  accuracy: { of: 'speaker' | 'value'; tally: Tally } | null;
}

export type ErrorType = 'miss' | 'false-hit' | 'wrong-speaker' | 'wrong-value' | 'boundary';

export interface EvalError {
  /** Article id (or sentence number for CoNLL). */
  document: string;
  metric: string;
  type: ErrorType;
  /** The gold text or name (miss), the predicted one (false hit), or the matched gold text. */
  text: string;
  /** What went wrong beyond the type: the expected and predicted speaker or value, a kind mix-up. */
  detail: string | null;
  /** ~30 characters either side in the article, or null where the text has no position. */
  context: string | null;
}

export interface ArticleEvaluation {
  id: string;
  metrics: Partial<Record<MetricName, MetricResult>>;
  errors: EvalError[];
  warnings: string[];
}

/** What evaluation reads of a result: the extracted arrays. */
export type Prediction = Pick<ArticleResult, 'quotes' | 'organisations' | 'people' | 'places' | 'figures' | 'dates'>;

const isQuotedKind = (kind: string) => kind === 'direct' || kind === 'mixed';

interface GoldSpan extends Extent {
  /** UTF-16 indices for showing context. */
  at: Located;
}

export function evaluateArticle(id: string, text: string, gold: GoldArticle, predicted: Prediction): ArticleEvaluation {
  const ev: ArticleEvaluation = { id, metrics: {}, errors: [], warnings: [] };
  const toCp = codePointOffsets(text);
  const toUnit = utf16Offsets(text);
  const predContext = (start: number, end: number) => contextAround(text, toUnit(start), toUnit(end));

  const locate = (field: string, texts: string[]): (GoldSpan | null)[] =>
    locateInOrder(text, texts).map((at, i) => {
      if (!at) {
        ev.warnings.push(`${id}: ${field}: gold text not found in the article: "${texts[i]}"`);
        return null;
      }
      return { start: toCp(at.start), end: toCp(at.end), at };
    });

  const error = (metric: string, type: ErrorType, text: string, detail: string | null, context: string | null) =>
    ev.errors.push({ document: id, metric, type, text, detail, context });

  if (gold.quotes) {
    const goldQuotes = gold.quotes;
    const spans = locate('quotes', goldQuotes.map((q) => q.text));
    const halfOfGold = (g: Extent, p: Extent) => 2 * overlapLength(g, p) >= g.end - g.start && g.end > g.start;
    const preds = predicted.quotes.map((q) => ({ quote: q, start: q.span.start, end: q.span.end }));

    // All quotes regardless of kind: speaker errors are listed from this matching.
    const allMatch = matchOneToOne(spanCandidates(spans, preds, halfOfGold), preds.length);
    const speakerTally = zeroTally();
    allMatch.forEach((p, g) => {
      if (p < 0) return;
      const goldQuote = goldQuotes[g]!;
      const predName = preds[p]!.quote.speaker?.name ?? null;
      speakerTally.total++;
      if (sameSpeaker(goldQuote.speaker, predName)) speakerTally.correct++;
      else
        error('quotes', 'wrong-speaker', goldQuote.text, `gold ${show(goldQuote.speaker)}, predicted ${show(predName)}`, contextAround(text, spans[g]!.at.start, spans[g]!.at.end));
    });
    ev.metrics['quotes.all'] = { counts: countsOf(allMatch, preds.length), accuracy: { of: 'speaker', tally: speakerTally } };

    for (const kind of ['direct', 'indirect'] as const) {
      const metric = `quotes.${kind}` as const;
      const goldIdx = goldQuotes.map((q, i) => (q.kind === kind ? i : -1)).filter((i) => i >= 0);
      const predIdx = preds.map((p, i) => (isQuotedKind(p.quote.kind) === (kind === 'direct') ? i : -1)).filter((i) => i >= 0);
      const kindSpans = goldIdx.map((i) => spans[i]!);
      const kindPreds = predIdx.map((i) => preds[i]!);
      const match = matchOneToOne(spanCandidates(kindSpans, kindPreds, halfOfGold), kindPreds.length);
      const tally = zeroTally();
      match.forEach((p, g) => {
        if (p < 0) return;
        tally.total++;
        if (sameSpeaker(goldQuotes[goldIdx[g]!]!.speaker, kindPreds[p]!.quote.speaker?.name)) tally.correct++;
      });
      ev.metrics[metric] = { counts: countsOf(match, kindPreds.length), accuracy: { of: 'speaker', tally } };
      match.forEach((p, g) => {
        if (p >= 0) return;
        const gi = goldIdx[g]!;
        const span = spans[gi];
        const other = allMatch[gi]!;
        const note = other >= 0 ? `predicted as ${preds[other]!.quote.kind}` : null;
        error(metric, 'miss', goldQuotes[gi]!.text, span ? note : 'gold text not found in the article', span ? contextAround(text, span.at.start, span.at.end) : null);
      });
      const matched = new Set(match.filter((p) => p >= 0));
      kindPreds.forEach((p, i) => {
        if (matched.has(i)) return;
        const g = allMatch.indexOf(predIdx[i]!);
        const note = g >= 0 ? `gold says ${goldQuotes[g]!.kind}` : null;
        error(metric, 'false-hit', p.quote.text, note, predContext(p.start, p.end));
      });
    }
  }

  for (const field of ['organisations', 'people', 'places'] as const) {
    const goldEntities = gold[field];
    if (!goldEntities) continue;
    const preds = predicted[field];
    const match = matchOneToOne(entityCandidates(goldEntities, preds), preds.length);
    ev.metrics[field] = { counts: countsOf(match, preds.length), accuracy: null };
    match.forEach((p, g) => {
      if (p >= 0) return;
      const e = goldEntities[g]!;
      const where = locateFirstName(text, [e.name, ...e.aliases]);
      const aliases = e.aliases.length ? `aliases: ${e.aliases.join(', ')}` : null;
      error(field, 'miss', e.name, aliases, where ? contextAround(text, where.start, where.end) : null);
    });
    const matched = new Set(match.filter((p) => p >= 0));
    preds.forEach((e, i) => {
      if (matched.has(i)) return;
      const m = e.mentions[0];
      const aliases = e.aliases.length ? `aliases: ${e.aliases.join(', ')}` : null;
      error(field, 'false-hit', e.name, aliases, m ? predContext(m.start, m.end) : null);
    });
  }

  if (gold.figures) {
    const goldFigures = gold.figures;
    scoreMentions(
      'figures',
      locate('figures', goldFigures.map((f) => f.text)),
      predicted.figures,
      (g) => goldFigures[g]!.text,
      (g) => goldFigures[g]!.value ?? null,
      (g, p) => sameNumber(goldFigures[g]!.value!, p.value),
      (p) => p.value,
    );
  }
  if (gold.dates) {
    const goldDates = gold.dates;
    scoreMentions(
      'dates',
      locate('dates', goldDates.map((d) => d.text)),
      predicted.dates,
      (g) => goldDates[g]!.text,
      (g) => (isFullySpecified(goldDates[g]!.value) ? goldDates[g]!.value! : null),
      (g, p) => p.value === goldDates[g]!.value,
      (p) => p.value,
    );
  }
  return ev;

  function scoreMentions<P extends Extent & { text: string }>(
    field: 'figures' | 'dates',
    spans: (GoldSpan | null)[],
    preds: readonly P[],
    goldText: (g: number) => string,
    checkedValue: (g: number) => unknown,
    sameValue: (g: number, p: P) => boolean,
    predValue: (p: P) => unknown,
  ): void {
    const overlapMatch = matchOneToOne(spanCandidates(spans, preds, (g, p) => overlapLength(g, p) > 0), preds.length);
    const exactMatch = matchOneToOne(spanCandidates(spans, preds, (g, p) => g.start === p.start && g.end === p.end), preds.length);
    const tally = zeroTally();
    const exactTally = zeroTally();
    for (const [match, t] of [[overlapMatch, tally], [exactMatch, exactTally]] as const) {
      match.forEach((p, g) => {
        if (p < 0 || checkedValue(g) === null) return;
        t.total++;
        if (sameValue(g, preds[p]!)) t.correct++;
        else if (t === tally) {
          const at = spans[g]!.at;
          error(field, 'wrong-value', goldText(g), `gold ${show(checkedValue(g))}, predicted ${show(predValue(preds[p]!))}`, contextAround(text, at.start, at.end));
        }
      });
    }
    ev.metrics[field] = { counts: countsOf(overlapMatch, preds.length), accuracy: { of: 'value', tally } };
    ev.metrics[`${field}.exact`] = { counts: countsOf(exactMatch, preds.length), accuracy: { of: 'value', tally: exactTally } };
    overlapMatch.forEach((p, g) => {
      if (p >= 0) return;
      const span = spans[g];
      error(field, 'miss', goldText(g), span ? null : 'gold text not found in the article', span ? contextAround(text, span.at.start, span.at.end) : null);
    });
    const matched = new Set(overlapMatch.filter((p) => p >= 0));
    preds.forEach((p, i) => {
      if (!matched.has(i)) error(field, 'false-hit', p.text, `value ${show(predValue(p))}`, predContext(p.start, p.end));
    });
  }
}

/** TP/FP/FN of a one-to-one matching (gold → prediction or -1). */
export function countsOf(match: readonly number[], predictedCount: number): Counts {
  const tp = match.filter((p) => p >= 0).length;
  return { tp, fp: predictedCount - tp, fn: match.length - tp };
}

/** Case- and spacing-insensitive form of an entity name. */
export const entityKey = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Gold entity g may match prediction p when their name-or-alias sets share a form; same name first. */
export function entityCandidates(gold: readonly GoldEntity[], predicted: readonly Pick<Entity, 'name' | 'aliases'>[]): number[][] {
  const predKeys = predicted.map((e) => new Set([e.name, ...e.aliases].map(entityKey)));
  return gold.map((g) => {
    const keys = [g.name, ...g.aliases].map(entityKey);
    const ok: number[] = [];
    for (let p = 0; p < predicted.length; p++) if (keys.some((k) => predKeys[p]!.has(k))) ok.push(p);
    const sameName = (p: number) => (entityKey(predicted[p]!.name) === keys[0] ? 0 : 1);
    return ok.sort((a, b) => sameName(a) - sameName(b) || a - b);
  });
}

/** Fully specified TimeML value: present and without `X` placeholders. */
export const isFullySpecified = (value: string | null | undefined): value is string => !!value && !/X/.test(value);

/** Numeric equality up to floating-point noise. */
export function sameNumber(gold: number, predicted: number): boolean {
  return Math.abs(gold - predicted) <= 1e-9 * Math.max(1, Math.abs(gold), Math.abs(predicted));
}

function locateFirstName(text: string, names: string[]): Located | null {
  const hits = names.map((n) => locateInOrder(text, [n])[0]).filter((h): h is Located => !!h);
  return hits.sort((a, b) => a.start - b.start)[0] ?? null;
}

const show = (v: unknown) => (v === null || v === undefined ? 'none' : typeof v === 'string' ? `"${v}"` : String(v));
