// Pathological articles through analyze(): a whole archive on one line, thousands of stray
// quotation marks, quotations never closed, number soup, one endless word, endless capitals,
// random Unicode. Each must come out as a valid article whose every span is exact, in time
// linear in its size (scripts/pathological.mjs times each extractor at growing sizes; this
// test only checks the output, at WARTA_PATHOLOGICAL_CHARS characters, default 64 Ki).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/pipeline.js';
import type { ArticleResult, Span } from '../../src/types.js';
// @ts-expect-error: a plain ES module shared with scripts/pathological.mjs, no types
import { pathologicalInputs } from '../../scripts/pathological-inputs.mjs';

const CHARS = Number(process.env.WARTA_PATHOLOGICAL_CHARS ?? 64 * 1024);
const inputs = pathologicalInputs(CHARS) as Record<string, string>;

/** Every span of a result, wherever it sits. */
function spansOf(result: ArticleResult): Span[] {
  const spans: Span[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') spans.push(o as unknown as Span);
      Object.values(o).forEach(visit);
    }
  };
  for (const key of ['quotes', 'organisations', 'people', 'places', 'figures', 'dates'] as const) visit(result[key]);
  return spans;
}

describe('pathological articles', () => {
  it('has the inputs it claims', () => {
    expect(Object.keys(inputs)).toEqual(['single-line', 'stray-quotes', 'open-quotes', 'number-soup', 'no-spaces', 'capitals', 'random-unicode']);
    for (const text of Object.values(inputs)) expect(Math.abs(text.length - CHARS)).toBeLessThan(4);
    expect(inputs['single-line']).not.toContain('\n');
    expect((inputs['stray-quotes']!.match(/["“”]/g) ?? []).length).toBeGreaterThan(CHARS / 8);
  });

  for (const [name, text] of Object.entries(inputs)) {
    it(`analyses "${name}" to an article whose spans are exact`, { timeout: 600_000 }, () => {
      const result = analyze(text, { id: name, lang: 'id' });
      const codePoints = [...text];
      expect(result.id).toBe(name);
      expect(result.stats.characters).toBe(codePoints.length);
      for (const span of spansOf(result)) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(codePoints.length);
        expect(codePoints.slice(span.start, span.end).join('')).toBe(span.text);
      }
    });
  }
});
