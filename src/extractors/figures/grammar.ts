// A language's figure vocabulary compiled once into lookup tables: phrase tries over the figure
// tokens, word sets, and the digit-format regexes. Compiled per lexicon object (WeakMap cache),
// so no regex or table is ever built per article.
import type { FigureLexicon } from '../../lang/figure-lexicon.js';
import { phraseTokens, type FigureToken } from './tokens.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

/** Phrases over tokens; case-insensitive unless built with `exact`. Longest match wins. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  /** The longest phrase, in tokens: backward matching looks no further. */
  maxLength = 0;

  constructor(private readonly exact = false) {}

  add(phrase: string, value: T): void {
    const parts = phraseTokens(phrase);
    if (parts.length === 0) return;
    let node = this.root;
    for (const p of parts) {
      const key = this.exact ? p : p.toLowerCase();
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.value = value;
    this.maxLength = Math.max(this.maxLength, parts.length);
  }

  /** The longest phrase starting at token `i`: its value and the index after it. */
  match(tokens: readonly FigureToken[], i: number): { value: T; end: number } | null {
    let node = this.root;
    let best: { value: T; end: number } | null = null;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j]!;
      const child = node.next.get(this.exact ? t.text : t.lower);
      if (!child) break;
      node = child;
      if (node.value !== undefined) best = { value: node.value, end: j + 1 };
    }
    return best;
  }

  /** The longest phrase that ends just before token `end`: its value and its first index. */
  matchBefore(tokens: readonly FigureToken[], end: number, floor = 0): { value: T; start: number } | null {
    for (let len = Math.min(this.maxLength, end - floor); len >= 1; len--) {
      const hit = this.match(tokens, end - len);
      if (hit && hit.end === end) return { value: hit.value, start: end - len };
    }
    return null;
  }
}

export type BoundKind = 'approximate' | 'lower' | 'upper';

export interface FigureGrammar {
  lexicon: FigureLexicon;
  /** `1.200,5`-style numbers with groups, plain `1200,5`, and the other language's `2.5`. */
  grouped: RegExp;
  plain: RegExp;
  foreignDecimal: RegExp | null;
  /** The other format's grouped numbers (`91,000.50`), read only after a foreign currency. */
  foreignGrouped: RegExp;
  numberWords: Map<string, number>;
  groupMultipliers: Map<string, number>;
  teenWords: Set<string>;
  scaleWords: Map<string, number>;
  approximateScaleWords: Map<string, number>;
  contractions: Map<string, string[]>;
  fractionWords: Map<string, number>;
  decimalWords: Set<string>;
  currencyScale: PhraseTrie<number>;
  currencyBefore: PhraseTrie<string>;
  currencyAfter: PhraseTrie<string>;
  percent: PhraseTrie<'percent' | 'point'>;
  units: PhraseTrie<true>;
  attachedUnits: Set<string>;
  rateWords: PhraseTrie<true>;
  rangeJoiners: PhraseTrie<true>;
  openedRangeJoiners: PhraseTrie<true>;
  rangeOpeners: PhraseTrie<true>;
  bounds: PhraseTrie<BoundKind>;
  lowerBoundAfter: PhraseTrie<true>;
  qualifiers: Map<string, string>;
  notCountedNouns: Set<string>;
  verbPrefixes: string[];
  nounsWithVerbPrefix: Set<string>;
  classifiers: Set<string>;
  compoundNouns: PhraseTrie<true>;
  measureCues: Set<string>;
  durationWords: Set<string>;
  ageCues: Set<string>;
  ageWordsReachingBack: Set<string>;
  monthNames: Set<string>;
  yearCues: Set<string>;
  timeCues: Set<string>;
  timeZones: Set<string>;
  identifierCues: Set<string>;
  scoreCues: Set<string>;
  idioms: PhraseTrie<true>;
  notFigureAfter: PhraseTrie<true>;
  listJoiners: Set<string>;
  ageDemonstratives: Set<string>;
  agePersons: Set<string>;
  /** Words that can start a number (`tiga`, `seratus`, `setengah`): the scan's fast filter. */
  wordNumberStarts: Set<string>;
  /** First tokens of the currency marks (`rp`, `us`, `$`): the scan's fast filter. */
  currencyStarts: Set<string>;
  /** A digit or a number word somewhere: paragraphs without one are not tokenised at all. */
  mayHoldFigure: RegExp;
  /** The number-word half of mayHoldFigure, for texts without a digit (a plain `\d` search is
   *  much faster than the combined pattern, whose word half needs a look-behind per position). */
  mayHoldNumberWord: RegExp;
}

const cache = new WeakMap<FigureLexicon, FigureGrammar>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const lowerSet = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const lowerMap = <V>(o: Record<string, V>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));

function trieOf<T>(entries: Iterable<[string, T]>, exact = false): PhraseTrie<T> {
  const t = new PhraseTrie<T>(exact);
  for (const [k, v] of entries) t.add(k, v);
  return t;
}

function digitRegexes(
  lex: FigureLexicon,
): Pick<FigureGrammar, 'grouped' | 'plain' | 'foreignDecimal' | 'foreignGrouped'> {
  const g = lex.digits.group === '.' ? '\\.' : ',';
  const d = lex.digits.decimal === '.' ? '\\.' : ',';
  return {
    grouped: new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`),
    plain: new RegExp(`^\\d+(?:${d}\\d+)?$`),
    // `2.5` in an Indonesian text: one or two digits after the mark cannot be a thousands group.
    foreignDecimal: lex.digits.foreignDecimalBeforeUnit ? new RegExp(`^\\d+${g}\\d{1,2}$`) : null,
    foreignGrouped: new RegExp(`^\\d{1,3}(?:${d}\\d{3})+(?:${g}\\d+)?$`),
  };
}

export function figureGrammar(lex: FigureLexicon): FigureGrammar {
  const hit = cache.get(lex);
  if (hit) return hit;
  const bounds: [string, BoundKind][] = [
    ...lex.approximateBefore.map((w): [string, BoundKind] => [w, 'approximate']),
    ...lex.lowerBoundBefore.map((w): [string, BoundKind] => [w, 'lower']),
    ...lex.upperBoundBefore.map((w): [string, BoundKind] => [w, 'upper']),
  ];
  const g: FigureGrammar = {
    lexicon: lex,
    ...digitRegexes(lex),
    numberWords: lowerMap(lex.numberWords),
    groupMultipliers: lowerMap(lex.groupMultipliers),
    teenWords: lowerSet(lex.teenWords),
    scaleWords: lowerMap(lex.scaleWords),
    approximateScaleWords: lowerMap(lex.approximateScaleWords),
    contractions: lowerMap(lex.contractions),
    fractionWords: lowerMap(lex.fractionWords),
    decimalWords: lowerSet(lex.decimalWords),
    currencyScale: trieOf(Object.entries(lex.currencyScaleAbbreviations), true),
    currencyBefore: trieOf(Object.entries(lex.currencyBefore)),
    currencyAfter: trieOf(Object.entries(lex.currencyAfter)),
    percent: trieOf([
      ...lex.percentWords.map((w): [string, 'percent' | 'point'] => [w, 'percent']),
      ...lex.percentPointWords.map((w): [string, 'percent' | 'point'] => [w, 'point']),
    ]),
    units: trieOf(lex.units.map((u): [string, true] => [u, true])),
    attachedUnits: new Set(lex.attachedUnits),
    rateWords: trieOf(lex.rateWords.map((u): [string, true] => [u, true])),
    rangeJoiners: trieOf(lex.rangeJoiners.map((u): [string, true] => [u, true])),
    openedRangeJoiners: trieOf(lex.openedRangeJoiners.map((u): [string, true] => [u, true])),
    rangeOpeners: trieOf(lex.rangeOpeners.map((u): [string, true] => [u, true])),
    bounds: trieOf(bounds),
    lowerBoundAfter: trieOf(lex.lowerBoundAfter.map((u): [string, true] => [u, true])),
    qualifiers: lowerMap(lex.qualifiers),
    notCountedNouns: lowerSet(lex.notCountedNouns),
    verbPrefixes: lex.verbPrefixes.map((p) => p.toLowerCase()),
    nounsWithVerbPrefix: lowerSet(lex.nounsWithVerbPrefix),
    classifiers: lowerSet(lex.classifiers),
    compoundNouns: trieOf(lex.compoundNouns.map((u): [string, true] => [u, true])),
    measureCues: lowerSet(lex.measureCues),
    durationWords: lowerSet(lex.durationWords),
    ageCues: lowerSet(lex.ageCues),
    ageWordsReachingBack: lowerSet(lex.ageWordsReachingBack),
    monthNames: lowerSet(lex.monthNames),
    yearCues: lowerSet(lex.yearCues),
    timeCues: lowerSet(lex.timeCues),
    timeZones: lowerSet(lex.timeZones),
    identifierCues: lowerSet(lex.identifierCues),
    scoreCues: lowerSet(lex.scoreCues),
    idioms: trieOf(lex.idioms.map((u): [string, true] => [u, true])),
    notFigureAfter: trieOf(lex.notFigureAfter.map((u): [string, true] => [u, true])),
    listJoiners: lowerSet(lex.listJoiners),
    ageDemonstratives: lowerSet(lex.ageDemonstratives),
    agePersons: lowerSet(lex.agePersons),
    wordNumberStarts: new Set(),
    currencyStarts: new Set(),
    mayHoldFigure: /\d/,
    mayHoldNumberWord: /(?!)/,
  };
  for (const w of [...Object.keys(lex.numberWords), ...Object.keys(lex.fractionWords)]) g.wordNumberStarts.add(w.toLowerCase());
  for (const [w, parts] of Object.entries(lex.contractions)) {
    if (parts.length > 0 && g.numberWords.has(parts[0]!)) g.wordNumberStarts.add(w.toLowerCase());
  }
  for (const c of Object.keys(lex.currencyBefore)) g.currencyStarts.add(phraseTokens(c)[0]!.toLowerCase());
  // Literal alternatives only (no nested quantifier): linear. Longest first, so `sebelas` wins over `se`.
  const words = [...g.wordNumberStarts].sort((a, b) => b.length - a.length).map(escapeRegExp);
  g.mayHoldFigure = new RegExp(`\\d|(?<!\\p{L})(?:${words.join('|')})`, 'iu');
  g.mayHoldNumberWord = new RegExp(`(?<!\\p{L})(?:${words.join('|')})`, 'iu');
  cache.set(lex, g);
  return g;
}
