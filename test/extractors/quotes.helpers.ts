// Runs the quote extractor and the speaker refiner alone (no entity extractor before them),
// as warta does when the entities find nothing: the speakers must still come out whole.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ArticleDoc } from '../../src/engine/document.js';
import { languagePacks } from '../../src/lang/index.js';
import { quoteExtractor } from '../../src/extractors/quotes.js';
import { speakerRefiner } from '../../src/refiners/speakers.js';
import { SCHEMA_VERSION, type ArticleResult, type Quote, type Span } from '../../src/types.js';

const lexicons = Object.values(languagePacks).map((p) => p.document);

/** `people`: person entities as an entity extractor would have found them before the quotes. */
export function quotesOf(text: string, lang = 'id', people: ArticleResult['people'] = []): ArticleResult {
  const doc = new ArticleDoc(text, lexicons);
  const result: ArticleResult = {
    schema: SCHEMA_VERSION,
    id: 'test',
    source: null,
    title: doc.title,
    published: null,
    language: { code: lang, iso639_3: lang === 'id' ? 'ind' : 'eng', confidence: 1, alternatives: [] },
    stats: { characters: doc.length, paragraphs: 0, sentences: 0, tokens: 0 },
    quotes: [],
    organisations: [],
    people: [...people],
    places: [],
    figures: [],
    dates: [],
    warnings: [],
  };
  const ctx = { doc, pack: languagePacks[lang]!, result, options: {} };
  quoteExtractor.extract(ctx);
  speakerRefiner.refine(ctx);
  return result;
}

type SpanTuple = [string, number, number];

export interface ExpectedQuote {
  id: string;
  kind: Quote['kind'];
  rule: string;
  text: string;
  span: [number, number];
  cue: SpanTuple | null;
  speaker: {
    name: string;
    mention: SpanTuple | null;
    resolved: string;
    role: SpanTuple | null;
    affiliation: SpanTuple | null;
  } | null;
}

const tuple = (s: Span | null): SpanTuple | null => (s ? [s.text, s.start, s.end] : null);

/** A quote in the compact shape of the expectations (entity ids left out). */
export function compact(q: Quote): ExpectedQuote {
  const s = q.speaker;
  return {
    id: q.id,
    kind: q.kind,
    rule: q.rule,
    text: q.text,
    span: [q.span.start, q.span.end],
    cue: tuple(q.cue),
    speaker: s
      ? { name: s.name, mention: tuple(s.mention), resolved: s.resolved, role: tuple(s.role), affiliation: tuple(s.affiliation) }
      : null,
  };
}

/** Code-point slice of the article: what every span must give back. */
export function cpSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/** A fixture article of fixtures/quotes/ (short articles written for these tests). */
export function quoteFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/quotes/${name}`, import.meta.url), 'utf8');
}

/** Every quote's span, cue and speaker mention are the article's own code points. */
export function spansHold(text: string, quotes: readonly Quote[]): void {
  for (const q of quotes) {
    expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
    if (q.cue) expect(cpSlice(text, q.cue.start, q.cue.end)).toBe(q.cue.text);
    const m = q.speaker?.mention;
    if (m) expect(cpSlice(text, m.start, m.end)).toBe(m.text);
  }
}

/** Each quote as [rule, text, start, end, cue, speaker name, mention, resolved], once every span,
 *  cue and mention is checked to be the article's own code points. */
export function quoteRows(text: string): (string | number | null)[][] {
  const { quotes } = quotesOf(text);
  spansHold(text, quotes);
  return quotes.map((q) => [q.rule, q.text, q.span.start, q.span.end, q.cue?.text ?? null, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.speaker?.resolved ?? null]);
}
