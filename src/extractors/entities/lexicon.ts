// The entity lexicon compiled once per language pack: token tries for the gazetteers, titles,
// positions and head words (lookup walks tokens from a start word; no per-article regex), and
// sets for the short lists.
import type { EntityLexicon } from '../../lang/entity-lexicon.js';
import { tokenizeWords, isCapitalised, hasLetter } from './tokens.js';

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

/**
 * A lexicon trie's root. Entries wait, grouped by their first word, until a lookup asks for that
 * word: loading a pack then costs no tokenising of thousands of names, and an article pays only
 * for the few first words it holds. Entries under one first word are inserted in list order, so
 * the trie is the one eager insertion would build (the first value of a key stays).
 */
export interface TrieRoot<V> extends TrieNode<V> {
  /** This root's index in WordInfo.starts. */
  slot: number;
  /** Keys are lower-cased tokens, and only multi-token names are entered. */
  fold: boolean;
  pending: Map<string, PendingEntry<V>[]>;
  abbreviations: ReadonlySet<string>;
}

interface PendingEntry<V> {
  name: string;
  /** Tokens of the name when tokenised early (names whose first word is not plain ASCII). */
  keys: string[] | null;
  value: V;
}

/**
 * What the extractor needs to know of one word form, computed once per distinct form (bounded
 * process-wide cache per lexicon) instead of once per token and per question.
 */
export interface WordInfo {
  text: string;
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Has a letter. */
  letter: boolean;
  /** Has a capital letter or a digit (the tagger scores such words). */
  upperOrDigit: boolean;
  /** The child of each lexicon root under this word (by TrieRoot.slot), or undefined. */
  starts: (TrieNode<unknown> | undefined)[];
  placeTrigger: boolean;
  ambiguous: boolean;
  degree: boolean;
  /** The tagger's cached scores for this word (owned by tagger.ts). */
  tagger: unknown;
  /** The name list last asked about and whether it holds this word (owned by tagger.ts). */
  nameList: ReadonlySet<string> | null;
  named: boolean;
  /** Usually written in lower case, per the tagger's list (undefined: not asked yet). */
  common: boolean | undefined;
}

export interface CompiledLexicon {
  lexicon: EntityLexicon;
  abbreviations: ReadonlySet<string>;
  /** Case-sensitive gazetteer of organisations, places and known people. */
  gazetteer: TrieRoot<GazetteerValue>;
  /** The same keyed by lower-case tokens (for `kemenkop dan UKM`); used for multi-word matches. */
  foldedGazetteer: TrieRoot<GazetteerValue>;
  titles: TrieRoot<true>;
  degrees: ReadonlySet<string>;
  positions: TrieRoot<true>;
  organisationHeads: TrieRoot<true>;
  placeHeads: TrieRoot<true>;
  placeTriggers: ReadonlySet<string>;
  placeModifiers: ReadonlySet<string>;
  organisationSuffixes: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  productWords: ReadonlySet<string>;
  notOrganisations: ReadonlySet<string>;
  venues: ReadonlySet<string>;
  venueHeads: TrieRoot<true>;
  venueTails: ReadonlySet<string>;
  parentBodyHeads: ReadonlySet<string>;
  datelineDashes: ReadonlySet<string>;
  descriptivePlaceNames: ReadonlySet<string>;
  outletDomain: RegExp | null;
  /** A derived noun that names a portfolio after a position word (see EntityLexicon.portfolioWords). */
  portfolioWord: RegExp | null;
  ambiguous: ReadonlySet<string>;
  /** Words that end a name being extended (weekdays, months, pronouns, function words). */
  nameBreakers: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  personNamePrefixes: ReadonlySet<string>;
  positionBodies: ReadonlySet<string>;
  unitPositions: ReadonlySet<string>;
  legalForms: ReadonlySet<string>;
  eventHeads: TrieRoot<true>;
  eventTails: ReadonlySet<string>;
  eventPlaceHeads: TrieRoot<true>;
  bodyTails: ReadonlySet<string>;
  prefixedGivenNames: ReadonlySet<string>;
  /** Names of administrative regions: gazetteer places also written after a place head word
   * (`Provinsi Bali`, `Kabupaten Poso`), so not neighbourhoods or buildings (`Senayan`). */
  regionNames: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  currencyNouns: ReadonlySet<string>;
  conceptPhrases: TrieRoot<true>;
  clubsNamedAsPlaces: ReadonlySet<string>;
  sportCues: ReadonlySet<string>;
  foreignFunctionWords: ReadonlySet<string>;
  workCues: ReadonlySet<string>;
  groupCues: ReadonlySet<string>;
  bandCues: ReadonlySet<string>;
  productCues: ReadonlySet<string>;
  /** Lower-cased, one or two words each. */
  placeNouns: ReadonlySet<string>;
  personNouns: ReadonlySet<string>;
  /** Lower-cased. */
  accountCues: ReadonlySet<string>;
  foreignArticles: ReadonlySet<string>;
  originWords: ReadonlySet<string>;
  genericBodyWords: ReadonlySet<string>;
  /** Every root above, by slot. */
  roots: TrieRoot<unknown>[];
  /** Word forms seen, with what the lexicon says of them (see wordInfo). */
  words: Map<string, WordInfo>;
  /** First words of all entries of the case-sensitive roots, and of the folded ones (lower case):
   * a word in neither starts no entry (most words), so its info needs no root lookups. */
  firstWords: ReadonlySet<string>;
  foldedFirstWords: ReadonlySet<string>;
  /** The starts of a word that starts no entry: one per root, all undefined (shared, never written). */
  noStarts: (TrieNode<unknown> | undefined)[];
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

/**
 * The first token of a name whose first word is plain ASCII letters and digits is that word
 * (the tokenizer splits only at spaces and punctuation); other names are tokenised now.
 */
function firstPlainWord(name: string): string | null {
  let k = 0;
  for (; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 32) break;
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null;
  }
  return k > 0 ? name.slice(0, k) : null;
}

function trieRoot<V>(slot: number, fold: boolean, abbreviations: ReadonlySet<string>): TrieRoot<V> {
  return { next: new Map(), slot, fold, pending: new Map(), abbreviations };
}

function addPending<V>(root: TrieRoot<V>, name: string, value: V): void {
  let first = firstPlainWord(name);
  let keys: string[] | null = null;
  if (first === null) {
    keys = words(name, root.abbreviations);
    if (keys.length === 0) return;
    if (root.fold) keys = keys.map((k) => k.toLowerCase());
    first = keys[0]!;
  } else if (root.fold) first = first.toLowerCase();
  const list = root.pending.get(first);
  if (list) list.push({ name, keys, value });
  else root.pending.set(first, [{ name, keys, value }]);
}

/** The root's child under a first word, inserting the entries that wait for it. */
export function rootChild<V>(root: TrieNode<V>, key: string): TrieNode<V> | undefined {
  const pending = (root as TrieRoot<V>).pending;
  if (pending !== undefined && pending.size > 0) {
    const list = pending.get(key);
    if (list) {
      pending.delete(key);
      const fold = (root as TrieRoot<V>).fold;
      for (const e of list) {
        let keys = e.keys;
        if (!keys) {
          keys = words(e.name, (root as TrieRoot<V>).abbreviations);
          if (fold) keys = keys.map((k) => k.toLowerCase());
        }
        // The folded gazetteer holds multi-word names only (a single word is matched exactly).
        if (fold && keys.length < 2) continue;
        insert(root, keys, e.value);
      }
    }
  }
  return root.next.get(key);
}

/** Whether a whole entry of the trie is this one word (`Ketua`, `PT`). */
export function isEntry(root: TrieNode<unknown>, word: string): boolean {
  return rootChild(root, word)?.value !== undefined;
}

export function compileLexicon(lexicon: EntityLexicon): CompiledLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const abbreviations = new Set<string>(['Jl.', 'Jln.', 'Tbk.', 'Inc.', 'Ltd.', 'Corp.', 'Co.', 'No.', 'St.', 'PT.', 'Drs.', 'dr.', 'drg.']);
  for (const list of [lexicon.personTitles, lexicon.personDegrees, lexicon.organisationSuffixes, lexicon.placeHeads]) {
    for (const w of list) if (w.includes('.')) for (const part of w.split(' ')) if (part.endsWith('.')) abbreviations.add(part);
  }
  const roots: TrieRoot<unknown>[] = [];
  const root = <V>(fold = false): TrieRoot<V> => {
    const r = trieRoot<V>(roots.length, fold, abbreviations);
    roots.push(r as TrieRoot<unknown>);
    return r;
  };
  const gazetteer = root<GazetteerValue>();
  const foldedGazetteer = root<GazetteerValue>(true);
  const add = (kind: EntityKind, list: readonly (readonly string[])[], offset = 0, minor = false) => {
    for (let index = 0; index < list.length; index++) {
      const names = list[index]!;
      const value: GazetteerValue = { kind, entry: index + offset, canonical: names[0]!, minor };
      for (const name of names) {
        addPending(gazetteer, name, value);
        addPending(foldedGazetteer, name, value);
      }
    }
  };
  // Organisations first: a name in both lists (`Nusantara`) keeps its first reading.
  add('org', lexicon.organisations);
  add('person', lexicon.personAliases);
  add('place', lexicon.places);
  add('place', lexicon.minorPlaces, lexicon.places.length, true);
  const phraseTrie = (list: readonly string[]) => {
    const t = root<true>();
    for (const p of list) addPending(t, p, true as const);
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
    coordinators: new Set(lexicon.nameCoordinators ?? []),
    productWords: new Set(lexicon.productWords),
    notOrganisations: new Set(lexicon.notOrganisations),
    venues: new Set(lexicon.venues),
    venueHeads: phraseTrie(lexicon.venueHeads),
    venueTails: new Set(lexicon.venueTails ?? []),
    parentBodyHeads: new Set(lexicon.parentBodyHeads ?? []),
    datelineDashes: new Set(lexicon.datelineDashes ?? []),
    descriptivePlaceNames: new Set(lexicon.descriptivePlaceNames ?? []),
    outletDomain: lexicon.outletDomain ? new RegExp(lexicon.outletDomain, 'iu') : null,
    portfolioWord: lexicon.portfolioWords ? new RegExp(lexicon.portfolioWords, 'u') : null,
    ambiguous: new Set([...lexicon.ambiguousWords, ...lexicon.nameBreakers]),
    nameBreakers: new Set(lexicon.nameBreakers),
    calendarWords: new Set(lexicon.calendarWords ?? []),
    particles: new Set(lexicon.nameParticles),
    personNamePrefixes: new Set(lexicon.personNamePrefixes ?? []),
    positionBodies: new Set(lexicon.positionBodies ?? []),
    unitPositions: new Set(lexicon.unitPositions ?? []),
    legalForms: new Set(lexicon.legalForms ?? []),
    eventHeads: phraseTrie(lexicon.eventHeads ?? []),
    eventTails: new Set(lexicon.eventTails ?? []),
    eventPlaceHeads: phraseTrie(lexicon.eventPlaceHeads ?? []),
    bodyTails: new Set(lexicon.bodyTails ?? []),
    prefixedGivenNames: new Set(lexicon.prefixedGivenNames ?? []),
    regionNames: regionNames(lexicon),
    currencies: new Set(lexicon.currencies ?? []),
    currencyNouns: new Set(lexicon.currencyNouns ?? []),
    conceptPhrases: phraseTrie(lexicon.conceptPhrases ?? []),
    clubsNamedAsPlaces: new Set(lexicon.clubsNamedAsPlaces ?? []),
    sportCues: new Set(lexicon.sportCues ?? []),
    foreignFunctionWords: new Set(lexicon.foreignFunctionWords ?? []),
    workCues: new Set(lexicon.workCues ?? []),
    groupCues: new Set(lexicon.groupCues ?? []),
    bandCues: new Set(lexicon.bandCues ?? []),
    productCues: new Set(lexicon.productCues ?? []),
    placeNouns: new Set((lexicon.placeNouns ?? []).map((w) => w.toLowerCase())),
    personNouns: new Set(lexicon.personNouns ?? []),
    accountCues: new Set((lexicon.accountCues ?? []).map((w) => w.toLowerCase())),
    foreignArticles: new Set(lexicon.foreignArticles ?? []),
    originWords: new Set(lexicon.originWords ?? []),
    genericBodyWords: new Set(lexicon.genericBodyWords ?? []),
    roots,
    words: new Map(),
    firstWords: new Set(roots.filter((r) => !r.fold).flatMap((r) => [...r.pending.keys()])),
    foldedFirstWords: new Set(roots.filter((r) => r.fold).flatMap((r) => [...r.pending.keys()])),
    noStarts: roots.map(() => undefined),
  };
  cache.set(lexicon, compiled);
  return compiled;
}

function regionNames(lexicon: EntityLexicon): Set<string> {
  // A name is headed when some split `head rest` has a place head word before and another name
  // of the same entry after (`Kabupaten Poso` with `Poso`).
  const heads = new Set(lexicon.placeHeads);
  const out = new Set<string>();
  for (const list of [lexicon.places, lexicon.minorPlaces]) {
    for (const names of list) {
      const set = new Set(names);
      const headed = names.some((n) => {
        for (let at = n.indexOf(' '); at !== -1; at = n.indexOf(' ', at + 1)) if (heads.has(n.slice(0, at)) && set.has(n.slice(at + 1))) return true;
        return false;
      });
      if (headed) for (const n of names) out.add(n);
    }
  }
  return out;
}

const WORD_INFO_LIMIT = 50_000;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;

/** What the lexicon knows of a word form (cached; the cache is emptied when it grows too big). */
export function wordInfo(lex: CompiledLexicon, text: string): WordInfo {
  const hit = lex.words.get(text);
  if (hit) return hit;
  const lower = text.toLowerCase();
  let starts = lex.noStarts;
  if (lex.firstWords.has(text) || lex.foldedFirstWords.has(lower)) {
    starts = new Array(lex.roots.length);
    for (const r of lex.roots) starts[r.slot] = rootChild(r, r.fold ? lower : text);
  }
  const info: WordInfo = {
    text,
    lower,
    cap: isCapitalised(text),
    letter: hasLetter(text),
    upperOrDigit: UPPER_OR_DIGIT.test(text),
    starts,
    placeTrigger: lex.placeTriggers.has(text),
    ambiguous: lex.ambiguous.has(text),
    degree: lex.degrees.has(text),
    tagger: undefined,
    nameList: null,
    named: false,
    common: undefined,
  };
  if (lex.words.size >= WORD_INFO_LIMIT) lex.words.clear();
  lex.words.set(text, info);
  return info;
}

/** Tokens as the lexicon sees them: each with its word info (see wordInfo). */
export function withWordInfo<T extends { text: string; info?: WordInfo }>(lex: CompiledLexicon, tokens: T[]): T[] {
  for (const t of tokens) t.info = wordInfo(lex, t.text);
  return tokens;
}

type Matchable = { text: string; info?: WordInfo };

/** The longest trie match starting at token `i`: its end (exclusive) and value, or null. */
export function longestMatch<V>(
  root: TrieNode<V>,
  tokens: readonly Matchable[],
  i: number,
  fold = false,
): { end: number; value: V } | null {
  const first = tokens[i];
  if (first === undefined) return null;
  const slot = (root as TrieRoot<V>).slot;
  let node: TrieNode<V> | undefined =
    slot !== undefined && first.info !== undefined
      ? (first.info.starts[slot] as TrieNode<V> | undefined)
      : rootChild(root, fold ? first.text.toLowerCase() : first.text);
  if (node === undefined) return null;
  let best: { end: number; value: V } | null = node.value !== undefined ? { end: i + 1, value: node.value } : null;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    node = node.next.get(fold ? (t.info?.lower ?? t.text.toLowerCase()) : t.text);
    if (node === undefined) break;
    if (node.value !== undefined) best = { end: j + 1, value: node.value };
  }
  return best;
}
