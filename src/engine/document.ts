// One article as the extractors see it: the text as read, its paragraphs (with boilerplate
// lines marked), sentences and tokens (wink-nlp), and the conversion from the UTF-16 indices
// that JavaScript strings and regexes use to the code-point offsets of the output contract.
//
// Extractors work in UTF-16 indices on `doc.text` and turn them into contract spans with
// `doc.span(start, end)` at the very end; nothing else converts offsets.
import winkNLP from 'wink-nlp';
import { winkModel, type LoadedWinkModel } from './wink-model.js';
import type { Span } from '../types.js';
import type { DocumentLexicon } from '../lang/document-lexicon.js';
import { firstNotBefore } from './ordered.js';

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
/** The model the instance was made from: it tells how many word forms the instance has learnt. */
let instanceModel: LoadedWinkModel | null = null;

/** The wink-nlp instance, loaded once per process (or worker) on first use. Its pipe is
 *  sentence boundaries only: warta reads wink's tokens, token types and sentences, and none of
 *  them depends on the steps left out (named entities, negation, sentiment, parts of speech,
 *  which run after sentence detection and only add annotations). Leaving them out halves the
 *  cost of readDoc (0.90 → 0.50 ms on an IndoSum article); tokens and sentences were compared
 *  identical to the full pipe's on all 3,463 IndoSum articles. The model is loaded for that
 *  pipe only (wink-model.ts): half the start-up cost of the package's own loader. */
export function wink(): WinkNLP {
  if (nlpInstance && winkLearntWords() > winkVocabularyLimit) nlpInstance = null;
  if (!nlpInstance) {
    instanceModel = winkModel(['sbd']);
    nlpInstance = winkNLP(instanceModel as Parameters<typeof winkNLP>[0], ['sbd']);
  }
  return nlpInstance;
}

/**
 * wink-nlp adds every word form it has not seen to its model and never lets go (~120 bytes a
 * form). Over an archive of hundreds of thousands of articles that is millions of forms (names,
 * numbers, typos, URLs): a worker's heap would grow without bound and reach its cap. After this
 * many learnt forms the instance is replaced by a fresh one (~0.15 s to load, once every few
 * tens of thousands of articles). Tokens, types and sentences do not depend on what the
 * instance has learnt (a new form gets a new id either way); test/engine/wink-model.test.ts
 * checks that they are identical across a renewal.
 */
let winkVocabularyLimit = 200_000;

/** Word forms the current wink instance has learnt beyond its model (0 with the package's loader). */
export function winkLearntWords(): number {
  return instanceModel?.learntWords() ?? 0;
}

/** Sets the number of learnt word forms after which the wink instance is renewed (tests). */
export function setWinkVocabularyLimit(limit: number): void {
  winkVocabularyLimit = limit;
}

const LINE = /\r\n|\r|\n/g;
const NON_SPACE = /\S/g;
/** Boilerplate lines are short; longer lines are never tested against the patterns. */
const MAX_BOILERPLATE_LINE = 300;

/** The document lexicons of all packs, merged once per lexicon list. */
interface DocumentRules {
  abbreviations: Set<string>;
  sentenceFinalAbbreviations: Set<string>;
  boilerplate: { id: string; pattern: RegExp; headsLinks: boolean }[];
  sectionLabels: Set<string>;
  datelines: RegExp[];
}
const rulesCache = new WeakMap<readonly DocumentLexicon[], DocumentRules>();

function documentRules(lexicons: readonly DocumentLexicon[]): DocumentRules {
  let rules = rulesCache.get(lexicons);
  if (!rules) {
    rules = {
      abbreviations: new Set(lexicons.flatMap((l) => l.abbreviations)),
      sentenceFinalAbbreviations: new Set(lexicons.flatMap((l) => l.sentenceFinalAbbreviations)),
      boilerplate: lexicons.flatMap((l) => l.boilerplate.map((b) => ({ id: b.id, pattern: b.pattern, headsLinks: b.headsLinks ?? false }))),
      sectionLabels: new Set(lexicons.flatMap((l) => l.sectionLabels)),
      datelines: lexicons.flatMap((l) => [...l.datelines]),
    };
    rulesCache.set(lexicons, rules);
  }
  return rules;
}

/** Opening and closing quotation marks, used to keep sentences whole inside quotations. */
const OPENING_MARKS = new Set(['“', '«']);
const CLOSING_MARKS = new Set(['”', '»']);

export class ArticleDoc {
  readonly text: string;
  readonly paragraphs: Paragraph[];
  readonly title: string | null;
  readonly titleParagraph: number | null;
  /** UTF-16 index → code-point index; null when the text has no astral characters. */
  private readonly codePointAt: Uint32Array | null;
  readonly length: number;
  private readonly rules: DocumentRules;
  // Computed on first use (wink's pass, the quotation merge, the content text): an extractor
  // that needs none of them costs nothing, and each is computed once.
  private segmented: { tokens: Token[]; sentences: Sentence[] } | null = null;
  private quoteAware: Sentence[] | null = null;
  private content: string | null = null;

  constructor(text: string, lexicons: readonly DocumentLexicon[], metadataTitle?: string | null) {
    this.text = text;
    this.codePointAt = buildCodePointIndex(text);
    this.length = this.codePointAt ? this.codePointAt[text.length]! : text.length;
    const rules = documentRules(lexicons);
    this.rules = rules;
    this.paragraphs = splitParagraphs(text, rules);
    const title = findTitle(this.paragraphs, rules, metadataTitle ?? null);
    this.title = title.title;
    this.titleParagraph = title.paragraph;
  }

  /** Sentences of content and title paragraphs, never crossing a paragraph. */
  get sentences(): Sentence[] {
    return (this.segmented ??= tokenize(this.text, this.paragraphs, this.rules)).sentences;
  }

  /** The same, with splits inside an open quotation undone: a quotation is never cut. */
  get quoteAwareSentences(): Sentence[] {
    return (this.quoteAware ??= mergeInsideQuotations(this.text, this.sentences));
  }

  /** Tokens of content and title paragraphs (line breaks excluded). */
  get tokens(): Token[] {
    return (this.segmented ??= tokenize(this.text, this.paragraphs, this.rules)).tokens;
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
    return firstNotBefore(this.text.length, (i) => map[i]! < codePoint);
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
    if (this.content === null) {
      const parts: string[] = [];
      for (const p of this.paragraphs) if (p.kind === 'content' || p.kind === 'title') parts.push(p.text);
      this.content = parts.join('\n\n');
    }
    return this.content;
  }
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

function buildCodePointIndex(text: string): Uint32Array | null {
  if (!HIGH_SURROGATE.test(text)) return null;
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

/** The first boilerplate pattern that matches a whole line, or null. */
function boilerplateOf(text: string, line: Line, rules: DocumentRules): DocumentRules['boilerplate'][number] | null {
  if (line.end - line.start > MAX_BOILERPLATE_LINE) return null;
  const content = collapsedLine(text, line.start, line.end);
  if (content === '') return null;
  for (const b of rules.boilerplate) if (b.pattern.test(content)) return b;
  return null;
}

/** White space as JavaScript's `\s` and trim() know it. */
function isJsSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `text.slice(start, end).replace(/\s+/g, ' ').trim()`, without the regex and the copies when
 *  the line has nothing to collapse (no space at either end, no space but single U+0020). */
function collapsedLine(text: string, start: number, end: number): string {
  let clean = start < end && !isJsSpace(text.charCodeAt(start)) && !isJsSpace(text.charCodeAt(end - 1));
  for (let i = start + 1; clean && i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) clean = text.charCodeAt(i + 1) !== 32 && !isJsSpace(text.charCodeAt(i + 1));
    else if (c < 33 ? c >= 9 && c <= 13 : c >= 0xa0 && isJsSpace(c)) clean = false;
  }
  return clean ? text.slice(start, end) : text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** A line that can be the title of a linked article: short, not ending like a sentence. */
function isLinkTitle(text: string, line: Line): boolean {
  const content = text.slice(line.start, line.end).trim();
  return content.length > 0 && content.length <= MAX_TITLE_CHARS && !/[.,;:"”]$/.test(content);
}

/**
 * Paragraphs are blocks separated by blank lines; a text without any blank line (one paragraph
 * a line, as many scrapers write) has one paragraph per line. A boilerplate line is always a
 * paragraph of its own (marked `boilerplate`), even inside a block. Offsets exclude the outer
 * spaces.
 */
function splitParagraphs(text: string, rules: DocumentRules): Paragraph[] {
  const all = lines(text);
  // A line is blank when the first non-space at or after its start lies beyond its end (the
  // search stops at the first non-space: linear over all lines).
  const blank = all.map((l) => {
    NON_SPACE.lastIndex = l.start;
    const m = NON_SPACE.exec(text);
    return !m || m.index >= l.end;
  });
  const hasBlankSeparator = blank.some((b, i) => b && i > 0 && i < all.length - 1);
  const blocks: (Line & { rule: string | null })[] = [];
  let current: (Line & { rule: string | null }) | null = null;
  let links: string | null = null; // the rule of a `Baca Juga:` heading whose links follow
  all.forEach((l, i) => {
    if (blank[i]) {
      current = null;
      return;
    }
    const hit = boilerplateOf(text, l, rules);
    let rule = hit?.id ?? null;
    if (!hit && links && isLinkTitle(text, l)) rule = links;
    links = hit ? (hit.headsLinks ? hit.id : null) : rule;
    if (rule || !hasBlankSeparator) {
      blocks.push({ ...l, rule });
      current = null;
    } else if (current) {
      current.end = l.end;
    } else {
      current = { ...l, rule: null };
      blocks.push(current);
    }
  });
  return blocks.map((b, index) => {
    let { start, end } = b;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    return {
      index,
      start,
      end,
      text: text.slice(start, end),
      kind: (b.rule ? 'boilerplate' : 'content') as ParagraphKind,
      rule: b.rule,
    };
  });
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

const FINAL_PUNCTUATION = /[.!?:;,…"”’)\]]$/;
const MAX_TITLE_CHARS = 150;
const MAX_TITLE_WORDS = 20;

/** A short single line without final punctuation, with a word of at least two letters. */
function isHeadlineLike(p: Paragraph): boolean {
  if (p.text.length > MAX_TITLE_CHARS || /[\r\n]/.test(p.text) || FINAL_PUNCTUATION.test(p.text)) return false;
  const words = p.text.split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && words.filter((w) => /\p{L}{2}/u.test(w)).length >= 1;
}

/**
 * The title: the metadata title when there is one, else the first short line without final
 * punctuation, unless it is the lead (it starts with a dateline such as `Merdeka.com -`) or the
 * only content. A lone section label above it (`Market`) is marked as a label, not content.
 */
function findTitle(
  paragraphs: Paragraph[],
  rules: DocumentRules,
  metadataTitle: string | null,
): { title: string | null; paragraph: number | null } {
  const candidates = paragraphs.filter((p) => p.kind !== 'boilerplate');
  const first = candidates[0];
  const second = candidates[1];
  if (first && second && isHeadlineLike(first)) {
    const known = rules.sectionLabels.has(first.text);
    const shortAboveHeadline =
      first.text.split(/\s+/).length <= 2 && isHeadlineLike(second) && second.text.length > first.text.length;
    if (known || shortAboveHeadline) {
      first.kind = 'label';
      first.rule = known ? 'document.section-label' : 'document.short-label';
    }
  }
  const head = paragraphs.find((p) => p.kind === 'content');
  if (metadataTitle?.trim()) {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    if (head && norm(head.text) === norm(metadataTitle)) {
      head.kind = 'title';
      head.rule = 'document.title-metadata';
      return { title: metadataTitle.trim(), paragraph: head.index };
    }
    return { title: metadataTitle.trim(), paragraph: null };
  }
  if (
    head &&
    isHeadlineLike(head) &&
    !rules.datelines.some((d) => d.test(head.text)) &&
    paragraphs.some((p) => p.kind === 'content' && p !== head)
  ) {
    head.kind = 'title';
    head.rule = 'document.title-first-line';
    return { title: head.text, paragraph: head.index };
  }
  return { title: null, paragraph: null };
}

/** True when the character at `i` is a letter or digit (for joins without spaces). */
function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && /[\p{L}\p{N}]/u.test(text[i]!);
}

/** A token that continues an emoji: it starts with a zero-width joiner, a variation selector
 *  or a skin tone (U+1F3FB..U+1F3FF, the surrogates D83C DFFB..DFFF). */
function continuesEmoji(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c === 0x200d || c === 0xfe0f) return true;
  if (c !== 0xd83c) return false;
  const low = w.charCodeAt(1);
  return low >= 0xdffb && low <= 0xdfff;
}
/** A token that closes a quotation. */
const CLOSING_QUOTE = /^["”’»']$/;
/** Exactly one regional indicator (U+1F1E6..U+1F1FF, D83C DDE6..DDFF): two make a flag (🇮🇩). */
function isRegionalIndicator(w: string): boolean {
  if (w.length !== 2 || w.charCodeAt(0) !== 0xd83c) return false;
  const low = w.charCodeAt(1);
  return low >= 0xdde6 && low <= 0xddff;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
const WEB_SUFFIX = /\.(?:com|net|org|id|co|go|ac|or|info|tv|news|io)$/i;

/** Longest run without white space that wink reads in one piece (see breakOverlongRuns). */
const MAX_WINK_RUN = 128;

/** The text with a space put in place of one character in every MAX_WINK_RUN characters of any
 *  run without white space (a surrogate pair is replaced by two): same length. */
export function breakOverlongRuns(text: string): string {
  let run = 0;
  let parts: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) {
      run = 0;
      continue;
    }
    run++;
    if (run <= MAX_WINK_RUN || (c >= 0xdc00 && c <= 0xdfff)) continue;
    // A surrogate pair is replaced whole, by two spaces.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    (parts ??= []).push(text.slice(from, i), width === 2 ? '  ' : ' ');
    from = i + width;
    i += width - 1;
    run = 0;
  }
  if (!parts) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * wink-nlp tokens and sentences for the whole text (one readDoc), mapped back to offsets, then
 * mended for Indonesian news:
 * - a full stop between letters or digits with no space around it joins its neighbours into one
 *   token (`Rp1.500`, `Suara.com`), which also ends no sentence;
 * - abbreviations keep their full stop (`Jl.`) and end no sentence (`Tbk.`, `dll.` may, before
 *   a capital);
 * - a sentence never starts without a space before it, nor with a lower-case word after a
 *   closing quotation mark (`"Kenapa?" tanya Djarot.`), and never crosses a paragraph.
 */
function tokenize(
  text: string,
  paragraphs: Paragraph[],
  rules: DocumentRules,
): { tokens: Token[]; sentences: Sentence[] } {
  const nlp = wink();
  const its = nlp.its;
  // wink's tokenizer is quadratic in the length of one token (a 64K-character word takes
  // seconds, a 10 MB one overflows the stack), so wink reads a copy of the text in which every
  // run without white space longer than MAX_WINK_RUN is broken by spaces. The copy has the same
  // length, so offsets found in it are offsets into the text; token texts come from the text.
  const winkText = breakOverlongRuns(text);
  // Compared once: two different strings of the same length compare character by character, and
  // per token that made segmentation quadratic in a long article with overlong runs.
  const winkReadText = winkText === text;
  const wdoc = nlp.readDoc(winkText);
  const words = wdoc.tokens().out() as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const types = wdoc.tokens().out(its.type) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  // Offsets of wink's tokens: wink keeps every character, so a token starts after the spaces
  // that precede it. Should a token not be found where expected, it is looked for a little
  // further on (bounded), and dropped if absent.
  const starts = new Int32Array(words.length);
  let pos = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const at = pos + spaces[i]!.length;
    if (winkText.startsWith(w, at)) {
      starts[i] = at;
      pos = at + w.length;
      continue;
    }
    const found = winkText.slice(pos, pos + 64 + w.length).indexOf(w);
    if (found < 0) {
      starts[i] = -1;
      continue;
    }
    starts[i] = pos + found;
    pos += found + w.length;
  }

  const { abbreviations, sentenceFinalAbbreviations: finalAbbreviations } = rules;

  // Tokens, with joins mended; wink token index → our token index (-1 inside a joined token).
  // `joinable[k]`: our token k ends in a full stop that the next token touches.
  const tokens: Token[] = [];
  const joinable = new Uint8Array(words.length);
  const ourIndex = new Int32Array(words.length + 1);
  let prev: Token | undefined;
  for (let i = 0; i < words.length; i++) {
    ourIndex[i] = tokens.length;
    const start = starts[i]!;
    if (start < 0 || types[i] === 'tabCRLF') continue;
    const w = words[i]!;
    const end = start + w.length;
    const touchesPrev = prev !== undefined && prev.end === start;
    if (touchesPrev) {
      // An emoji sequence (👨‍👩‍👧: emoji joined by U+200D, skin tones, variation selectors; the
      // two halves of a flag 🇮🇩) is one token.
      if (continuesEmoji(w) || prev!.text.endsWith('\u200d') || (isRegionalIndicator(w) && isRegionalIndicator(prev!.text))) {
        prev!.end = end;
        prev!.text = text.slice(prev!.start, end);
        prev!.type = 'emoji';
        ourIndex[i] = -1;
        continue;
      }
      // `Suara` `.` `com`, `Rp1` `.` `500`: the full stop and what follows join the previous token.
      if (joinable[tokens.length - 1] && prev!.text.endsWith('.') && isAlnumAt(text, start)) {
        prev!.end = end;
        prev!.text = text.slice(prev!.start, end);
        joinable[tokens.length - 1] = 0;
        if (WEB_SUFFIX.test(prev!.text)) prev!.type = 'url';
        else if (types[i] === 'number' && isDigit(prev!.text.charCodeAt(0))) prev!.type = 'number';
        ourIndex[i] = -1; // inside a token: no sentence starts here
        continue;
      }
      if (w === '.' && isAlnumAt(text, start - 1)) {
        const next = i + 1 < words.length ? starts[i + 1]! : -1;
        const joinsNext = next === end && isAlnumAt(text, end);
        if (joinsNext || abbreviations.has(prev!.text + '.')) {
          prev!.end = end;
          prev!.text += '.';
          joinable[tokens.length - 1] = joinsNext ? 1 : 0;
          ourIndex[i] = -1;
          continue;
        }
      }
    }
    prev = { start, end, text: winkReadText ? w : text.slice(start, end), type: types[i]! };
    tokens.push(prev);
  }
  ourIndex[words.length] = tokens.length;

  // Sentence boundaries as token ranges, then cut at paragraph breaks and glued at abbreviations
  // and at joins without a space.
  let cursor = 0;
  const tokenParagraph = tokens.map((t) => {
    while (cursor < paragraphs.length && paragraphs[cursor]!.end <= t.start) cursor++;
    const p = paragraphs[cursor];
    return p && p.start <= t.start ? p : undefined;
  });
  const boundaries = new Uint8Array(tokens.length + 1); // 1 where a new sentence starts
  for (const [s] of spans) {
    const at = ourIndex[s]!;
    if (at >= 0) boundaries[at] = 1;
  }
  for (let i = 1; i < tokens.length; i++) {
    if (tokenParagraph[i] !== tokenParagraph[i - 1]) boundaries[i] = 2; // a hard break
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
    if (open && boundaries[i]) {
      const prev = tokens[i - 1]!;
      // `"Kenapa?" tanya Djarot.`: a quotation and its lower-case cue are one sentence.
      const glue =
        boundaries[i] === 1 &&
        (prev.end === t.start ||
          (CLOSING_QUOTE.test(prev.text) && /^\p{Ll}/u.test(t.text)) ||
          (abbreviations.has(prev.text) &&
            (!finalAbbreviations.has(prev.text) || !/^\p{Lu}/u.test(t.text))));
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

/** Quotation marks, the only characters that change the quote state. */
const QUOTE_MARK = /["“«”»]/g;

function advanceQuoteState(state: QuoteState, s: string): void {
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(s); m; m = QUOTE_MARK.exec(s)) {
    const ch = m[0];
    if (ch === '"') state.ascii = !state.ascii;
    else if (OPENING_MARKS.has(ch)) state.depth++;
    else if (CLOSING_MARKS.has(ch)) {
      if (state.depth > 0) state.depth--;
      else if (ch === '”') state.doubleRight = !state.doubleRight;
    }
  }
}
