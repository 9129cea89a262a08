// The output contract (../shared/OUTPUT-CONTRACT.md, schema "warta/1") as a zod 4 schema, and
// the JSON Schema that `warta schema` prints from it. src/types.ts holds the same contract as
// TypeScript types; the checks at the bottom make the build fail when the two drift apart.
import { z } from 'zod';
import { SCHEMA_VERSION, type ArticleError, type ArticleResult } from './types.js';

const offset = z.number().int().nonnegative();

export const spanSchema = z
  .object({ text: z.string(), start: offset, end: offset })
  .describe('Text of the article between code-point offsets start (inclusive) and end (exclusive).');

const ruleSchema = z.string().min(1).describe('Stable id of the rule or model that produced the item.');

export const languageSchema = z.object({
  code: z.string().describe('ISO 639-1 where there is one (id, en, ms), else ISO 639-3, or und.'),
  iso639_3: z.string(),
  confidence: z.number().min(0).max(1),
  alternatives: z.array(z.object({ code: z.string(), confidence: z.number().min(0).max(1) })),
});

export const statsSchema = z.object({
  characters: offset.describe('Length of the text as read, in code points.'),
  paragraphs: offset.describe('Content and title paragraphs (boilerplate lines not counted).'),
  sentences: offset,
  tokens: offset,
});

export const speakerSchema = z.object({
  name: z.string(),
  entity: z.string().nullable(),
  mention: spanSchema.nullable(),
  resolved: z.enum(['name', 'alias', 'pronoun', 'nya', 'continuation']),
  role: spanSchema.nullable(),
  affiliation: spanSchema.nullable(),
});

export const quoteSchema = z.object({
  id: z.string(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  rule: ruleSchema,
  text: z.string(),
  span: spanSchema,
  cue: spanSchema.nullable(),
  speaker: speakerSchema.nullable(),
});

export const entitySchema = z.object({
  id: z.string(),
  name: z.string(),
  rule: ruleSchema,
  aliases: z.array(z.string()),
  mentions: z.array(spanSchema),
  roles: z.array(z.string()).optional(),
});

export const figureSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  rule: ruleSchema,
  value: z.number(),
  kind: z.enum(['count', 'money', 'percent', 'quantity']),
  unit: z.string().nullable(),
  approximate: z.boolean(),
  range: z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable(),
  qualifier: z.string().nullable(),
});

export const dateMentionSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  rule: ruleSchema,
  type: z.enum(['date', 'time', 'duration', 'set']),
  value: z.string().nullable().describe('ISO 8601 as TimeML writes it; null when a relative date cannot be resolved.'),
  relative: z.boolean(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const articleResultSchema = z
  .object({
    schema: z.literal(SCHEMA_VERSION),
    id: z.string(),
    source: z.string().nullable(),
    title: z.string().nullable(),
    published: isoDate.nullable(),
    language: languageSchema,
    stats: statsSchema,
    quotes: z.array(quoteSchema),
    organisations: z.array(entitySchema),
    people: z.array(entitySchema),
    places: z.array(entitySchema),
    figures: z.array(figureSchema),
    dates: z.array(dateMentionSchema),
    warnings: z.array(z.string()),
  })
  .describe('One analysed article.');

export const articleErrorSchema = z
  .object({
    schema: z.literal(SCHEMA_VERSION),
    id: z.string().nullable(),
    source: z.string().nullable(),
    error: z.object({
      code: z.string().min(1),
      message: z.string(),
      file: z.string().optional(),
      line: z.number().int().positive().optional(),
    }),
  })
  .describe('An input that could not be read or analysed, in the place of its article.');

/** What `--format json|jsonl` writes for each input: an article or an error record. */
export const articleOutputSchema = z.union([articleResultSchema, articleErrorSchema]);

/** The JSON Schema (draft 2020-12) of one output record, as `warta schema` prints it. */
export function contractJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(articleOutputSchema),
    title: `${SCHEMA_VERSION} output record`,
  };
}

// Compile-time agreement with src/types.ts, both ways: a required field added, removed or
// retyped on either side stops the build here.
type Agrees<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultAgrees: Agrees<z.infer<typeof articleResultSchema>, ArticleResult> = true;
const errorAgrees: Agrees<z.infer<typeof articleErrorSchema>, ArticleError> = true;
void resultAgrees;
void errorAgrees;
