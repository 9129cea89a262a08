// One-to-one matching of gold items to predicted items.
//
// Each gold item lists the predictions it may match, best first (for spans: the larger overlap
// first). The matching is a maximum bipartite matching (Kuhn's augmenting paths): as many gold
// items as possible get a prediction of their own, and where there is a choice, each gold item
// keeps the best candidate that does not take one away from another gold item. Sizes are those
// of one article (tens of items), so the O(V·E) cost does not matter.

/** A code-point span `[start, end)`. */
export interface Extent {
  start: number;
  end: number;
}

export function overlapLength(a: Extent, b: Extent): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** `predicted[g]` = gold item g's candidate predictions, best first. Returns gold → prediction (or -1). */
export function matchOneToOne(candidates: readonly (readonly number[])[], predictedCount: number): number[] {
  const goldOf = new Int32Array(predictedCount).fill(-1);
  const predOf: number[] = candidates.map(() => -1);
  const tryAssign = (g: number, seen: Uint8Array): boolean => {
    for (const p of candidates[g]!) {
      if (seen[p]) continue;
      seen[p] = 1;
      const holder = goldOf[p]!;
      if (holder < 0 || tryAssign(holder, seen)) {
        goldOf[p] = g;
        predOf[g] = p;
        return true;
      }
    }
    return false;
  };
  // First pass: every gold item takes its best free candidate, so that preferences hold where
  // there is no conflict; the augmenting pass then only rearranges to match more items.
  for (let g = 0; g < candidates.length; g++) {
    const free = candidates[g]!.find((p) => goldOf[p]! < 0);
    if (free !== undefined) {
      goldOf[free] = g;
      predOf[g] = free;
    }
  }
  for (let g = 0; g < candidates.length; g++) {
    if (predOf[g]! >= 0) continue;
    tryAssign(g, new Uint8Array(predictedCount));
  }
  return predOf;
}

/**
 * Span candidates: gold g may match prediction p when `accepts(gold, pred)` holds; candidates are
 * ordered by overlap length (larger first), then by distance between starts.
 */
export function spanCandidates<G extends Extent, P extends Extent>(
  gold: readonly (G | null)[],
  predicted: readonly P[],
  accepts: (g: G, p: P) => boolean,
): number[][] {
  return gold.map((g) => {
    if (!g) return [];
    const ok: number[] = [];
    for (let p = 0; p < predicted.length; p++) if (accepts(g, predicted[p]!)) ok.push(p);
    return ok.sort((a, b) => {
      const pa = predicted[a]!;
      const pb = predicted[b]!;
      return overlapLength(g, pb) - overlapLength(g, pa) || Math.abs(pa.start - g.start) - Math.abs(pb.start - g.start) || a - b;
    });
  });
}
