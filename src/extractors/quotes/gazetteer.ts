// Organisation and place names the language pack's entity gazetteer knows (`PDI Perjuangan`,
// `Partai Amanat Nasional`, `Kemendagri`, `Reuters`, `Amerika Serikat`), read once per pack, never
// copied: inside a speaker's noun phrase they belong to the role and affiliation, never to the
// person's name (`Ketua DPD PDI Perjuangan Prasetio Edi Marsudi`, `Presiden Amerika Serikat Donald Trump`).
import type { EntityLexicon } from '../../lang/entity-lexicon.js';
import type { WordIndex } from './words.js';

export interface OrganisationGazetteer {
  /** One-word names and aliases (`Kemendagri`, `Golkar`, `Reuters`). */
  words: ReadonlySet<string>;
  /** Names of two words or more as word sequences, by their first word. */
  sequences: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Every capitalised word of the organisation names (`Mahkamah`, `Konstitusi`, `Pegadaian`). */
  orgNameWords: ReadonlySet<string>;
  /** One-word place names (`Israel`, `Jakarta`). */
  placeWords: ReadonlySet<string>;
  /** Place names of two words or more (`Amerika Serikat`, `Jawa Barat`), by their first word. */
  placeSequences: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** One-word regencies and cities (`Purwakarta`, `Mimika`): some are first names too (`Bima`),
   *  so they count as places only where a position and a name make it clear. */
  regionWords: ReadonlySet<string>;
}

const TOKEN = /[\p{L}\p{N}]+(?:(?:[.'’]|-(?=\p{Ll}))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const cache = new WeakMap<object, OrganisationGazetteer>();
const EMPTY: OrganisationGazetteer = { words: new Set(), sequences: new Map(), orgNameWords: new Set(), placeWords: new Set(), placeSequences: new Map(), regionWords: new Set() };

export function organisationGazetteer(entities: EntityLexicon | undefined): OrganisationGazetteer {
  if (!entities || !entities.organisations) return EMPTY;
  const hit = cache.get(entities);
  if (hit) return hit;
  const words = new Set<string>();
  const sequences = new Map<string, string[][]>();
  const placeSequences = new Map<string, string[][]>();
  const placeWords = new Set<string>();
  const orgNameWords = new Set<string>();
  const add = (map: Map<string, string[][]>, parts: string[]) => {
    const list = map.get(parts[0]!);
    if (list) list.push(parts);
    else map.set(parts[0]!, [parts]);
  };
  for (const entry of entities.organisations) {
    for (const name of entry) {
      const parts = name.match(TOKEN) ?? [];
      // Only names that are capitalised throughout can be read inside a run of capitals.
      if (parts.length === 0 || !/^\p{Lu}/u.test(parts[0]!)) continue;
      for (const w of parts) if (/^\p{Lu}/u.test(w)) orgNameWords.add(w);
      if (parts.length === 1) words.add(parts[0]!);
      else add(sequences, parts);
    }
  }
  for (const entry of entities.places ?? []) {
    for (const name of entry) {
      const parts = name.match(TOKEN) ?? [];
      if (parts.length === 1 && /^\p{Lu}\p{Ll}/u.test(parts[0]!)) placeWords.add(parts[0]!);
      else if (parts.length > 1 && parts.every((w) => /^\p{Lu}/u.test(w))) add(placeSequences, parts);
    }
  }
  const regionWords = new Set<string>();
  for (const entry of entities.minorPlaces ?? []) {
    const parts = entry[0]?.match(TOKEN) ?? [];
    if (parts.length === 1 && /^\p{Lu}\p{Ll}/u.test(parts[0]!)) regionWords.add(parts[0]!);
  }
  // Longest first: `Partai Amanat Nasional` before `Partai Amanat`.
  for (const list of [...sequences.values(), ...placeSequences.values()]) list.sort((x, y) => y.length - x.length);
  const g = { words, sequences, orgNameWords, placeWords, placeSequences, regionWords };
  cache.set(entities, g);
  return g;
}

/** The end (exclusive word index) of the longest gazetteer name starting at word k and ending
 *  at or before `limit`, or -1. */
export function organisationAt(g: OrganisationGazetteer, wi: WordIndex, k: number, limit: number): number {
  const w = wi.get(k);
  if (!w || !w.word) return -1;
  const end = sequenceAt(g.sequences, wi, k, limit);
  if (end > 0) return end;
  return g.words.has(w.text) && k + 1 <= limit ? k + 1 : -1;
}

/** The end of the longest multi-word place name of the gazetteer starting at word k, or -1. */
export function placeAt(g: OrganisationGazetteer, wi: WordIndex, k: number, limit: number): number {
  return sequenceAt(g.placeSequences, wi, k, limit);
}

function sequenceAt(map: ReadonlyMap<string, readonly (readonly string[])[]>, wi: WordIndex, k: number, limit: number): number {
  const w = wi.get(k);
  const list = w && w.word ? map.get(w.text) : undefined;
  if (!list) return -1;
  outer: for (const seq of list) {
    if (k + seq.length > limit) continue;
    for (let j = 1; j < seq.length; j++) if (wi.get(k + j)!.text !== seq[j]) continue outer;
    return k + seq.length;
  }
  return -1;
}

/** The text is a place name of the gazetteer (`Arab Saudi`, `Israel`). */
export function isPlaceName(g: OrganisationGazetteer, text: string): boolean {
  const parts = text.match(TOKEN) ?? [];
  if (parts.length === 1) return g.placeWords.has(parts[0]!);
  return (g.placeSequences.get(parts[0] ?? '') ?? []).some((seq) => seq.length === parts.length && seq.every((x, j) => x === parts[j]));
}
