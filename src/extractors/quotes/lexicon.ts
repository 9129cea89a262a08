// The quote lexicon of a pack compiled once into sets (cached per lexicon object).
import type { QuoteLexicon } from '../../lang/quote-lexicon.js';

export interface CompiledQuoteLexicon {
  lex: QuoteLexicon;
  postCues: Set<string>;
  plainCues: Set<string>;
  passiveCues: Set<string>;
  suffix: string | null;
  /** A lower-case word shaped like a derived common noun (`pernyataan`). */
  isDerivedNoun: (lower: string) => boolean;
  /** A word of an active verb prefix and at least `minRest` lower-case letters after it. */
  isActiveVerb: (lower: string, minRest: number) => boolean;
  /** The same for a passive or stative prefix (lookalikes such as `tersebut` included). */
  isPassiveVerb: (lower: string, minRest: number) => boolean;
  passiveLookalikes: Set<string>;
  activeLookalikes: Set<string>;
  attributiveVerbs: Set<string>;
  purposeMarkers: Set<string>;
  /** Capitalised words that head a place name (`Kecamatan`, `Kelurahan`). */
  placeHeads: Set<string>;
  cueLeaders: Set<string>;
  clauseConnectives: Set<string>;
  pronounConnectives: Set<string>;
  reportCoordinators: Set<string>;
  /** A legal form in brackets ending a name; one right after a name; a bracketed short form
   *  inside a name that is not a legal form (`Bank Samudra Raya (BSR) Group`). */
  purposeComplementisers: Set<string>;
  legalFormAtEnd: RegExp;
  legalFormAfter: RegExp;
  shortFormInside: RegExp;
  subjectConnectives: Set<string>;
  clauseVerbs: Set<string>;
  objectVerbs: Set<string>;
  clauseOpeners: Set<string>;
  requestVerbs: Set<string>;
  feelingWords: Set<string>;
  nominalisers: Set<string>;
  /** `menurut` / `according to`, as lower-case word sequences. */
  accordingTo: string[][];
  notSpeakerSources: Set<string>;
  /** News outlets as word sequences (`Al Jazeera` → [`Al`, `Jazeera`]). */
  newsOutlets: string[][];
  /** Media citation phrases, lower-case word sequences (`seperti dikutip`). */
  mediaCitations: string[][];
  complementisers: Set<string>;
  /** Personal pronouns and group pronouns (`pihaknya`): both name a speaker met before. */
  pronouns: Set<string>;
  groupPronouns: Set<string>;
  pluralPronouns: Set<string>;
  personNouns: Set<string>;
  reflexives: Set<string>;
  anaphoric: Set<string>;
  fillers: Set<string>;
  settingPrepositions: Set<string>;
  objectPrepositions: Set<string>;
  stops: Set<string>;
  roleHeads: Set<string>;
  roleHeadsLower: Set<string>;
  roleWords: Set<string>;
  surnameRoles: Set<string>;
  /** Roles of a body's spokesperson, lower case (`juru bicara`). */
  spokespersonRoles: Set<string>;
  /** First words of roles held for another person, lower case (`kuasa`, `istri`). */
  relationalRoles: Set<string>;
  /** Position words for a kind of people, not one post (`pejabat`), lower case. */
  groupRoles: Set<string>;
  /** Unnamed-source nouns and indefinite determiners, lower-case word sequences, longest first. */
  unnamedSources: string[][];
  indefiniteDeterminers: string[][];
  informantSources: string[][];
  collectiveNouns: Set<string>;
  /** Name-withholding clauses (`enggan disebut namanya`) by their last word, longest first. */
  anonymityPhrases: Map<string, string[][]>;
  /** Days and times of day that may stand between a subject and its verb, lower case. */
  speechTimes: Set<string>;
  speechTimePrepositions: Set<string>;
  originMarkers: Set<string>;
  roleConnectors: Set<string>;
  rolePrepositions: Set<string>;
  orgHeads: Set<string>;
  orgPrefixes: Set<string>;
  groupPrefixes: Set<string>;
  relativisers: Set<string>;
  anaphoricSubjects: string[][];
  /** Sentence-opening adverbial phrases, lower-case word sequences by their last word, longest first. */
  sentenceAdverbs: Map<string, string[][]>;
  /** One-word honorifics and ranks (`Pak`, `Kompol`, `Dr.`). */
  titles: Set<string>;
  /** The same, lower case (`ibu Agnes`, `pak Teten`). */
  titlesLower: Set<string>;
  particles: Set<string>;
  nicknameMarkers: string[][];
  notNames: Set<string>;
  termNouns: Set<string>;
  /** Abbreviations that keep their full stop as one word (`Dr.`, `PT.`). */
  abbreviations: Set<string>;
  /** Function words a missing space glues to a name (`JKsaat`), longest first; WordIndex splits them off. */
  gluedTails: string[];
}

const cache = new WeakMap<QuoteLexicon, CompiledQuoteLexicon>();

/** `(lower, minRest) => lower` is one of the prefixes then at least minRest lower-case letters.
 *  Shorter prefixes are tried first, so the rest matched is the longest one possible. */
function prefixedWord(prefixes: readonly string[]): (lower: string, minRest: number) => boolean {
  if (prefixes.length === 0) return () => false;
  const sorted = [...prefixes].sort((a, b) => a.length - b.length);
  const pattern = new RegExp(`^(?:${sorted.join('|')})(\\p{Ll}+)$`, 'u');
  return (lower, minRest) => {
    const m = pattern.exec(lower);
    return !!m && m[1]!.length >= minRest;
  };
}

export function compileQuoteLexicon(lex: QuoteLexicon): CompiledQuoteLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const titles = new Set(lex.personTitles.filter((t) => !t.includes(' ')));
  const abbreviations = new Set<string>();
  for (const t of [...lex.personTitles, ...lex.organisationHeads]) {
    for (const part of t.split(/\s+/)) {
      if (!/^\S+\.$/.test(part)) continue;
      abbreviations.add(part);
      // `Kombes Pol.`: the abbreviated word of a multi-word rank is a title word too.
      if (t.includes(' ')) titles.add(part);
    }
  }
  const c: CompiledQuoteLexicon = {
    lex,
    postCues: lower(lex.postCues),
    plainCues: lower(lex.plainCues ?? []),
    passiveCues: lower(lex.passiveCues),
    suffix: lex.speakerSuffix,
    placeHeads: new Set(lex.placeTriggers.filter((w) => /^\p{Lu}/u.test(w))),
    isDerivedNoun: (lower: string) => (lex.nounCircumfixes ?? []).some(([pre, suf]) => lower.length >= pre.length + suf.length + 3 && lower.startsWith(pre) && lower.endsWith(suf)),
    isActiveVerb: prefixedWord(lex.verbPrefixes?.active ?? []),
    isPassiveVerb: prefixedWord(lex.verbPrefixes?.passive ?? []),
    passiveLookalikes: new Set(lex.passiveLookalikes ?? []),
    activeLookalikes: new Set(lex.activeLookalikes ?? []),
    attributiveVerbs: new Set(lex.attributiveVerbs ?? []),
    purposeMarkers: new Set(lex.purposeMarkers ?? []),
    cueLeaders: lower(lex.cueLeaders),
    clauseConnectives: lower(lex.clauseConnectives),
    pronounConnectives: lower(lex.pronounConnectives),
    reportCoordinators: lower(lex.reportCoordinators ?? []),
    purposeComplementisers: lower(lex.purposeComplementisers ?? []),
    ...legalFormPatterns(lex.legalForms ?? []),
    subjectConnectives: lower(lex.subjectConnectives),
    clauseVerbs: lower(lex.clauseVerbs),
    objectVerbs: lower(lex.objectVerbs),
    clauseOpeners: lower(lex.clauseOpeners),
    requestVerbs: lower(lex.requestVerbs),
    feelingWords: lower(lex.feelingWords),
    nominalisers: lower(lex.nominalisers),
    accordingTo: lex.accordingTo.map((a) => a.toLowerCase().split(/\s+/)),
    notSpeakerSources: lower(lex.notSpeakerSources),
    newsOutlets: (lex.newsOutlets ?? []).map((o) => o.split(/\s+/)),
    // Longest first: `seperti dikutip` before `dikutip`.
    mediaCitations: wordSequences(lex.mediaCitations ?? []),
    complementisers: lower(lex.complementisers),
    pronouns: lower([...lex.pronouns, ...(lex.groupPronouns ?? [])]),
    groupPronouns: lower(lex.groupPronouns ?? []),
    pluralPronouns: lower(lex.pluralPronouns ?? []),
    personNouns: lower(lex.personNouns ?? []),
    reflexives: lower(lex.reflexives ?? []),
    anaphoric: lower(lex.anaphoricDeterminers),
    fillers: lower(lex.subjectVerbFillers),
    settingPrepositions: lower(lex.settingPrepositions ?? []),
    objectPrepositions: lower(lex.objectPrepositions ?? []),
    stops: lower(lex.speakerPhraseStops),
    roleHeads: new Set(lex.roleHeads.filter((w) => /^\p{Lu}/u.test(w))),
    // A position word written in lower case is a role head too (`kata koordinator X`).
    roleHeadsLower: new Set(lex.roleHeads.filter((w) => w.length > 3 || !/^\p{Lu}+$/u.test(w)).map((w) => w.toLowerCase())),
    roleWords: new Set(lex.roleWords),
    surnameRoles: new Set(lex.surnameRoles ?? []),
    spokespersonRoles: lower(lex.spokespersonRoles ?? []),
    relationalRoles: lower(lex.relationalRoles ?? []),
    groupRoles: lower(lex.groupRoles ?? []),
    unnamedSources: wordSequences(lex.unnamedSources ?? []),
    indefiniteDeterminers: wordSequences(lex.indefiniteDeterminers ?? []),
    informantSources: wordSequences(lex.informantSources ?? []),
    collectiveNouns: lower(lex.collectiveNouns ?? []),
    anonymityPhrases: byLastWord(wordSequences(lex.anonymityPhrases ?? [])),
    speechTimes: lower(lex.speechTimes ?? []),
    speechTimePrepositions: lower(lex.speechTimePrepositions ?? []),
    originMarkers: lower(lex.originMarkers ?? []),
    roleConnectors: lower(lex.roleConnectors),
    rolePrepositions: lower(lex.rolePrepositions ?? []),
    orgHeads: new Set(lex.organisationHeads),
    orgPrefixes: lower(lex.organisationPrefixes),
    groupPrefixes: lower(lex.groupPrefixes ?? []),
    relativisers: lower(lex.relativisers ?? []),
    // Longest first: `hal itu` before `itu`.
    anaphoricSubjects: wordSequences(lex.anaphoricSubjects ?? []),
    sentenceAdverbs: byLastWord(wordSequences(lex.sentenceAdverbs ?? [])),
    titles,
    titlesLower: new Set([...titles].map((t) => t.toLowerCase())),
    particles: lower(lex.nameParticles),
    nicknameMarkers: lex.nicknameMarkers.map((m) => m.toLowerCase().split(/\s+/)),
    notNames: new Set(lex.notNames),
    termNouns: lower(lex.termNouns),
    abbreviations,
    // Longest first, so that `seusai` is tried before `usai`.
    gluedTails: [...new Set((lex.gluedFunctionWords ?? []).map((w) => w.toLowerCase()))].sort((x, y) => y.length - x.length),
  };
  cache.set(lex, c);
  return c;
}

/** Lower-case word sequences, longest first. */
function wordSequences(xs: readonly string[]): string[][] {
  return xs.map((x) => x.toLowerCase().split(/\s+/)).sort((x, y) => y.length - x.length);
}

/** Word sequences grouped by their last word (order kept). */
function byLastWord(seqs: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const seq of seqs) {
    const last = seq[seq.length - 1]!;
    const list = map.get(last);
    if (list) list.push(seq);
    else map.set(last, [seq]);
  }
  return map;
}

/** The cue word without the speaker suffix, if it is a post-cue (`ujarnya` → `ujar`), else null. */
export function postCueBase(c: CompiledQuoteLexicon, lower: string): { base: string; suffixed: boolean } | null {
  if (c.postCues.has(lower)) return { base: lower, suffixed: false };
  if (c.suffix && lower.endsWith(c.suffix)) {
    const base = lower.slice(0, -c.suffix.length);
    if (c.postCues.has(base)) return { base, suffixed: true };
  }
  return null;
}

/** The legal-form patterns of a pack (never matching without legal forms). */
function legalFormPatterns(forms: readonly string[]): Pick<CompiledQuoteLexicon, 'legalFormAtEnd' | 'legalFormAfter' | 'shortFormInside'> {
  if (forms.length === 0) return { legalFormAtEnd: /(?!)/, legalFormAfter: /(?!)/, shortFormInside: /(?!)/ };
  const alt = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return {
    legalFormAtEnd: new RegExp(`\\((?:${alt})\\)$`),
    legalFormAfter: new RegExp(`^\\s*\\((?:${alt})\\)`),
    shortFormInside: new RegExp(` \\((?!${alt})[^()]{1,12}\\)(?= )`, 'u'),
  };
}
