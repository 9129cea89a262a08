// The entity lexicon compiled once per language pack: token tries for the gazetteers, titles,
// positions and head words (lookup walks tokens from a start word; no per-article regex), and
// sets for the short lists.
import type { EntityLexicon } from '../../lang/entity-lexicon.js';
import { tokenizeWords } from './tokens.js';

export type EntityKind = 'org' | 'person' | 'place';

export interface GazetteerValue {
  kind: EntityKind;
  /** Index of the gazetteer entry: every alias of one entry shares it. */
  entry: number;
  canonical: string;
  /** From the minor places list (regencies and cities): weaker evidence than the others. */
  minor: boolean;
}

export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

export interface CompiledLexicon {
  lexicon: EntityLexicon;
  abbreviations: ReadonlySet<string>;
  /** Case-sensitive gazetteer of organisations, places and known people. */
  gazetteer: TrieNode<GazetteerValue>;
  /** The same keyed by lower-case tokens (for `kemenkop dan UKM`); used for multi-word matches. */
  foldedGazetteer: TrieNode<GazetteerValue>;
  titles: TrieNode<true>;
  degrees: ReadonlySet<string>;
  positions: TrieNode<true>;
  organisationHeads: TrieNode<true>;
  placeHeads: TrieNode<true>;
  placeTriggers: ReadonlySet<string>;
  placeModifiers: ReadonlySet<string>;
  organisationSuffixes: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  productWords: ReadonlySet<string>;
  notOrganisations: ReadonlySet<string>;
  venues: ReadonlySet<string>;
  venueHeads: TrieNode<true>;
  ambiguous: ReadonlySet<string>;
  /** Words that end a name being extended (weekdays, months, pronouns, function words). */
  nameBreakers: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  /** Names of administrative regions: gazetteer places also written after a place head word
   * (`Provinsi Bali`, `Kabupaten Poso`), so not neighbourhoods or buildings (`Senayan`). */
  regionNames: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  clubsNamedAsPlaces: ReadonlySet<string>;
  sportCues: ReadonlySet<string>;
  foreignFunctionWords: ReadonlySet<string>;
  workCues: ReadonlySet<string>;
  groupCues: ReadonlySet<string>;
  genericBodyWords: ReadonlySet<string>;
  /** Canonical names of gazetteer entries by kind and entry. */
  canonical: Map<string, string>;
}

const cache = new WeakMap<EntityLexicon, CompiledLexicon>();

function words(s: string, abbreviations: ReadonlySet<string>): string[] {
  return tokenizeWords(s, 0, s.length, abbreviations).map((t) => t.text);
}

function insert<V>(root: TrieNode<V>, keys: readonly string[], value: V, keep = true): void {
  let node = root;
  for (const k of keys) {
    let next = node.next.get(k);
    if (!next) {
      next = { next: new Map() };
      node.next.set(k, next);
    }
    node = next;
  }
  if (!keep || node.value === undefined) node.value = value;
}

export function compileLexicon(lexicon: EntityLexicon): CompiledLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const abbreviations = new Set<string>(['Jl.', 'Jln.', 'Tbk.', 'Inc.', 'Ltd.', 'Corp.', 'Co.', 'No.', 'St.', 'PT.', 'Drs.', 'dr.', 'drg.']);
  for (const w of [...lexicon.personTitles, ...lexicon.personDegrees, ...lexicon.organisationSuffixes, ...lexicon.placeHeads]) {
    for (const part of w.split(' ')) if (part.endsWith('.')) abbreviations.add(part);
  }
  const trie = <V>(): TrieNode<V> => ({ next: new Map() });
  const gazetteer = trie<GazetteerValue>();
  const foldedGazetteer = trie<GazetteerValue>();
  const canonical = new Map<string, string>();
  const add = (kind: EntityKind, list: readonly (readonly string[])[], offset = 0, minor = false) => {
    list.forEach((names, index) => {
      const entry = index + offset;
      const value: GazetteerValue = { kind, entry, canonical: names[0]!, minor };
      canonical.set(`${kind}:${entry}`, names[0]!);
      for (const name of names) {
        const keys = words(name, abbreviations);
        insert(gazetteer, keys, value);
        if (keys.length > 1) insert(foldedGazetteer, keys.map((k) => k.toLowerCase()), value);
      }
    });
  };
  // Organisations first: a name in both lists (`Nusantara`) keeps its first reading.
  add('org', lexicon.organisations);
  add('person', lexicon.personAliases);
  add('place', lexicon.places);
  add('place', lexicon.minorPlaces, lexicon.places.length, true);
  const phraseTrie = (list: readonly string[]) => {
    const t = trie<true>();
    for (const p of list) insert(t, words(p, abbreviations), true);
    return t;
  };
  const compiled: CompiledLexicon = {
    lexicon,
    abbreviations,
    gazetteer,
    foldedGazetteer,
    titles: phraseTrie(lexicon.personTitles),
    degrees: new Set(lexicon.personDegrees),
    positions: phraseTrie(lexicon.positions),
    organisationHeads: phraseTrie(lexicon.organisationHeads),
    placeHeads: phraseTrie(lexicon.placeHeads),
    placeTriggers: new Set(lexicon.placeTriggers),
    placeModifiers: new Set(lexicon.placeModifiers),
    organisationSuffixes: new Set(lexicon.organisationSuffixes),
    connectors: new Set(lexicon.nameConnectors),
    productWords: new Set(lexicon.productWords),
    notOrganisations: new Set(lexicon.notOrganisations),
    venues: new Set(lexicon.venues),
    venueHeads: phraseTrie(lexicon.venueHeads),
    ambiguous: new Set([...lexicon.ambiguousWords, ...lexicon.nameBreakers]),
    nameBreakers: new Set(lexicon.nameBreakers),
    particles: new Set(lexicon.nameParticles),
    regionNames: regionNames(lexicon),
    currencies: new Set(lexicon.currencies ?? []),
    clubsNamedAsPlaces: new Set(lexicon.clubsNamedAsPlaces ?? []),
    sportCues: new Set(lexicon.sportCues ?? []),
    foreignFunctionWords: new Set(lexicon.foreignFunctionWords ?? []),
    workCues: new Set(lexicon.workCues ?? []),
    groupCues: new Set(lexicon.groupCues ?? []),
    genericBodyWords: new Set(lexicon.genericBodyWords ?? []),
    canonical,
  };
  cache.set(lexicon, compiled);
  return compiled;
}

function regionNames(lexicon: EntityLexicon): Set<string> {
  const out = new Set<string>();
  for (const names of [...lexicon.places, ...lexicon.minorPlaces]) {
    const set = new Set(names);
    const headed = names.some((n) => lexicon.placeHeads.some((h) => n.startsWith(h + ' ') && set.has(n.slice(h.length + 1))));
    if (headed) for (const n of names) out.add(n);
  }
  return out;
}

/** The longest trie match starting at token `i`: its end (exclusive) and value, or null. */
export function longestMatch<V>(
  root: TrieNode<V>,
  tokens: readonly { text: string }[],
  i: number,
  fold = false,
): { end: number; value: V } | null {
  let node: TrieNode<V> | undefined = root;
  let best: { end: number; value: V } | null = null;
  for (let j = i; j < tokens.length && node; j++) {
    const key = fold ? tokens[j]!.text.toLowerCase() : tokens[j]!.text;
    node = node.next.get(key);
    if (node?.value !== undefined) best = { end: j + 1, value: node.value };
  }
  return best;
}
