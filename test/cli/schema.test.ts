// `warta schema` and the zod schema of the contract (src/schema.ts).
import { describe, expect, it } from 'vitest';
import { articleOutputSchema, articleResultSchema, quoteSchema, spanSchema } from '../../src/schema.js';
import { runMain } from './helpers.js';

interface ObjectSchema {
  type: string;
  properties: Record<string, unknown>;
  required: string[];
  additionalProperties: boolean;
}

const ARTICLE_FIELDS = [
  'schema', 'id', 'source', 'title', 'published', 'language', 'stats',
  'quotes', 'organisations', 'people', 'places', 'figures', 'dates', 'warnings',
];

describe('warta schema', () => {
  it('prints a draft 2020-12 JSON Schema: an article or an error record, with the contract\'s fields', async () => {
    const r = await runMain(['schema']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const printed = JSON.parse(r.stdout) as { $schema: string; title: string; anyOf: ObjectSchema[] };
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printed.title).toBe('warta/1 output record');
    const [article, error] = printed.anyOf;
    expect(Object.keys(article!.properties)).toEqual(ARTICLE_FIELDS);
    expect(article!.required).toEqual(ARTICLE_FIELDS);
    expect(Object.keys(error!.properties)).toEqual(['schema', 'id', 'source', 'error']);
    expect(article!.properties.schema).toEqual({ type: 'string', const: 'warta/1' });
    const stats = article!.properties.stats as ObjectSchema;
    expect(Object.keys(stats.properties)).toEqual(['characters', 'paragraphs', 'sentences', 'tokens']);
  });
});

describe('the zod schema', () => {
  const span = { text: 'kata', start: 376, end: 380 };

  it('takes a span with code-point offsets and refuses negative or fractional ones', () => {
    expect(spanSchema.safeParse(span).success).toBe(true);
    expect(spanSchema.safeParse({ ...span, start: -1 }).success).toBe(false);
    expect(spanSchema.safeParse({ ...span, end: 3.5 }).success).toBe(false);
  });

  it('knows the quote kinds and needs a rule', () => {
    const quote = { id: 'q1', kind: 'direct', rule: 'id.quote.post-cue', text: 'x', span, cue: null, speaker: null };
    expect(quoteSchema.safeParse(quote).success).toBe(true);
    expect(quoteSchema.safeParse({ ...quote, kind: 'paraphrase' }).success).toBe(false);
    expect(quoteSchema.safeParse({ ...quote, rule: '' }).success).toBe(false);
  });

  it('tells an article from an error record and refuses a record that is neither', () => {
    const error = { schema: 'warta/1', id: 'x', source: null, error: { code: 'empty', message: 'empty input (no text to analyse)' } };
    expect(articleOutputSchema.safeParse(error).success).toBe(true);
    expect(articleOutputSchema.safeParse({ ...error, schema: 'warta/2' }).success).toBe(false);
    expect(articleOutputSchema.safeParse({ schema: 'warta/1', id: 'x', source: null }).success).toBe(false);
    expect(articleResultSchema.safeParse(error).success).toBe(false);
  });
});
