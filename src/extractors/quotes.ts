// Quotations, direct and indirect (issue 4). The marks are paired in one pass (quotes/marks.ts),
// each quotation is attributed from the words next to it (quotes/direct.ts), and reported speech
// without marks is read sentence by sentence from its cue (quotes/indirect.ts). Speakers are
// left for the speaker refiner, which resolves names, pronouns and `-nya` across the article.
import { firstNotBefore } from '../engine/ordered.js';
import type { Extractor, ExtractionContext } from '../engine/extractor.js';
import { rememberAnalysis, type Attribution } from './quotes/attribution.js';
import { directQuote } from './quotes/direct.js';
import { anaphoricQuote, indirectQuotes, narrationSegments } from './quotes/indirect.js';
import { organisationGazetteer, placeAt, type OrganisationGazetteer } from './quotes/gazetteer.js';
import { compileQuoteLexicon, postCueBase, type CompiledQuoteLexicon } from './quotes/lexicon.js';
import { scanQuotations, type Quotation } from './quotes/marks.js';
import type { PhraseReader } from './quotes/phrases.js';
import { WordIndex } from './quotes/words.js';

export const quoteExtractor: Extractor = {
  id: 'quotes',
  extract(ctx: ExtractionContext) {
    const { doc, pack, result } = ctx;
    const c = compileQuoteLexicon(pack.quotes);
    const wi = new WordIndex(doc.text, c.abbreviations, c.gluedTails);
    const gazetteer = organisationGazetteer(pack.entities);
    const reader: PhraseReader = { text: doc.text, wi, c, gazetteer, ...knownNameWords(ctx, wi, c, gazetteer) };

    const scan = scanQuotations(doc.text, doc.paragraphs, c.lex.marks);
    if (scan.stray.length > 0) {
      const n = scan.stray.length;
      result.warnings.push(
        `quotes: ${n} unpaired quotation mark${n === 1 ? '' : 's'} (first at offset ${doc.cp(scan.stray[0]!)}); quotations around ${n === 1 ? 'it' : 'them'} were still read`,
      );
    }

    const attributions: Attribution[] = [];
    const quoted: [number, number][] = [];
    const terms: Quotation[] = [];
    for (const q of scan.quotations) {
      const a = directQuote(doc, reader, pack.code, q);
      if (!a) {
        if (q.close >= 0 && q.continuations.length === 0) terms.push(q);
        continue;
      }
      attributions.push(a);
      quoted.push([a.start, a.end]);
    }
    let ti = 0;
    // The sentence before each segment, and whether a quote was found in it, for `Hal itu
    // disampaikan X` (the sentence before is what X said).
    let si = 0;
    let lastQuoted = -1;
    for (const seg of narrationSegments(doc, doc.sentences, quoted)) {
      while (si + 1 < doc.sentences.length && doc.sentences[si + 1]!.start <= seg[0]) si++;
      const found = indirectQuotes(doc, reader, pack.code, seg);
      if (found.length === 0 && si > 0 && seg[0] === doc.sentences[si]!.start) {
        const prev = doc.sentences[si - 1]!;
        const free = lastQuoted < prev.start && !overlapsQuoted(quoted, prev.start, prev.end);
        const anaphoric = free && seg[2] - prev.paragraph <= 1 && doc.paragraphs[prev.paragraph]?.kind === 'content' ? anaphoricQuote(doc, reader, pack.code, seg, prev) : null;
        if (anaphoric) found.push(anaphoric);
      }
      for (const a of found) {
        lastQuoted = a.end;
        while (ti < terms.length && terms[ti]!.end < a.end) ti++;
        const term = ti < terms.length ? terms[ti]! : null;
        if (term && term.open > a.start && term.end === a.end && isReportedWords(doc.text, reader, term)) attributions.push(reportedWords(doc, pack.code, a, term));
        else if (a.quote.kind === 'indirect' && quotesWithin(doc.text, reader, terms, a.start, a.end)) attributions.push(mixed(pack.code, a));
        else attributions.push(a);
      }
    }
    attributions.sort((x, y) => x.start - y.start);
    attributions.forEach((a, i) => {
      a.quote.id = `q${i + 1}`;
      result.quotes.push(a.quote);
    });
    rememberAnalysis(result, { reader, attributions, quoted });
  },
};

/** Some quotation (sorted ranges) overlaps [start, end). */
function overlapsQuoted(quoted: readonly [number, number][], start: number, end: number): boolean {
  const lo = firstNotBefore(quoted.length, (i) => quoted[i]![1] <= start);
  return lo < quoted.length && quoted[lo]![0] < end;
}

/** Words in marks that can be what a source said: two words or more, not a title in capitals
 *  (`“The Marvelous Misadventures of Flapjack”`), not a name after a term noun (`bertajuk “…”`). */
function isReportedWords(text: string, r: PhraseReader, term: Quotation): boolean {
  const inner = text.slice(term.open + 1, term.close);
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 2) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitals * 2 > words.length) return false;
  const before = r.wi.get(r.wi.before(term.open));
  return !(before && before.word && r.c.termNouns.has(before.lower));
}

/** Some words in marks inside the reported clause are the source's own (`Guterres mengatakan ini
 *  saatnya untuk "meredakan retorika" terkait Korea Utara`); `terms` is sorted by position. */
function quotesWithin(text: string, r: PhraseReader, terms: readonly Quotation[], start: number, end: number): boolean {
  const lo = firstNotBefore(terms.length, (i) => terms[i]!.open < start);
  for (let k = lo; k < terms.length && terms[k]!.end <= end; k++) if (isReportedWords(text, r, terms[k]!)) return true;
  return false;
}

/** A reported clause holding the source's own words in marks is a mixed quotation (contract:
 *  `kind: "mixed"`): the clause is the span, its text as written, marks included. */
function mixed(code: string, a: Attribution): Attribution {
  const rule = a.quote.rule.replace(`${code}.quote.indirect-`, `${code}.quote.mixed-`);
  return { ...a, quote: { ...a.quote, kind: 'mixed', rule } };
}

/** `wasit X menuliskan aksi itu sebagai “tekel keras yang membahayakan lawan”`: reported speech that
 *  ends in the source's own words in marks is a direct quotation of those words, by the same
 *  speaker (what the source wrote, not the reporter's paraphrase). */
function reportedWords(doc: ExtractionContext['doc'], code: string, a: Attribution, term: Quotation): Attribution {
  const inner = doc.text.slice(term.open + 1, term.close);
  const cue = a.quote.cue;
  const quote = { ...a.quote, kind: 'direct' as const, rule: `${code}.quote.reported-words`, text: inner, span: doc.span(term.open, term.end), cue };
  return { ...a, quote, start: term.open, end: term.end };
}

/** Capitalised words known to belong to places and organisations: from the entity extractor's
 *  results when it ran, and from the words right after a place trigger (`di Poso`) or an
 *  organisation head (`PT Pertamina`). They are never the start of a person's name. */
function knownNameWords(
  ctx: ExtractionContext,
  wi: WordIndex,
  c: CompiledQuoteLexicon,
  gazetteer: OrganisationGazetteer,
): { places: Set<string>; orgs: Set<string>; orgsByHead: Set<string> } {
  const placeTriggers = c.lex.placeTriggers;
  const orgHeads = c.orgHeads;
  const places = new Set<string>();
  const orgs = new Set<string>();
  const orgsByHead = new Set<string>();
  // Only one-word names are taken from the entities: a word of a longer name may be a
  // person's (`Poso Rizal Calvary Marimbo` tagged as one name must not hide `Rizal`).
  const addWords = (set: Set<string>, s: string) => {
    const t = s.trim();
    if (/^\p{Lu}[\p{L}\p{N}-]*$/u.test(t)) set.add(t);
  };
  // Organisations the entity extractor knows by an acronym or one distinctive word (`BPS`,
  // `Kemenkop`); its one-word places are not taken: a guess there hides a speaker's first name.
  for (const o of ctx.result.organisations) {
    addWords(orgs, o.name);
    for (const a of o.aliases) addWords(orgs, a);
  }
  // People the entity extractor found are never places or organisations.
  for (const p of ctx.result.people) {
    for (const w of [p.name, ...p.aliases].join(' ').split(/\s+/)) {
      places.delete(w);
      orgs.delete(w);
    }
  }
  // One-word countries and cities the language pack's gazetteer knows (`Indonesia`, `Kenya`).
  for (const w of gazetteerPlaceWords(ctx.pack)) places.add(w);
  for (const p of ctx.result.people) for (const w of p.name.split(/\s+/)) places.delete(w);
  // Full names (two words or more) of the people the entity extractor found.
  const people = new Set<string>();
  for (const p of ctx.result.people) if (/\s/.test(p.name)) people.add(p.name);
  const triggers = new Set(placeTriggers);
  const words = wi.words;
  // Words named as the speaker right after a post-cue (`kata Yandri`): a person's, so never an
  // organisation's word after a head (`Sekretaris Fraksi Yandri Susanto`).
  const spoken = new Set<string>();
  const apposed = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (w.word && !w.cap && next.word && next.cap && !next.acronym && postCueBase(c, w.lower)) {
      spoken.add(next.text);
      // `kata Agung, pengendara.`: one name word described after a comma by a common noun is a
      // person's name, even where a body's name ends in it (`Mahkamah Agung`).
      const comma = words[i + 2];
      const noun = words[i + 3];
      if (comma?.text === ',' && noun && noun.word && !noun.cap && describesPerson(c, noun.lower)) apposed.add(next.text);
    }
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (!next.cap || !next.word) continue;
    // `Amerika Serikat Donald`: a place name's last word is not an organisation head.
    const place = w.cap ? placeAt(gazetteer, wi, i, words.length) : -1;
    if (place > i) {
      i = place - 1;
      continue;
    }
    if (triggers.has(w.text)) {
      places.add(next.text);
      // `Kelurahan Tanah Sereal,`: a two-word place that ends the run.
      const third = words[i + 2];
      const fourth = words[i + 3];
      if (third && third.cap && third.word && !(fourth && fourth.cap && fourth.word)) places.add(third.text);
    } else if (orgHeads.has(w.text) && !officeOfPerson(wi, i + 1, people) && !(spoken.has(next.text) && words[i + 2]?.cap)) {
      orgs.add(next.text);
      orgsByHead.add(next.text);
    }
  }
  for (const w of apposed) {
    orgs.delete(w);
    orgsByHead.delete(w);
  }
  return { places, orgs, orgsByHead };
}

/** A lower-case word that can describe a person in apposition (`pengendara`, `warga`): not a
 *  preposition, filler, auxiliary, relative pronoun or verb. */
function describesPerson(c: CompiledQuoteLexicon, lower: string): boolean {
  if (c.roleHeadsLower.has(lower)) return true;
  if (c.stops.has(lower) || c.fillers.has(lower) || c.clauseOpeners.has(lower) || c.relativisers.has(lower) || c.complementisers.has(lower)) return false;
  return !c.isActiveVerb(lower, 3) && !c.isPassiveVerb(lower, 3) && !c.anaphoric.has(lower);
}

/** `Kantor Aung San Suu Kyi`: the words after a head word are a person's full name (the office
 *  of that person), so the first of them is no organisation's word. */
function officeOfPerson(wi: WordIndex, k: number, people: ReadonlySet<string>): boolean {
  if (people.size === 0) return false;
  let name = '';
  for (let m = k; m < k + 5; m++) {
    const w = wi.get(m);
    if (!w || !w.word || !w.cap || (m > k && !wi.sameLine(m - 1, m))) break;
    name = name ? `${name} ${w.text}` : w.text;
    if (m > k && people.has(name)) return true;
  }
  return false;
}

const gazetteerCache = new WeakMap<object, Set<string>>();

/** One-word names in the entity lexicon's place gazetteer (read, never copied). */
function gazetteerPlaceWords(pack: ExtractionContext['pack']): Set<string> {
  const entities = pack.entities as { places?: readonly (readonly string[])[] };
  let words = gazetteerCache.get(entities);
  if (words) return words;
  words = new Set<string>();
  for (const entry of entities.places ?? []) {
    for (const name of entry) if (/^\p{Lu}[\p{L}-]+$/u.test(name)) words.add(name);
  }
  gazetteerCache.set(entities, words);
  return words;
}
