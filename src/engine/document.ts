// One article as the extractors see it: the text as read, its paragraphs (with boilerplate
// lines marked), sentences and tokens (wink-nlp), and the conversion from the UTF-16 indices
// that JavaScript strings and regexes use to the code-point offsets of the output contract.
//
// Extractors work in UTF-16 indices on `doc.text` and turn them into contract spans with
// `doc.span(start, end)` at the very end; nothing else converts offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../types.js';
import type { DocumentLexicon } from '../lang/document-lexicon.js';

export type ParagraphKind = 'content' | 'title' | 'label' | 'boilerplate';

export interface Paragraph {
  index: number;
  /** UTF-16 index into `doc.text`. */
  start: number;
  end: number;
  text: string;
  kind: ParagraphKind;
  /** The rule that marked a non-content paragraph (`id.boilerplate.baca-juga`), else null. */
  rule: string | null;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** wink-nlp's token type: word, number, punctuation, emoji, url, ... */
  type: string;
}

type WinkNLP = ReturnType<typeof winkNLP>;
let nlpInstance: WinkNLP | null = null;

/** The wink-nlp instance, loaded once per process (or worker) on first use. */
export function wink(): WinkNLP {
  nlpInstance ??= winkNLP(model);
  return nlpInstance;
}

const LINE = /\r\n|\r|\n/g;

/** Opening and closing quotation marks, used to keep sentences whole inside quotations. */
const OPENING_MARKS = new Set(['“', '«']);
const CLOSING_MARKS = new Set(['”', '»']);

export class ArticleDoc {
  readonly text: string;
  readonly paragraphs: Paragraph[];
  readonly title: string | null;
  readonly titleParagraph: number | null;
  /** Sentences of content and title paragraphs, never crossing a paragraph. */
  readonly sentences: Sentence[];
  /** The same, with splits inside an open quotation undone: a quotation is never cut. */
  readonly quoteAwareSentences: Sentence[];
  /** Tokens of content and title paragraphs (line breaks excluded). */
  readonly tokens: Token[];
  /** UTF-16 index → code-point index; null when the text has no astral characters. */
  private readonly codePointAt: Uint32Array | null;
  readonly length: number;

  constructor(text: string, lexicons: readonly DocumentLexicon[], metadataTitle?: string | null) {
    this.text = text;
    this.codePointAt = buildCodePointIndex(text);
    this.length = this.codePointAt ? this.codePointAt[text.length]! : text.length;
    this.paragraphs = splitParagraphs(text);
    markBoilerplate(this.paragraphs, lexicons);
    const title = findTitle(this.paragraphs, lexicons, metadataTitle ?? null);
    this.title = title.title;
    this.titleParagraph = title.paragraph;
    const { tokens, sentences } = tokenize(text, this.paragraphs, lexicons);
    this.tokens = tokens;
    this.sentences = sentences;
    this.quoteAwareSentences = mergeInsideQuotations(text, sentences);
  }

  /** Content paragraphs: not the title, label or boilerplate. */
  get contentParagraphs(): Paragraph[] {
    return this.paragraphs.filter((p) => p.kind === 'content');
  }

  /** The code-point offset of a UTF-16 index. */
  cp(index: number): number {
    return this.codePointAt ? this.codePointAt[index]! : index;
  }

  /** The UTF-16 index of a code-point offset. */
  unit(codePoint: number): number {
    const map = this.codePointAt;
    if (!map) return codePoint;
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (map[mid]! < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A contract span (code-point offsets) from UTF-16 indices into `text`. */
  span(start: number, end: number): Span {
    return { text: this.text.slice(start, end), start: this.cp(start), end: this.cp(end) };
  }

  /** The paragraph that holds a UTF-16 index, or undefined (between paragraphs). */
  paragraphAt(index: number): Paragraph | undefined {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const p = this.paragraphs[mid]!;
      if (index < p.start) hi = mid - 1;
      else if (index >= p.end) lo = mid + 1;
      else return p;
    }
    return undefined;
  }

  /** Text of the content paragraphs (and the title), for language detection. */
  contentText(): string {
    return this.paragraphs
      .filter((p) => p.kind === 'content' || p.kind === 'title')
      .map((p) => p.text)
      .join('\n\n');
  }
}

function buildCodePointIndex(text: string): Uint32Array | null {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return null;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const isHigh = c >= 0xd800 && c <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      map[i + 1] = cp; // the low surrogate belongs to the same code point
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

interface Line {
  start: number;
  end: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/**
 * Paragraphs are blocks separated by blank lines; a text without any blank line (one paragraph
 * a line, as many scrapers write) has one paragraph per line. Offsets exclude the outer spaces.
 */
function splitParagraphs(text: string): Paragraph[] {
  const all = lines(text);
  const isBlank = (l: Line) => text.slice(l.start, l.end).trim() === '';
  const hasBlankSeparator = all.some((l, i) => i > 0 && i < all.length - 1 && isBlank(l));
  const blocks: Line[] = [];
  let current: Line | null = null;
  for (const l of all) {
    if (isBlank(l)) {
      if (current) blocks.push(current);
      current = null;
    } else if (!hasBlankSeparator) {
      blocks.push({ ...l });
    } else if (current) {
      current.end = l.end;
    } else {
      current = { ...l };
    }
  }
  if (current) blocks.push(current);
  return blocks.map((b, index) => {
    let { start, end } = b;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { index, start, end, text: text.slice(start, end), kind: 'content' as ParagraphKind, rule: null };
  });
}

function markBoilerplate(paragraphs: Paragraph[], lexicons: readonly DocumentLexicon[]): void {
  for (const p of paragraphs) {
    const line = p.text.replace(/\s+/g, ' ').trim();
    for (const lex of lexicons) {
      const hit = lex.boilerplate.find((b) => b.pattern.test(line));
      if (hit) {
        p.kind = 'boilerplate';
        p.rule = hit.id;
        break;
      }
    }
  }
}

const FINAL_PUNCTUATION = /[.!?:;…"”’)]$/;

function isHeadlineLike(p: Paragraph): boolean {
  const words = p.text.split(/\s+/).length;
  return !/[\r\n]/.test(p.text) && p.text.length <= 200 && words <= 30 && !FINAL_PUNCTUATION.test(p.text);
}

/**
 * The title: the metadata title when there is one, else the first short line without final
 * punctuation. A lone section label above it (`Market`) is marked as a label, not content.
 */
function findTitle(
  paragraphs: Paragraph[],
  lexicons: readonly DocumentLexicon[],
  metadataTitle: string | null,
): { title: string | null; paragraph: number | null } {
  const candidates = paragraphs.filter((p) => p.kind !== 'boilerplate');
  const first = candidates[0];
  const second = candidates[1];
  if (first && second && isHeadlineLike(first)) {
    const known = lexicons.some((l) => l.sectionLabels.includes(first.text));
    const shortAboveHeadline =
      first.text.split(/\s+/).length <= 2 && isHeadlineLike(second) && second.text.length > first.text.length;
    if (known || shortAboveHeadline) {
      first.kind = 'label';
      first.rule = known ? 'document.section-label' : 'document.short-label';
    }
  }
  const head = paragraphs.find((p) => p.kind === 'content');
  if (metadataTitle) {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    if (head && norm(head.text) === norm(metadataTitle)) {
      head.kind = 'title';
      head.rule = 'document.title-metadata';
      return { title: metadataTitle.trim(), paragraph: head.index };
    }
    return { title: metadataTitle.trim(), paragraph: null };
  }
  if (head && isHeadlineLike(head) && paragraphs.some((p) => p.kind === 'content' && p !== head)) {
    head.kind = 'title';
    head.rule = 'document.title-first-line';
    return { title: head.text, paragraph: head.index };
  }
  return { title: null, paragraph: null };
}

/**
 * wink-nlp tokens and sentences for the whole text, mapped back to offsets, then mended for
 * Indonesian: abbreviations kept whole (`Jl.` is one token and ends no sentence), sentences
 * never crossing paragraphs.
 */
function tokenize(
  text: string,
  paragraphs: Paragraph[],
  lexicons: readonly DocumentLexicon[],
): { tokens: Token[]; sentences: Sentence[] } {
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const words = wdoc.tokens().out() as string[];
  const types = wdoc.tokens().out(its.type) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  // Offsets of wink's tokens: wink keeps the characters, so each token is found in order.
  const starts = new Int32Array(words.length);
  let pos = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const at = text.indexOf(w, pos);
    if (at < 0) {
      starts[i] = -1;
      continue;
    }
    starts[i] = at;
    pos = at + w.length;
  }

  const abbreviations = new Set<string>();
  const finalAbbreviations = new Set<string>();
  for (const l of lexicons) {
    for (const a of l.abbreviations) abbreviations.add(a);
    for (const a of l.sentenceFinalAbbreviations) finalAbbreviations.add(a);
  }

  // Tokens, with `Jl` + `.` merged back into `Jl.`; wink token index → our token index.
  const tokens: Token[] = [];
  const ourIndex = new Int32Array(words.length + 1);
  for (let i = 0; i < words.length; i++) {
    ourIndex[i] = tokens.length;
    const start = starts[i]!;
    if (start < 0 || types[i] === 'tabCRLF') continue;
    const w = words[i]!;
    const prev = tokens[tokens.length - 1];
    if (w === '.' && prev && prev.end === start && abbreviations.has(prev.text + '.')) {
      prev.end = start + 1;
      prev.text += '.';
      ourIndex[i] = tokens.length - 1;
      continue;
    }
    tokens.push({ start, end: start + w.length, text: w, type: types[i]! });
  }
  ourIndex[words.length] = tokens.length;

  // Sentence boundaries as token ranges, then cut at paragraph breaks and glued at abbreviations.
  const inContent = (t: Token) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const p = paragraphs[mid]!;
      if (t.start < p.start) hi = mid - 1;
      else if (t.start >= p.end) lo = mid + 1;
      else return p;
    }
    return undefined;
  };
  const tokenParagraph = tokens.map(inContent);
  const boundaries = new Set<number>(); // token index where a new sentence starts
  for (const [s] of spans) boundaries.add(ourIndex[s]!);
  for (let i = 1; i < tokens.length; i++) {
    if (tokenParagraph[i] !== tokenParagraph[i - 1]) boundaries.add(i);
  }
  const sentences: Sentence[] = [];
  const outTokens: Token[] = [];
  let open: { first: number; last: number } | null = null;
  const flush = () => {
    if (!open) return;
    const p = tokenParagraph[open.first];
    if (p && (p.kind === 'content' || p.kind === 'title')) {
      const start = tokens[open.first]!.start;
      const end = tokens[open.last]!.end;
      sentences.push({ start, end, text: text.slice(start, end), paragraph: p.index });
    }
    open = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const p = tokenParagraph[i];
    if (p && (p.kind === 'content' || p.kind === 'title')) outTokens.push(t);
    if (open && boundaries.has(i)) {
      const prev = tokens[i - 1]!;
      const samePara = tokenParagraph[i] === tokenParagraph[i - 1];
      const glue =
        samePara &&
        abbreviations.has(prev.text) &&
        (!finalAbbreviations.has(prev.text) || !/^\p{Lu}/u.test(t.text));
      if (!glue) flush();
    }
    if (open) open.last = i;
    else open = { first: i, last: i };
  }
  flush();
  return { tokens: outTokens, sentences };
}

/** Sentences merged where a split falls inside an open quotation of the same paragraph. */
function mergeInsideQuotations(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  let state: QuoteState = { ascii: false, depth: 0, doubleRight: false, paragraph: -1 };
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (state.paragraph !== s.paragraph) state = { ascii: false, depth: 0, doubleRight: false, paragraph: s.paragraph };
    const insideQuote = state.ascii || state.depth > 0 || state.doubleRight;
    if (prev && prev.paragraph === s.paragraph && insideQuote) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      out.push({ ...s });
    }
    advanceQuoteState(state, s.text);
  }
  return out;
}

interface QuoteState {
  ascii: boolean;
  depth: number;
  /** Kompas style: `”` both opens and closes. */
  doubleRight: boolean;
  paragraph: number;
}

function advanceQuoteState(state: QuoteState, s: string): void {
  for (const ch of s) {
    if (ch === '"') state.ascii = !state.ascii;
    else if (OPENING_MARKS.has(ch)) state.depth++;
    else if (CLOSING_MARKS.has(ch)) {
      if (state.depth > 0) state.depth--;
      else if (ch === '”') state.doubleRight = !state.doubleRight;
    }
  }
}
