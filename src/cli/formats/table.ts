// `--format table`: what a person reads in a terminal. A header (title, id and source,
// language with its confidence, publication date, counts, warnings), then one table per kind
// that has items, wrapped to the terminal width. cli-table3 colours heads and borders on its
// own unless its style is emptied, so colour comes only from the Chalk instance given (level 0
// when colour is off: no ANSI escape at all). Error records go to stderr, not here.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { isArticleError, type ArticleResult, type Entity, type Span } from '../../types.js';
import type { RenderOptions, Renderer, Sink } from './types.js';

export { DEFAULT_WIDTH } from './types.js';
const MIN_FLEX = 12;
const MIN_FIXED = 6;

export function tableRenderer(sink: Sink, options: RenderOptions): Renderer {
  let count = 0;
  return {
    async write(record) {
      if (isArticleError(record)) return;
      await sink.write(`${count++ > 0 ? '\n' : ''}${renderArticleTable(record, options)}`);
    },
    end: async () => {},
  };
}

/** One article as text for the terminal. */
export function renderArticleTable(article: ArticleResult, { chalk, width }: RenderOptions): string {
  const out: string[] = [];
  out.push(chalk.bold(article.title ?? '(no title)'));
  out.push(chalk.dim(article.source && article.source !== article.id ? `${article.id} · ${article.source}` : article.id));
  const lang = article.language;
  const alternatives = lang.alternatives.map((a) => `${a.code} ${a.confidence.toFixed(2)}`).join(', ');
  out.push(
    `${chalk.bold('Language')} ${lang.code} (${lang.confidence.toFixed(2)}${alternatives ? `; ${alternatives}` : ''})` +
      `   ${chalk.bold('Published')} ${article.published ?? 'unknown'}`,
  );
  const s = article.stats;
  out.push(`${s.paragraphs} paragraphs · ${s.sentences} sentences · ${s.tokens} tokens · ${s.characters} characters`);
  for (const w of article.warnings) out.push(chalk.yellow(`Warning: ${w}`));

  const sections: string[] = [];
  const section = (heading: string, n: number, table: Table.Table) => {
    sections.push(`${chalk.bold(`${heading} (${n})`)}\n${table.toString()}`);
  };
  if (article.quotes.length > 0) {
    const t = table(chalk, width, ['Kind', 'Quote', 'Speaker', 'Offsets'], [10, null, null, 15], [0.6, 0.4]);
    for (const q of article.quotes) {
      const sp = q.speaker;
      const who = sp ? [sp.name, [sp.role?.text, sp.affiliation?.text].filter(Boolean).join(', ')].filter(Boolean).join('\n') : '?';
      t.push([q.kind, q.span.text, who, offsets(q.span)]);
    }
    section('Quotes', article.quotes.length, t);
  }
  const entities = (heading: string, list: Entity[]) => {
    if (list.length === 0) return;
    const t = table(chalk, width, ['Name', 'Aliases', 'Mentions', 'First'], [null, null, 10, 15], [0.5, 0.5]);
    for (const e of list) t.push([e.name, e.aliases.join(', '), e.mentions.length, e.mentions[0] ? offsets(e.mentions[0]) : '']);
    section(heading, list.length, t);
  };
  entities('Organisations', article.organisations);
  entities('People', article.people);
  entities('Places', article.places);
  if (article.figures.length > 0) {
    const t = table(chalk, width, ['Text', 'Value', 'Kind', 'Unit', 'Offsets'], [null, 16, 10, 10, 15], [1]);
    for (const f of article.figures) t.push([f.text, numberText(f.value), f.kind, f.unit ?? '', offsets(f)]);
    section('Figures', article.figures.length, t);
  }
  if (article.dates.length > 0) {
    const t = table(chalk, width, ['Text', 'Value', 'Type', 'Offsets'], [null, 16, 10, 15], [1]);
    for (const d of article.dates) t.push([d.text, d.value ?? '?', d.type, offsets(d)]);
    section('Dates', article.dates.length, t);
  }
  if (sections.length === 0) out.push('No quotes, entities, figures or dates found.');
  return `${out.join('\n')}\n${sections.map((s) => `\n${s}\n`).join('')}`;
}

/**
 * A table whose fixed columns keep their width and whose flexible columns (null widths) share
 * what is left of the terminal width in the given proportions; on a narrow terminal the fixed
 * columns shrink too. cli-table3's widths include the cell padding; a table of n columns adds
 * n + 1 border characters.
 */
function table(chalk: ChalkInstance, width: number, head: string[], widths: (number | null)[], shares: number[]): Table.Table {
  const inner = width - (widths.length + 1);
  let fixed = widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const minFlexible = MIN_FLEX * shares.length;
  let fixedWidths = widths;
  if (fixed + minFlexible > inner) {
    const scale = Math.max(0, inner - minFlexible) / fixed;
    fixedWidths = widths.map((w) => (w === null ? null : Math.max(MIN_FIXED, Math.floor(w * scale))));
    fixed = fixedWidths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  }
  const flexible = Math.max(minFlexible, inner - fixed);
  let given = 0;
  let share = 0;
  const colWidths = fixedWidths.map((w) => {
    if (w !== null) return w;
    // the last flexible column takes what rounding left over, so the table fills the width
    const last = share === shares.length - 1;
    const cw = last ? flexible - given : Math.max(MIN_FLEX, Math.floor(flexible * shares[share]!));
    share++;
    given += cw;
    return cw;
  });
  return new Table({
    head: head.map((h) => chalk.bold.cyan(h)),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
}

function offsets(span: Pick<Span, 'start' | 'end'>): string {
  return `${span.start}–${span.end}`;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function numberText(value: number): string {
  return numberFormat.format(value);
}
