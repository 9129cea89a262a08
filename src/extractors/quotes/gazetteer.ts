// Organisation names the language pack's entity gazetteer knows (`PDI Perjuangan`, `Partai Amanat
// Nasional`, `Kemendagri`, `Reuters`), read once per pack, never copied: inside a speaker's noun
// phrase they belong to the role and affiliation, never to the person's name
// (`Ketua DPD PDI Perjuangan Prasetio Edi Marsudi`).
import type { EntityLexicon } from '../../lang/entity-lexicon.js';
import type { WordIndex } from './words.js';

export interface OrganisationGazetteer {
  /** One-word names and aliases (`Kemendagri`, `Golkar`, `Reuters`). */
  words: ReadonlySet<string>;
  /** Names of two words or more as word sequences, by their first word. */
  sequences: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const TOKEN = /[\p{L}\p{N}]+(?:(?:[.'’]|-(?=\p{Ll}))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const cache = new WeakMap<object, OrganisationGazetteer>();
const EMPTY: OrganisationGazetteer = { words: new Set(), sequences: new Map() };

export function organisationGazetteer(entities: EntityLexicon | undefined): OrganisationGazetteer {
  if (!entities || !entities.organisations) return EMPTY;
  const hit = cache.get(entities);
  if (hit) return hit;
  const words = new Set<string>();
  const sequences = new Map<string, string[][]>();
  for (const entry of entities.organisations) {
    for (const name of entry) {
      const parts = name.match(TOKEN) ?? [];
      // Only names that are capitalised throughout can be read inside a run of capitals.
      if (parts.length === 0 || !/^\p{Lu}/u.test(parts[0]!)) continue;
      if (parts.length === 1) {
        words.add(parts[0]!);
        continue;
      }
      const list = sequences.get(parts[0]!);
      if (list) list.push(parts);
      else sequences.set(parts[0]!, [parts]);
    }
  }
  // Longest first: `Partai Amanat Nasional` before `Partai Amanat`.
  for (const list of sequences.values()) list.sort((x, y) => y.length - x.length);
  const g = { words, sequences };
  cache.set(entities, g);
  return g;
}

/** The end (exclusive word index) of the longest gazetteer name starting at word k and ending
 *  at or before `limit`, or -1. */
export function organisationAt(g: OrganisationGazetteer, wi: WordIndex, k: number, limit: number): number {
  const w = wi.get(k);
  if (!w || !w.word) return -1;
  const list = g.sequences.get(w.text);
  if (list) {
    outer: for (const seq of list) {
      if (k + seq.length > limit) continue;
      for (let j = 1; j < seq.length; j++) if (wi.get(k + j)!.text !== seq[j]) continue outer;
      return k + seq.length;
    }
  }
  return g.words.has(w.text) && k + 1 <= limit ? k + 1 : -1;
}
