// `--format csv`: one row per extracted item, RFC 4180 (csv-stringify: quotes doubled, fields
// with commas, quotes or line breaks quoted, CRLF between records), header once. Every row's
// `text` is exactly the article text between `start` and `end` (code points), whatever the kind.
// Error records have no rows: their message goes to stderr.
import { stringify } from 'csv-stringify/sync';
import { isArticleError, type ArticleResult, type Entity } from '../../types.js';
import type { Renderer, Sink } from './types.js';

export const CSV_COLUMNS = [
  'article_id',
  'kind',
  'text',
  'start',
  'end',
  'value',
  'unit',
  'speaker',
  'role',
  'affiliation',
  'rule',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

const row = (fields: Partial<CsvRow> & Pick<CsvRow, 'article_id' | 'kind' | 'text' | 'start' | 'end' | 'rule'>): CsvRow => ({
  value: null,
  unit: null,
  speaker: null,
  role: null,
  affiliation: null,
  ...fields,
});

/**
 * The rows of one article, by kind in the contract's order (quotes, organisations, people,
 * places, figures, dates), each kind in document order. Kinds: `quote-direct`,
 * `quote-indirect`, `quote-mixed`, `organisation`, `person`, `place` (one row per mention,
 * `value` = the entity's canonical name), `figure` (`value` = the number, `unit`), `date`
 * (`value` = the ISO 8601 value).
 */
export function csvRows(article: ArticleResult): CsvRow[] {
  const id = article.id;
  const rows: CsvRow[] = [];
  for (const q of article.quotes) {
    rows.push(
      row({
        article_id: id,
        kind: `quote-${q.kind}`,
        text: q.span.text,
        start: q.span.start,
        end: q.span.end,
        speaker: q.speaker?.name ?? null,
        role: q.speaker?.role?.text ?? null,
        affiliation: q.speaker?.affiliation?.text ?? null,
        rule: q.rule,
      }),
    );
  }
  const entityRows = (kind: string, entities: Entity[]) => {
    for (const e of entities) {
      for (const m of e.mentions) {
        rows.push(
          row({
            article_id: id,
            kind,
            text: m.text,
            start: m.start,
            end: m.end,
            value: e.name,
            role: e.roles && e.roles.length > 0 ? e.roles.join('; ') : null,
            rule: e.rule,
          }),
        );
      }
    }
  };
  entityRows('organisation', article.organisations);
  entityRows('person', article.people);
  entityRows('place', article.places);
  for (const f of article.figures) {
    rows.push(row({ article_id: id, kind: 'figure', text: f.text, start: f.start, end: f.end, value: f.value, unit: f.unit, rule: f.rule }));
  }
  for (const d of article.dates) {
    rows.push(row({ article_id: id, kind: 'date', text: d.text, start: d.start, end: d.end, value: d.value, rule: d.rule }));
  }
  return rows;
}

const csvOptions = { columns: [...CSV_COLUMNS], record_delimiter: '\r\n' } as const;

export function csvRenderer(sink: Sink): Renderer {
  let headerWritten = false;
  const writeHeader = async () => {
    if (headerWritten) return;
    headerWritten = true;
    await sink.write(stringify([], { ...csvOptions, header: true }));
  };
  return {
    async write(record) {
      await writeHeader();
      if (isArticleError(record)) return;
      const rows = csvRows(record);
      if (rows.length > 0) await sink.write(stringify(rows, { ...csvOptions, header: false }));
    },
    end: writeHeader,
  };
}
