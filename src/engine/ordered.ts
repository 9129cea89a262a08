// Binary search over things kept in text order (sorted offsets, spans, anchors, names).

/** The first index in [0, count) whose item no longer lies before the target: `before(i)` must
 *  hold for a leading run of indices and fail for the rest. */
export function firstNotBefore(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
