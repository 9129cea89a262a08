// Counts and the scores computed from them. Scores are micro-averaged: the counts of every
// article (or sentence) are summed first, and precision/recall/F1 are computed once from the sums.

export interface Counts {
  /** Gold items matched by a prediction. */
  tp: number;
  /** Predictions that match no gold item. */
  fp: number;
  /** Gold items that no prediction matches. */
  fn: number;
}

/** Correct out of checked, for speaker and value accuracy over matched pairs. */
export interface Tally {
  correct: number;
  total: number;
}

export interface Scores {
  /** null when nothing was predicted (undefined precision). */
  precision: number | null;
  /** null when the gold has nothing (undefined recall). */
  recall: number | null;
  /** null only when there is neither gold nor prediction; 0 when one side is empty and the other not. */
  f1: number | null;
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const zeroTally = (): Tally => ({ correct: 0, total: 0 });

export function addCounts(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  return into;
}

export function addTally(into: Tally, t: Tally): Tally {
  into.correct += t.correct;
  into.total += t.total;
  return into;
}

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : null;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : null;
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else if (precision === null || recall === null) f1 = 0;
  else f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function accuracy(t: Tally): number | null {
  return t.total > 0 ? t.correct / t.total : null;
}
