// A saved news page (HTML) → the article: its text as paragraphs, its title and its
// publication date. Readability (Mozilla's reader view) finds the article body on a linkedom
// DOM; before that, navigation and the "Baca juga" boxes that Indonesian sites put inside the
// body are taken out, so that neither reaches the analysis.
//
// linkedom and Readability are loaded on first use: a run over plain text never pays for them.
import type { DocumentLexicon } from '../lang/document-lexicon.js';
import { languagePacks } from '../lang/index.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` from the page's metadata, else null. */
  published: string | null;
}

// The little of the DOM used here (tsconfig has no DOM lib: the CLI runs on Node).
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}
interface DomElement extends DomNode {
  tagName: string;
  textContent: string | null;
  isConnected: boolean;
  parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  remove(): void;
}
interface DomQueryable {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

type LinkedomModule = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');
let libraries: { linkedom: LinkedomModule; readability: ReadabilityModule } | null = null;

/** Load linkedom and Readability (once per thread); call before extractHtmlArticle(). */
export async function loadHtmlLibraries(): Promise<void> {
  if (libraries) return;
  const [linkedom, readability] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  libraries = { linkedom, readability };
}

/** Elements that are never article text. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, nav, footer, form, button, select, svg';

/** Elements that can be a "Baca juga" box; the box goes whole, with its links. */
const BOX_CANDIDATES = 'p, div, aside, section, ul, ol, li, table, blockquote, span, strong, b, h2, h3, h4, h5, h6';

/** A box is short; an element with more text than this is (part of) the article itself. */
const MAX_BOX_CHARACTERS = 400;

const documentLexicons: readonly DocumentLexicon[] = Object.values(languagePacks).map((p) => p.document);

/** Elements whose end is a paragraph break in the text. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI',
  'DL', 'DT', 'DD', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR',
]);

/** The article of an HTML page. Throws when the page has no article text. */
export function extractHtmlArticle(html: string): HtmlArticle {
  if (!libraries) throw new Error('call loadHtmlLibraries() first');
  const { parseHTML } = libraries.linkedom;
  const { Readability } = libraries.readability;
  const { document } = parseHTML(html) as unknown as { document: DomQueryable };
  const published = publishedFromMeta(document);
  for (const el of [...document.querySelectorAll(NEVER_TEXT)]) el.remove();
  removeBoilerplateBoxes(document);
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: false }).parse();
  if (!parsed || !parsed.content) throw new Error('no article text found in the page');
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const text = blockText(body.body as unknown as DomNode);
  if (text === '') throw new Error('no article text found in the page');
  const title = parsed.title?.replace(/\s+/g, ' ').trim() || null;
  return { text, title, published: published ?? normaliseDate(parsed.publishedTime ?? null) };
}

/** Remove every short element whose text is a boilerplate line (`Baca juga: ...`). */
function removeBoilerplateBoxes(document: DomQueryable): void {
  for (const el of [...document.querySelectorAll(BOX_CANDIDATES)]) {
    if (!el.isConnected) continue; // inside a box removed already
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '' || text.length > MAX_BOX_CHARACTERS) continue;
    if (documentLexicons.some((lex) => lex.boilerplate.some((b) => b.pattern.test(text)))) {
      // `<p><strong>Baca juga:</strong> <a>…</a></p>`: the paragraph goes, not only its label.
      let box: DomElement = el;
      while (
        box.parentElement &&
        !BLOCK_TAGS.has(box.tagName) &&
        (box.parentElement.textContent ?? '').replace(/\s+/g, ' ').trim().length <= MAX_BOX_CHARACTERS
      ) {
        box = box.parentElement;
      }
      box.remove();
    }
  }
}

/** Text of a DOM subtree: one paragraph per block element, whitespace collapsed inside. */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as DomElement).tagName;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Meta tags that hold the publication date, most specific first (Open Graph article, schema.org, Indonesian CMSes). */
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="publishdate"]',
  'meta[name="content_PublishedDate"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

function publishedFromMeta(document: DomQueryable): string | null {
  for (const selector of PUBLISHED_META) {
    const value = document.querySelector(selector)?.getAttribute('content');
    const date = normaliseDate(value ?? null);
    if (date) return date;
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  return normaliseDate(time ?? null);
}

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?/;

/** `2023-07-26T10:00:00+07:00`, `2023/07/26 10:00:00` → `2023-07-26T10:00`; a bare date stays a date. */
export function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const m = ISO_LIKE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return h !== undefined ? `${date}T${h.padStart(2, '0')}:${mi}` : date;
}
