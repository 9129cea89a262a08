// Pairing quotation marks: one pass over the content paragraphs with one open quotation at a
// time (a stack of depth one per family is all news needs: nested marks are of another family).
// Each mark's direction is read from the table and from its position (a mark before a word
// opens, after a word closes), because scraped text mixes glyphs (`"…”`) and spacing (`, ”ujar`).
// A quotation runs on into the next paragraph only when that paragraph opens with a mark of the
// same family; otherwise it ends at its paragraph with a warning. Nothing crosses further.
import type { Paragraph } from '../../engine/document.js';
import type { QuoteMarkFamily } from '../../lang/quote-lexicon.js';

export interface Quotation {
  /** UTF-16 index of the opening mark. */
  open: number;
  /** UTF-16 index of the closing mark, or -1 when the quotation was never closed. */
  close: number;
  /** Exclusive end of the span: after the closing mark, or the end of the paragraph. */
  end: number;
  family: string;
  /** Opening marks of the paragraphs the quotation runs on into. */
  continuations: number[];
  /** Index of the paragraph where it opens. */
  paragraph: number;
}

export interface MarkScan {
  quotations: Quotation[];
  /** Marks that paired with nothing, in order (UTF-16 indices). */
  stray: number[];
}

interface OpenQuote {
  q: Quotation;
  fam: QuoteMarkFamily;
}

const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const CLAUSE_END = /[,.!?…;:]/;
// Characters that may follow an opening mark: a letter, digit, ellipsis, bracket or inner mark.
const OPENS_ONTO = /[\p{L}\p{N}…(\[‘'’“"]/u;

interface MarkTable {
  familyOf: Map<string, QuoteMarkFamily>;
  /** Any mark of the table: the scan jumps from mark to mark. */
  anyMark: RegExp;
}

const tables = new WeakMap<readonly QuoteMarkFamily[], MarkTable>();

function markTable(families: readonly QuoteMarkFamily[]): MarkTable {
  let t = tables.get(families);
  if (t) return t;
  const familyOf = new Map<string, QuoteMarkFamily>();
  for (const f of families) {
    for (const m of f.open) if (!familyOf.has(m)) familyOf.set(m, f);
    for (const m of f.close) if (!familyOf.has(m)) familyOf.set(m, f);
  }
  const anyMark = new RegExp(`[${[...familyOf.keys()].map((m) => m.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
  t = { familyOf, anyMark };
  tables.set(families, t);
  return t;
}

export function scanQuotations(text: string, paragraphs: readonly Paragraph[], families: readonly QuoteMarkFamily[]): MarkScan {
  const { familyOf, anyMark } = markTable(families);
  const quotations: Quotation[] = [];
  const stray: number[] = [];
  let open: OpenQuote | null = null;
  let prevParagraph: Paragraph | null = null;

  const finishUnclosed = (o: OpenQuote, paragraphEnd: number) => {
    o.q.end = paragraphEnd;
    stray.push(o.q.open);
    quotations.push(o.q);
  };

  for (const p of paragraphs) {
    if (p.kind !== 'content') continue;
    let i = p.start;
    if (open) {
      // Runs on only when this paragraph opens with a mark of the same family.
      const first = text[p.start]!;
      if (familyOf.get(first) === open.fam && open.fam.open.includes(first)) {
        open.q.continuations.push(p.start);
        i = p.start + 1;
      } else {
        finishUnclosed(open, prevParagraph!.end);
        open = null;
      }
    }
    for (; i < p.end; i++) {
      anyMark.lastIndex = i;
      const hit = anyMark.exec(text);
      if (!hit || hit.index >= p.end) break;
      i = hit.index;
      const ch = text[i]!;
      const fam = familyOf.get(ch);
      if (!fam || fam.nestedOnly) continue;
      const prev = i > p.start ? text[i - 1]! : ' ';
      const next = i + 1 < p.end ? text[i + 1]! : ' ';
      const prevSpace = SPACE.test(prev) || prev === '(' || prev === '[';
      const nextSpace = SPACE.test(next);
      if (open && open.fam === fam) {
        if (fam.close.includes(ch) && !prevSpace) {
          open.q.close = i;
          open.q.end = i + 1;
          quotations.push(open.q);
          open = null;
          continue;
        }
        if (prevSpace && !nextSpace) {
          // `punya, ”ujar`: a closing mark written with the space on the wrong side.
          let k = i - 1;
          while (k > open.q.open && SPACE.test(text[k]!)) k--;
          if (fam.close.includes(ch) && CLAUSE_END.test(text[k]!) && LOWER.test(next)) {
            open.q.close = i;
            open.q.end = i + 1;
            quotations.push(open.q);
            open = null;
            continue;
          }
          // Two opening marks in a row: the first one was stray.
          if (fam.open.includes(ch) && OPENS_ONTO.test(next)) {
            stray.push(open.q.open);
            open = { q: newQuotation(i, fam, p.index), fam };
            continue;
          }
        }
        if (prevSpace && nextSpace && fam.close.includes(ch)) {
          open.q.close = i;
          open.q.end = i + 1;
          quotations.push(open.q);
          open = null;
          continue;
        }
        stray.push(i);
        continue;
      }
      if (open) continue; // another family inside an open quotation: nested, not paired here
      if (fam.open.includes(ch) && !nextSpace && OPENS_ONTO.test(next)) {
        open = { q: newQuotation(i, fam, p.index), fam };
        continue;
      }
      if (fam.open.includes(ch) && nextSpace && prevSpace) {
        // `" Kami …`: an opening mark followed by a space, before a capital.
        let k = i + 1;
        while (k < p.end && SPACE.test(text[k]!)) k++;
        if (k < p.end && UPPER_OR_DIGIT.test(text[k]!)) {
          open = { q: newQuotation(i, fam, p.index), fam };
          continue;
        }
      }
      stray.push(i);
    }
    prevParagraph = p;
  }
  if (open && prevParagraph) finishUnclosed(open, prevParagraph.end);
  quotations.sort((a, b) => a.open - b.open);
  stray.sort((a, b) => a - b);
  return { quotations, stray };
}

function newQuotation(open: number, fam: QuoteMarkFamily, paragraph: number): Quotation {
  return { open, close: -1, end: -1, family: fam.kind, continuations: [], paragraph };
}
