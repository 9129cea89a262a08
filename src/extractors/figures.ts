// figures (issue 6): every number that counts or measures something, with its exact value,
// kind, unit (counted noun, ISO currency, `%`, unit word), range, hedge and qualifier.
// The number grammar is the language pack's data (src/lang/<code>/figures.ts); the reading
// itself is in ./figures/. Dates run first: a number inside a date mention is never a figure.
import { firstNotBefore } from '../engine/ordered.js';
import type { Extractor, ExtractionContext } from '../engine/extractor.js';
import type { Figure } from '../types.js';
import { figureGrammar } from './figures/grammar.js';
import { readFigureAt, type FigureReading, type FigureScan } from './figures/reader.js';
import { tokenizeInto, type FigureToken } from './figures/tokens.js';

/** Date mentions as sorted UTF-16 intervals, for the overlap test. */
function dateIntervals(ctx: ExtractionContext): Int32Array {
  const { doc, result } = ctx;
  const spans = result.dates.map((d) => [doc.unit(d.start), doc.unit(d.end)] as const).sort((a, b) => a[0] - b[0]);
  const out = new Int32Array(spans.length * 2);
  spans.forEach(([s, e], k) => {
    out[2 * k] = s;
    out[2 * k + 1] = e;
  });
  return out;
}

function overlapsAny(intervals: Int32Array, start: number, end: number): boolean {
  // the first interval that ends after `start`
  const lo = firstNotBefore(intervals.length / 2, (i) => intervals[2 * i + 1]! <= start);
  for (let k = lo; k < intervals.length / 2; k++) {
    if (intervals[2 * k]! >= end) return false;
    if (intervals[2 * k + 1]! > start) return true;
  }
  return false;
}

interface Found {
  reading: FigureReading;
  start: number;
  end: number;
}

/**
 * A figure without a noun (`Target go digital 30 juta`) takes the noun of the nearest earlier
 * figure that has one, when it fits: the same scale word (`30 juta UMKM` ... `22 juta`).
 */
function carryCountedNouns(found: Found[]): void {
  let last: Found | null = null;
  for (const f of found) {
    const r = f.reading;
    const from = last?.reading;
    if (r.unit === null && r.kind === 'quantity' && r.scale !== null && from && from.scale === r.scale) {
      // A currency carries within a sentence or two; a counted noun over a paragraph or two.
      const reach = from.kind === 'money' ? MONEY_REACH : NOUN_REACH;
      if (f.start - last!.end <= reach) {
        r.unit = from.unit;
        r.kind = from.kind;
        r.rule = 'carried-unit';
      }
    }
    if (r.unit !== null) last = f;
  }
}

const DIGIT = /\d/;

/** Token objects reused from paragraph to paragraph (see tokenizeInto): no token outlives the
 *  reading of its paragraph (readings keep offsets and strings, not tokens). */
const TOKEN_POOL: FigureToken[] = [];

/** How far (UTF-16 units) a figure's currency or noun carries to a later bare figure. */
const MONEY_REACH = 200;
const NOUN_REACH = 800;

/** Most words capitalised, as headlines write them. */
function isTitleCase(tokens: readonly FigureToken[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.text !== t.lower) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.6;
}

export function extractFigures(ctx: ExtractionContext): Figure[] {
  const { doc, pack } = ctx;
  const g = figureGrammar(pack.figures);
  const dates = dateIntervals(ctx);
  const inDate = (start: number, end: number) => dates.length > 0 && overlapsAny(dates, start, end);
  const found: Found[] = [];
  for (const p of doc.paragraphs) {
    const linkLine = p.kind === 'boilerplate' && p.rule !== null && pack.figures.headlineParagraphRules.includes(p.rule);
    if (p.kind !== 'content' && p.kind !== 'title' && !linkLine) continue;
    // g.mayHoldFigure, in two steps: a digit, else a number word.
    if (!DIGIT.test(p.text) && !g.mayHoldNumberWord.test(p.text)) continue;
    const count = tokenizeInto(doc.text, p.start, p.end, TOKEN_POOL);
    // The pool itself when the paragraph fills it, else its first `count` tokens.
    const tokens = count === TOKEN_POOL.length ? TOKEN_POOL : TOKEN_POOL.slice(0, count);
    // A headline, or the headline of a linked article (`Baca juga: Gerindra Setor 4 Nama untuk
    // Pansus`): capitals say nothing there. (Short content lines are no headlines: line-ups and
    // score tables write `27 Dede Sulaiman`, `Dinamo Zagreb 0-1 Sevilla`.)
    const headlineLike = p.kind === 'title' || linkLine;
    const scan: FigureScan = { tokens, g, inDate, floor: 0, titleCase: headlineLike && isTitleCase(tokens) };
    for (let i = 0; i < tokens.length; ) {
      const out = readFigureAt(scan, i);
      if (!out) {
        i++;
        continue;
      }
      if (out.figure) {
        const r = out.figure;
        found.push({ reading: r, start: tokens[r.startTok]!.start, end: tokens[r.endTok - 1]!.end });
        scan.floor = r.endTok;
      }
      i = out.next;
    }
  }
  carryCountedNouns(found);
  return found.map(({ reading: r, start, end }) => {
    const span = doc.span(start, end);
    return {
      text: span.text,
      start: span.start,
      end: span.end,
      rule: `${pack.code}.figure.${r.rule}`,
      value: r.value,
      kind: r.kind,
      unit: r.unit,
      approximate: r.approximate,
      range: r.range,
      qualifier: r.qualifier,
    };
  });
}

export const figureExtractor: Extractor = {
  id: 'figures',
  extract(ctx) {
    // One push per item: spreading an array of hundreds of thousands of figures (a table of
    // numbers in a huge article) as arguments overflows the call stack.
    for (const figure of extractFigures(ctx)) ctx.result.figures.push(figure);
  },
};
