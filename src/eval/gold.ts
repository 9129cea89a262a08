// The gold annotation of one article (the format of the annotation guideline, see README
// section `eval`), validated on reading so that a typo in a hand-made file is reported with the
// file and the field instead of silently scoring zero.
import { z } from 'zod';

const nullableString = z.string().nullable().optional();

const goldQuote = z.object({
  kind: z.enum(['direct', 'indirect']),
  text: z.string().min(1),
  speaker: nullableString,
  mention: nullableString,
  cue: nullableString,
  role: nullableString,
  affiliation: nullableString,
});

const goldEntity = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).optional().default([]),
});

const goldFigure = z.object({
  text: z.string().min(1),
  value: z.number().nullable().optional(),
  kind: z.enum(['count', 'money', 'percent', 'quantity']).nullable().optional(),
  unit: nullableString,
  range: z.array(z.number()).nullable().optional(),
});

const goldDate = z.object({
  text: z.string().min(1),
  value: z.string().nullable().optional(),
  type: z.enum(['date', 'time', 'duration', 'set']).nullable().optional(),
});

/**
 * A field left out of a gold file was not annotated: it is not scored for that article (an
 * empty array means "annotated, and there is none").
 */
const goldArticle = z.object({
  id: z.string().min(1),
  published: z.string().nullable().optional(),
  quotes: z.array(goldQuote).optional(),
  organisations: z.array(goldEntity).optional(),
  people: z.array(goldEntity).optional(),
  places: z.array(goldEntity).optional(),
  figures: z.array(goldFigure).optional(),
  dates: z.array(goldDate).optional(),
});

export type GoldQuote = z.infer<typeof goldQuote>;
export type GoldEntity = z.infer<typeof goldEntity>;
export type GoldFigure = z.infer<typeof goldFigure>;
export type GoldDate = z.infer<typeof goldDate>;
export type GoldArticle = z.infer<typeof goldArticle>;

/** Parse and validate one gold file's JSON text; throws an Error whose message names the fields. */
export function parseGoldArticle(json: string): GoldArticle {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`not valid JSON: ${(err as Error).message}`);
  }
  const parsed = goldArticle.safeParse(data);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error).replace(/\n/g, '; '));
  return parsed.data;
}

/** One line of the articles JSONL. */
export interface ArticleRecord {
  id: string;
  text: string;
  published: string | null;
  title: string | null;
}

/** Parse the articles JSONL: `{id, text, published?, title?}` per line; blank lines skipped. */
export function parseArticlesJsonl(content: string): { articles: Map<string, ArticleRecord>; problems: string[] } {
  const articles = new Map<string, ArticleRecord>();
  const problems: string[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      problems.push(`line ${i + 1}: not valid JSON (${(err as Error).message})`);
      return;
    }
    if (typeof o?.id !== 'string' || typeof o.text !== 'string') {
      problems.push(`line ${i + 1}: needs string fields "id" and "text"`);
      return;
    }
    articles.set(o.id, {
      id: o.id,
      text: o.text,
      published: typeof o.published === 'string' ? o.published : null,
      title: typeof o.title === 'string' ? o.title : null,
    });
  });
  return { articles, problems };
}
