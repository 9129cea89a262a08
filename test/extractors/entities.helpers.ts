// Shared by the entity tests: the whole pipeline on a short Indonesian text, and entities in the
// compact shape of the expectations.
import { analyze } from '../../src/engine/pipeline.js';
import type { Entity } from '../../src/types.js';

export const run = (text: string) => analyze(text, { lang: 'id' });
/** An entity's mentions as [text, start, end] (code points). */
export const spansOf = (e: Entity) => e.mentions.map((m) => [m.text, m.start, m.end]);
/** Each entity as [name, mentions] and as [name, rule, mentions]. */
export const withSpans = (list: Entity[]) => list.map((e) => [e.name, spansOf(e)]);
export const withRules = (list: Entity[]) => list.map((e) => [e.name, e.rule, spansOf(e)]);
