// Organisations, people and places of one article (issue 5): candidates per sentence, in-text
// definitions joined, non-names filtered out, mentions grouped into entities with aliases.
import { firstNotBefore } from '../../engine/ordered.js';
import type { ExtractionContext } from '../../engine/extractor.js';
import type { Entity, Span } from '../../types.js';
import type { EntityLexicon } from '../../lang/entity-lexicon.js';
import { compileLexicon, longestMatch, isEntry, rootChild, withWordInfo, type CompiledLexicon, type EntityKind, type GazetteerValue } from './lexicon.js';
import { tokenizeWords, isCapitalised, type WordToken } from './tokens.js';
import { taggerModel, type TaggerModel } from './tagger.js';
import { sentenceCandidates, commonWord, type Candidate } from './candidates.js';

export interface Mention {
  kind: EntityKind;
  rule: string;
  tier: number;
  gazetteer?: GazetteerValue;
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
  text: string;
  tokens: WordToken[];
  headline: boolean;
  /** Index of the sentence's token list and of the first token, for context lookups. */
  sentence: number;
  first: number;
  /** Mentions this one is defined as (`Nama Lengkap (SINGKATAN)`). */
  defines: Mention[];
  dropped?: boolean;
  /** `Hendrik Lyanto` for `Hendrik “Acheo” Lyanto`: the name without its quoted nickname. */
  plainName?: string;
  /** A venue left out as a place: its words are still no other name's (see venuesOnlyWithoutPlaces). */
  venue?: boolean;
}

const isAcronymLike = (w: string) => /^\p{Lu}[\p{L}\p{N}-]*$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
const wordKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function extractEntities(ctx: ExtractionContext): void {
  const { doc } = ctx;
  const lex = compileLexicon(ctx.pack.entities);
  const model = taggerModel(lex);
  const sentences: WordToken[][] = [];
  let firstBody = -1; // the first sentence of the article's body
  const mentions: Mention[] = [];
  for (const s of nameSafeSentences(doc.sentences, lex, doc.text)) {
    const headline = doc.paragraphs[s.paragraph]?.kind === 'title';
    const tokens = withWordInfo(lex, placeRoutesSplit(lex, tokenizeWords(doc.text, s.start, s.end, lex.abbreviations)));
    const index = sentences.push(tokens) - 1;
    if (firstBody < 0 && doc.paragraphs[s.paragraph]?.kind === 'content') firstBody = index;
    const firstOfSentence = mentions.length;
    for (const c of sentenceCandidates(lex, model, tokens, headline)) mentions.push(toMention(c, tokens, index, headline, doc.text));
    joinDefinitions(lex, tokens, index, headline, doc.text, mentions, firstOfSentence);
    joinQuotedNicknames(tokens, index, headline, doc.text, mentions, firstOfSentence);
  }
  for (const m of mentions) if (!keep(lex, model, m, sentences)) m.dropped = true;
  for (const m of mentions) {
    if (m.dropped || m.kind !== 'person' || m.gazetteer || !startsAsNoPerson(ctx.pack.entities, m.tokens)) continue;
    // `Jaksa Penuntut Umum (JPU)`: the short form defined for it goes with it.
    m.dropped = true;
    for (const d of m.defines) d.dropped = true;
    for (const o of mentions) if (o.defines.includes(m)) o.dropped = true;
  }
  // `Bali Blues Festival (BBF)`: the short form given for what is no name is none either.
  for (const m of mentions) {
    if (m.dropped && events.has(m)) for (const d of m.defines) d.dropped = true;
    else if (m.rule.endsWith('.definition') && m.defines.length && m.defines.every((d) => d.dropped && events.has(d))) m.dropped = true;
  }
  if (firstBody >= 0) datelineMentions(lex, sentences[firstBody]!, firstBody, doc.text, mentions);
  wordsTheArticleWritesLowerCase(mentions, sentences);
  citedOutletsAndPlatforms(ctx.pack.entities, model, mentions, sentences);
  personsNotPlaces(mentions);
  clubsInSportArticles(lex, mentions, sentences);
  venuesOnlyWithoutPlaces(lex, mentions);
  addRepeatedMentions(lex, model, mentions, sentences, doc.text);
  const body = mentions.filter((m) => !m.dropped && !m.headline);
  const confirming = bodyForms(body);
  const headlineKept = mentions.filter((m) => !m.dropped && m.headline && keepHeadline(model, m, confirming));
  const kept = [...body, ...headlineKept].sort((a, b) => a.start - b.start);
  const entities = groupMentions(lex, kept, sentences);
  const span = (m: Mention): Span => doc.span(m.start, m.end);
  const counters: Record<EntityKind, number> = { org: 0, person: 0, place: 0 };
  const prefix: Record<EntityKind, string> = { org: 'o', person: 'p', place: 'l' };
  for (const e of entities) {
    const entity: Entity = {
      id: `${prefix[e.kind]}${++counters[e.kind]}`,
      name: e.name,
      rule: `${ctx.pack.code}.${e.rule}`,
      aliases: e.aliases,
      mentions: e.mentions.map(span),
    };
    if (e.kind === 'person' && e.roles.length) entity.roles = e.roles;
    (e.kind === 'org' ? ctx.result.organisations : e.kind === 'person' ? ctx.result.people : ctx.result.places).push(entity);
  }
}

/**
 * `Jakarta-Bogor-Depok-Bekasi`, `Cibubur-Bogor`: a hyphenated word whose every part is a known
 * place is a route between places, each one named (the tokenizer keeps hyphenated words whole).
 */
function placeRoutesSplit(lex: CompiledLexicon, tokens: WordToken[]): WordToken[] {
  let out: WordToken[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const parts = t.text.includes('-') && isCapitalised(t.text) ? t.text.split('-') : null;
    const route = !!parts && parts.length > 1 && parts.every((p) => isCapitalised(p) && /\p{Ll}/u.test(p) && rootChild(lex.gazetteer, p)?.value?.kind === 'place');
    if (!route) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, k);
    let at = t.start;
    parts!.forEach((p, n) => {
      if (n > 0) out!.push({ start: at, end: at + 1, text: '-', initial: false, info: undefined }), at++;
      out!.push({ start: at, end: at + p.length, text: p, initial: n === 0 && t.initial, info: undefined });
      at += p.length;
    });
  }
  return out ?? tokens;
}

const openingQuotes = new Set(['"', '“', '‘', "'", '«']);
const closingQuotes = new Set(['"', '”', '’', "'", '»']);

/**
 * `Hendrik “Acheo” Lyanto`: a nickname in quotation marks inside a person's name. The given name
 * and the surname are one person, not two; the nickname is an alias.
 */
function joinQuotedNicknames(tokens: WordToken[], sentence: number, headline: boolean, text: string, mentions: Mention[], firstOfSentence: number): void {
  const own = mentions.slice(firstOfSentence);
  const byFirst = new Map(own.map((n) => [n.first, n]));
  const byLast = new Map(own.map((n) => [n.first + n.tokens.length - 1, n]));
  const bySpan = new Map(own.map((n) => [`${n.start}:${n.end}`, n]));
  // Tokens inside some mention, built once on the first quotation mark (linear in the sentence).
  let covered: Uint8Array | null = null;
  for (let open = 1; open < tokens.length; open++) {
    if (!openingQuotes.has(tokens[open]!.text)) continue;
    let close = open + 1;
    while (close < tokens.length && close - open <= 2 && isCapitalised(tokens[close]!.text) && !closingQuotes.has(tokens[close]!.text)) close++;
    if (close === open + 1 || !closingQuotes.has(tokens[close]?.text ?? '')) continue;
    const surname = byFirst.get(close + 1);
    // The surname: the tagger's person (one or two words).
    if (!surname || surname.dropped || surname.kind !== 'person' || surname.tier < 2 || surname.tokens.length > 2) continue;
    // The given name: a person read before the marks, or a bare capitalised word no rule took.
    const givenWord = tokens[open - 1]!;
    // Not inside a run of quoted titles (`"The" Hamilton "Soundtrack"`).
    if (openingQuotes.has(tokens[open - 2]?.text ?? '') || closingQuotes.has(tokens[open - 2]?.text ?? '')) continue;
    if (closingQuotes.has(tokens[close + 1 + surname.tokens.length]?.text ?? '')) continue;
    let given = byLast.get(open - 1);
    if (given && (given.dropped || given.kind !== 'person')) continue;
    if (!given) {
      if (!covered) {
        covered = new Uint8Array(tokens.length);
        for (const n of own) covered.fill(1, n.first, n.first + n.tokens.length);
      }
      if (!/^\p{Lu}\p{Ll}+$/u.test(givenWord.text) || covered[open - 1]) continue;
      given = { kind: 'person', rule: 'person.nickname', tier: 2, start: givenWord.start, end: givenWord.end, text: givenWord.text, tokens: [givenWord], headline, sentence, first: open - 1, defines: [] };
      mentions.push(given);
    }
    const nickStart = tokens[open + 1]!.start;
    const nickEnd = tokens[close - 1]!.end;
    let nick = bySpan.get(`${nickStart}:${nickEnd}`);
    if (nick && !nick.dropped) {
      nick.kind = 'person';
      nick.tier = 1;
    } else {
      nick = { kind: 'person', rule: 'person.nickname', tier: 1, start: nickStart, end: nickEnd, text: text.slice(nickStart, nickEnd), tokens: tokens.slice(open + 1, close), headline, sentence, first: open + 1, defines: [] };
      mentions.push(nick);
    }
    // Named as written, nickname and marks included (the guideline's fullest form, and the name
    // the speakers refiner reads at the quote's cue).
    given.plainName = `${given.text} ${surname.text}`;
    given.end = surname.end;
    given.text = text.slice(given.start, given.end);
    given.tokens = tokens.slice(given.first, close + 1 + surname.tokens.length);
    given.rule = 'person.nickname';
    given.tier = 1; // a name around a nickname is no foreign title (`Dwayne 'The Rock' Johnson`)
    given.defines.push(nick);
    surname.dropped = true;
  }
}

/** Sentences glued back where a split fell after a title or initial (`Irjen Pol.`, `Kuswara S.`). */
function nameSafeSentences(
  sentences: readonly { start: number; end: number; paragraph: number }[],
  lex: CompiledLexicon,
  text: string,
): { start: number; end: number; paragraph: number }[] {
  const out: { start: number; end: number; paragraph: number }[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph) {
      const last = /(\S+)$/.exec(text.slice(Math.max(prev.start, prev.end - 30), prev.end))?.[1] ?? '';
      const word = last.replace(/^.*[\s(]/, '');
      if (lex.abbreviations.has(word) || /^\p{Lu}\.$/u.test(word)) {
        prev.end = s.end;
        continue;
      }
    }
    out.push({ start: s.start, end: s.end, paragraph: s.paragraph });
  }
  return out;
}

function toMention(c: Candidate, tokens: WordToken[], sentence: number, headline: boolean, text: string): Mention {
  const start = tokens[c.first]!.start;
  const end = tokens[c.end - 1]!.end;
  return {
    kind: c.kind,
    rule: c.rule,
    tier: c.tier,
    gazetteer: c.gazetteer,
    start,
    end,
    text: text.slice(start, end),
    tokens: tokens.slice(c.first, c.end),
    headline,
    sentence,
    first: c.first,
    defines: [],
  };
}

/**
 * `Nama Lengkap (SINGKATAN)` and `SINGKATAN (Nama Lengkap)`: the bracketed form is an alias of
 * the name before it. A bracket that holds a position (`Pak Teten (Menkop UKM)`) is a role.
 */
function joinDefinitions(
  lex: CompiledLexicon,
  tokens: WordToken[],
  sentence: number,
  headline: boolean,
  text: string,
  mentions: Mention[],
  firstOfSentence: number,
): void {
  const own = mentions.slice(firstOfSentence);
  for (const m of own) {
    const open = m.first + m.tokens.length;
    if (tokens[open]?.text !== '(') continue;
    let close = open + 1;
    while (close < tokens.length && close - open <= 10 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text !== ')' || close === open + 1) continue;
    const innerStart = tokens[open + 1]!.start;
    const innerEnd = tokens[close - 1]!.end;
    if (longestMatch(lex.positions, tokens, open + 1)) continue;
    const inner = own.find((n) => n.start === innerStart && n.end === innerEnd);
    // `Borna Coric (Kroasia)`, `Raw Earth (Singapura)`: a place in brackets says where the one
    // named is from (a known place), not another name of it.
    if (inner && inner.kind === 'place' && inner.gazetteer?.kind === 'place' && m.kind !== 'place') {
      // `Roger Federer (Swiss)`, `Peng Shuai (China)`: the tagger's organisation with nothing of a
      // body's name (head word, suffix, English body word) is the person the place is given for.
      if (m.rule === 'org.tagger' && m.tokens.length >= 2 && m.tokens.length <= 3 && m.tokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !lex.organisationSuffixes.has(t.text) && !lex.bodyTails.has(t.text) && !lex.venueTails.has(t.text)) && !longestMatch(lex.organisationHeads, m.tokens, 0)) {
        m.kind = 'person';
        m.rule = 'person.from-place';
      }
      continue;
    }
    if (inner) {
      if (inner.kind !== m.kind && m.kind !== 'place') inner.kind = m.kind;
      if (inner.kind === m.kind) m.defines.push(inner);
      continue;
    }
    // `Muhaimin Iskandar (Cak Imin)`: a call name with its title in brackets is the person's alias.
    const title = m.kind === 'person' && m.tokens.length >= 2 ? longestMatch(lex.titles, tokens, open + 1) : null;
    const called = title && title.end < close ? own.find((n) => n.kind === 'person' && n.first === title.end && n.end === innerEnd) : undefined;
    if (called) {
      called.start = innerStart;
      called.first = open + 1;
      called.tokens = tokens.slice(open + 1, close);
      called.text = text.slice(innerStart, innerEnd);
      called.rule = 'person.call-name';
      m.defines.push(called);
      continue;
    }
    if (own.some((n) => n.start < innerEnd && innerStart < n.end)) continue;
    const words = tokens.slice(open + 1, close);
    const nameLike = words.every((w) => isCapitalised(w.text) || lex.connectors.has(w.text));
    const single = words.length === 1;
    const fits =
      m.kind === 'org'
        ? (single && isAcronymLike(words[0]!.text)) || (nameLike && isAcronymLike(m.text))
        : m.kind === 'person' && single && nameLike && !lex.ambiguous.has(words[0]!.text);
    if (!fits) continue;
    const defined: Mention = {
      kind: m.kind,
      rule: `${m.kind}.definition`,
      tier: 1,
      start: innerStart,
      end: innerEnd,
      text: text.slice(innerStart, innerEnd),
      tokens: words,
      headline,
      sentence,
      first: open + 1,
      defines: [],
    };
    mentions.push(defined);
    m.defines.push(defined);
  }
  // `APKI (Asosiasi Petani Kopi Indonesia)`: an acronym no rule knew, defined by the name after it.
  for (const m of own) {
    const open = m.first - 1;
    const acronym = tokens[open - 1];
    if (m.kind !== 'org' || tokens[open]?.text !== '(' || tokens[m.first + m.tokens.length]?.text !== ')' || !acronym) continue;
    if (!isAcronymLike(acronym.text) || own.some((n) => n.start <= acronym.start && acronym.end <= n.end)) continue;
    if (lex.notOrganisations.has(acronym.text)) continue;
    const defined: Mention = {
      kind: 'org',
      rule: 'org.definition',
      tier: 1,
      start: acronym.start,
      end: acronym.end,
      text: acronym.text,
      tokens: [acronym],
      headline,
      sentence,
      first: open - 1,
      defines: [m],
    };
    mentions.push(defined);
  }
}

/**
 * A name the article has given once is found again where the tagger missed it: the words of a
 * person's full name (`kata Anggini`), and the forms of organisations and places found elsewhere.
 */
function addRepeatedMentions(lex: CompiledLexicon, model: TaggerModel | null, mentions: Mention[], sentences: WordToken[][], text: string): void {
  const live = mentions.filter((m) => !m.dropped);
  interface Form {
    kind: EntityKind;
    gazetteer?: GazetteerValue;
  }
  const forms = { next: new Map(), value: undefined } as import('./lexicon.js').TrieNode<Form>;
  const add = (words: string[], form: Form) => {
    let node = forms;
    for (const w of words) {
      let next = node.next.get(w);
      if (!next) node.next.set(w, (next = { next: new Map() }));
      node = next;
    }
    node.value ??= form;
  };
  const usable = (w: string) => isCapitalised(w) && w.length > 2 && !lex.ambiguous.has(w) && !commonWord(model, w) && !lex.particles.has(w);
  for (const m of live) {
    if (m.headline) continue; // headline words are Title Case: only the body's names repeat
    const words = m.tokens.map((t) => t.text);
    if (m.kind === 'person' && words.length > 1) for (const w of words) if (usable(w) && !isEntry(lex.titles, w)) add([w], { kind: 'person' });
    if (words.length > 1 || usable(words[0]!) || isAcronymLike(words[0]!)) add(words, { kind: m.kind, gazetteer: m.gazetteer });
  }
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.dropped && !m.venue) continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  sentences.forEach((tokens, sentence) => {
    const covered = new Uint8Array(tokens.length);
    for (const m of bySentence.get(sentence) ?? []) covered.fill(1, m.first, m.first + m.tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const hit = longestMatch(forms, tokens, i);
      if (!hit || covered.subarray(i, hit.end).some((x) => x)) continue;
      const start = tokens[i]!.start;
      const end = tokens[hit.end - 1]!.end;
      const repeat: Mention = {
        kind: hit.value.kind,
        rule: `${hit.value.kind}.repeat`,
        tier: 2,
        gazetteer: hit.value.gazetteer,
        start,
        end,
        text: text.slice(start, end),
        tokens: tokens.slice(i, hit.end),
        headline: false,
        sentence,
        first: i,
        defines: [],
      };
      if (!keep(lex, model, repeat, sentences)) continue;
      mentions.push(repeat);
      i = hit.end - 1;
    }
  });
}

/**
 * `Petugas Polda Metro Jaya menindak ...`, `Petenis muda Kanada ...`, `Duel final ...`: a word
 * capitalised only where a sentence starts, that the article itself also writes in lower case,
 * is a common word there, not a name on its own (the tagger's and weak rules' readings only).
 */
function wordsTheArticleWritesLowerCase(mentions: Mention[], sentences: WordToken[][]): void {
  const suspects = mentions.filter((m) => !m.dropped && m.tier >= 2 && !m.gazetteer && m.tokens.length === 1 && m.tokens[0]!.info?.cap && /\p{Ll}/u.test(m.text));
  if (!suspects.length) return;
  const words = new Set(suspects.map((m) => m.text));
  const lower = new Set(suspects.map((m) => m.tokens[0]!.info!.lower));
  const seenLower = new Set<string>();
  const seenMidSentence = new Set<string>();
  for (const tokens of sentences) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      // Mid-sentence: after a word or a comma (not after a dash, quotation mark or bracket).
      const prev = tokens[k - 1];
      if (words.has(t.text) && !t.initial && prev && (prev.info?.letter || prev.text === ',')) seenMidSentence.add(t.text);
      else if (lower.has(t.text)) seenLower.add(t.text);
    }
  }
  for (const m of suspects) if (seenLower.has(m.tokens[0]!.info!.lower) && !seenMidSentence.has(m.text)) m.dropped = true;
}

/**
 * `dari Johannes`: a word after a place trigger that the article names as a person elsewhere
 * (`Johannes Marliem`) is that person, not a place. Only weak place readings (tagger, trigger)
 * yield; gazetteer places stay.
 */
const notPersonHeadSets = new WeakMap<EntityLexicon, ReadonlySet<string>>();

/** `Candi Borobudur`, `Panti Bina Laras`, `Presidium Alumni`: a landmark's or committee's name, no person's. */
function startsAsNoPerson(lexicon: EntityLexicon, tokens: readonly WordToken[]): boolean {
  let heads = notPersonHeadSets.get(lexicon);
  if (!heads) notPersonHeadSets.set(lexicon, (heads = new Set(lexicon.notPersonHeads ?? [])));
  return heads.has(tokens[0]!.text) || (tokens.length > 1 && heads.has(`${tokens[0]!.text} ${tokens[1]!.text}`));
}

const citationWords = new WeakMap<EntityLexicon, { cues: Set<string>; longest: number; platforms: Set<string> }>();

/**
 * `seperti dikutip dari Marca`, `Dilansir dari Transfermarkt`: the name right after a citation cue
 * is the outlet cited (an organisation), whatever the tagger made of it, and so is every other
 * untyped mention written the same. `akun Instagram`, `pengguna Snapchat`: an app or platform is
 * a product, never a person or place.
 */
function citedOutletsAndPlatforms(lexicon: EntityLexicon, model: TaggerModel | null, mentions: Mention[], sentences: WordToken[][]): void {
  let words = citationWords.get(lexicon);
  if (!words) {
    const cues = new Set(lexicon.citationCues ?? []);
    const longest = Math.max(0, ...[...cues].map((c) => c.split(' ').length));
    citationWords.set(lexicon, (words = { cues, longest, platforms: new Set(lexicon.platformNames ?? []) }));
  }
  const outlets = new Set<string>();
  const cited = new Set<Mention>();
  for (const m of mentions) {
    if (m.dropped || m.kind === 'org') continue;
    if (words.platforms.has(m.text)) {
      m.dropped = true;
      continue;
    }
    if (!words.cues.size || m.headline) continue;
    // `mengutip Jokowi`: a known given name after the cue is the person quoted, not an outlet.
    if (m.kind === 'person' && (model?.names.has(m.tokens[0]!.text) || namedMoreFully(m, mentions))) continue;
    // `Dilansir Chicago Tribune`: a known place that only starts the outlet's name is no outlet.
    const next = sentences[m.sentence]![m.first + m.tokens.length];
    if (m.gazetteer && next && isCapitalised(next.text)) continue;
    if (citedAt(m, sentences, words.cues, words.longest)) {
      cited.add(m);
      outlets.add(m.text);
    }
  }
  if (!outlets.size) return;
  for (const m of mentions) {
    // A known place elsewhere stays a place (`Metro` the city) unless cited there too.
    if (m.dropped || m.kind === 'org' || !outlets.has(m.text) || (m.gazetteer && !cited.has(m))) continue;
    m.kind = 'org';
    m.rule = 'org.cited-outlet';
  }
}

/**
 * `mengutip Trump` where the article also writes `Donald Trump` or `Trump mengatakan`: a person's
 * name, the person quoted, not an outlet (an outlet is named after its citation cue).
 */
function namedMoreFully(m: Mention, mentions: Mention[]): boolean {
  const word = m.tokens[0]!.text;
  return mentions.some((o) => o !== m && !o.dropped && o.kind === 'person' && o.sentence !== m.sentence && o.tokens.some((t) => t.text === word));
}

/** Whether a citation cue stands right before the mention, in its sentence. */
function citedAt(m: Mention, sentences: WordToken[][], cues: ReadonlySet<string>, longest: number): boolean {
  const tokens = sentences[m.sentence]!;
  let phrase = '';
  for (let k = m.first - 1, n = 0; k >= 0 && n < longest; k--, n++) {
    const w = tokens[k]!.text;
    if (!/^\p{L}+$/u.test(w)) return false;
    phrase = phrase ? `${w.toLowerCase()} ${phrase}` : w.toLowerCase();
    if (cues.has(phrase)) return true;
  }
  return false;
}

function personsNotPlaces(mentions: Mention[]): void {
  // `Kota Kecil Khan Sheikhoun` ... `di Khan Sheikhoun`: a name read after a place noun is the
  // place wherever the tagger read the same words as a person.
  const afterPlaceNoun = new Set(mentions.filter((m) => !m.dropped && m.rule === 'place.place-noun').map((m) => m.text));
  for (const m of mentions) {
    if (m.dropped || m.kind !== 'person' || m.gazetteer || m.tier < 2 || !afterPlaceNoun.has(m.text)) continue;
    m.kind = 'place';
    m.rule = 'place.place-noun';
  }
  const personWords = new Set<string>();
  for (const m of mentions) if (!m.dropped && m.kind === 'person') for (const t of m.tokens) if (/\p{Ll}/u.test(t.text)) personWords.add(t.text);
  for (const m of mentions) {
    if (m.dropped || m.kind !== 'place' || m.gazetteer || m.tier < 2 || m.rule === 'place.place-noun') continue;
    if (m.tokens.every((t) => personWords.has(t.text))) {
      m.kind = 'person';
      m.rule = 'person.not-place';
    }
  }
}

/**
 * The dateline before the first dash of the body (`JAKARTA (Pos Kota) –`, `JUARA.NET, MONTREAL -`,
 * `Jakarta, CNN Indonesia --`, `TEMPO.CO, Jakarta -`): the outlet (a web domain, a name in
 * brackets, or a name beside the place) is an organisation, the place (known, or written in
 * capitals) a place, whatever the tagger made of these capitalised words.
 */
function datelineMentions(lex: CompiledLexicon, tokens: WordToken[], sentence: number, text: string, mentions: Mention[]): void {
  let dash = -1;
  for (let k = 0; k < Math.min(tokens.length, 12); k++) {
    if (lex.datelineDashes.has(tokens[k]!.text)) {
      dash = k;
      break;
    }
  }
  if (dash <= 0) return;
  let cut = dash;
  if (tokens[cut - 1]!.text === '.') cut--;
  // Parts split at commas and brackets; every word a capitalised word (a dateline has no verbs).
  const parts: { first: number; end: number; bracketed: boolean }[] = [];
  let from = 0;
  let bracketed = false;
  for (let k = 0; k <= cut; k++) {
    const w = k < cut ? tokens[k]!.text : ',';
    if (w === ',' || w === '(' || w === ')') {
      if (k > from) parts.push({ first: from, end: k, bracketed });
      if (w === '(') bracketed = true;
      if (w === ')') bracketed = false;
      from = k + 1;
      continue;
    }
    if (!isCapitalised(w) && !lex.outletDomain?.test(w)) return;
  }
  if (!parts.length || parts.length > 3) return;
  const titleCase = (w: string) => (/\p{Ll}/u.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase());
  const readings = parts.map((part) => {
    const words = tokens.slice(part.first, part.end);
    const asWritten = longestMatch(lex.gazetteer, words, 0);
    const folded = longestMatch(lex.gazetteer, words.map((t) => ({ text: titleCase(t.text) })), 0);
    const known = asWritten?.end === words.length ? asWritten.value : folded?.end === words.length ? folded.value : undefined;
    const capitals = words.every((t) => !/\p{Ll}/u.test(t.text));
    const domain = words.length === 1 && !!lex.outletDomain?.test(words[0]!.text);
    let kind: EntityKind | null = null;
    if (domain || (known?.kind === 'org')) kind = 'org';
    else if (known?.kind === 'place' || (capitals && !part.bracketed)) kind = 'place';
    else if (part.bracketed) kind = 'org';
    return { part, words, kind, known };
  });
  // A name beside a place is the outlet (`Jakarta, CNN Indonesia --`); beside an outlet, a place
  // (`Kuta, Bali (ANTARA News)-`).
  const outlet = readings.some((r) => r.kind === 'org');
  if (outlet || readings.some((r) => r.kind === 'place')) for (const r of readings) if (r.kind === null) r.kind = outlet ? 'place' : 'org';
  if (readings.some((r) => r.kind === null)) return;
  // A part already read so by another rule keeps that reading.
  const same = (m: Mention, r: (typeof readings)[number]) => m.kind === r.kind && m.start === r.words[0]!.start && m.end === r.words[r.words.length - 1]!.end;
  for (const m of mentions) if (!m.dropped && m.sentence === sentence && m.first < cut && !readings.some((r) => same(m, r))) m.dropped = true;
  for (const r of readings) {
    if (mentions.some((m) => !m.dropped && m.sentence === sentence && same(m, r))) continue;
    const start = r.words[0]!.start;
    const end = r.words[r.words.length - 1]!.end;
    mentions.push({
      kind: r.kind!,
      rule: `${r.kind}.dateline`,
      tier: 1,
      gazetteer: r.known?.kind === r.kind ? r.known : undefined,
      start,
      end,
      text: text.slice(start, end),
      tokens: r.words,
      headline: false,
      sentence,
      first: r.part.first,
      defines: [],
    });
  }
}

/**
 * `di Kompleks Parlemen, Senayan`, `di Gedung DPR, Kamis`, `di Uniprix Stadium, Montreal`: a
 * building or venue is the place named only when the article names no other place at all
 * (guideline: places exclude buildings unless nothing else names a place).
 */
function venuesOnlyWithoutPlaces(lex: CompiledLexicon, mentions: Mention[]): void {
  const isVenue = (m: Mention) =>
    m.rule === 'place.venue' ||
    (!m.gazetteer && (!!longestMatch(lex.venueHeads, m.tokens, 0) || (m.tokens.length > 1 && lex.venueTails.has(m.tokens[m.tokens.length - 1]!.text))));
  const venues = mentions.filter((m) => !m.dropped && m.kind === 'place' && isVenue(m));
  if (!venues.length || !mentions.some((m) => !m.dropped && m.kind === 'place' && !isVenue(m))) return;
  for (const m of venues) {
    m.dropped = true;
    m.venue = true;
  }
}

/**
 * `Barcelona menjamu Valencia`: in an article about football (two or more sport words), a club
 * named by its city is the club; elsewhere it stays the city.
 */
function clubsInSportArticles(lex: CompiledLexicon, mentions: Mention[], sentences: WordToken[][]): void {
  let cues = 0;
  for (const tokens of sentences) {
    for (const t of tokens) if (lex.sportCues.has(t.text) && ++cues >= 2) break;
    if (cues >= 2) break;
  }
  if (cues < 2) return;
  // `Antonio Valencia`: a player's surname read alone stays the player.
  const inLongerNames = new Set<string>();
  for (const m of mentions) if (!m.dropped && m.kind === 'person' && m.tokens.length > 1) for (const t of m.tokens) inLongerNames.add(t.text);
  // `Hull` for `Hull City`, `Swansea` for `Swansea City`: the club the article also names in full.
  // (Not a word two clubs share: `Manchester` of United and City.)
  const fullClubs = new Map<string, GazetteerValue | undefined>();
  for (const m of mentions) {
    if (m.dropped || m.kind !== 'org' || !m.gazetteer || m.tokens.length < 2) continue;
    const w = m.tokens[0]!.text;
    fullClubs.set(w, fullClubs.has(w) && fullClubs.get(w)?.entry !== m.gazetteer.entry ? undefined : m.gazetteer);
  }
  for (const m of mentions) {
    if (m.dropped || !lex.clubsNamedAsPlaces.has(m.text)) continue;
    if (m.kind === 'org') {
      if (!m.gazetteer) m.gazetteer = fullClubs.get(m.text);
      continue;
    }
    if (m.kind === 'person' && inLongerNames.has(m.text)) continue;
    // `Roma - Lazio menang ...`: the dateline is the city.
    const next = sentences[m.sentence]![m.first + 1]?.text ?? '';
    if (m.first === 0 && /^[-–—,]$/.test(next)) continue;
    m.kind = 'org';
    m.rule = 'org.club';
    m.gazetteer = fullClubs.get(m.text);
  }
}

/** Steps back over a list of capitalised titles (`lagu A, B dan C`) to the word before it. */
function cueBefore(lex: CompiledLexicon, model: TaggerModel | null, tokens: readonly WordToken[], first: number, end: number): string | null {
  // Across a comma only when the phrase itself ends a list item (`lagu A, B dan C.`), not when
  // a clause follows (`album X, Agnez banyak ...`: Agnez is the subject).
  const after = tokens[end]?.text;
  const endsItem = after === undefined || [',', '.', 'dan', 'serta', ')', ';', '!', '?'].includes(after);
  for (let k = first - 1, seen = 0; k >= 0 && seen < 16; k--, seen++) {
    // (A sentence's first word is capitalised: `Film Baby Driver ...`; not a given name: `Novel`.)
    const w = k === 0 && !model?.names.has(tokens[k]!.text) ? tokens[k]!.text.toLowerCase() : tokens[k]!.text;
    if (lex.workCues.has(w) || lex.groupCues.has(w) || lex.productCues.has(w) || lex.bandCues.has(w)) {
      // `balap motor, Pierro Taramasso`: a comma right after the cue ends the cue's phrase.
      return tokens[k + 1]?.text === ',' ? null : w;
    }
    if (w === ',' && !endsItem) return null;
    const inList = isCapitalised(w) || w === ',' || w === 'dan' || w === 'serta' || w === '"' || w === '“' || w === '”' || w === "'" || lex.foreignFunctionWords.has(w) || /^\p{N}+$/u.test(w);
    if (!inList) return null;
  }
  return null;
}

/** `negara bagian X`, `Kota Kecil X`: one or two words before the name form a noun of a place kind. */
function afterPlaceNoun(lex: CompiledLexicon, tokens: readonly WordToken[], first: number): boolean {
  const one = tokens[first - 1]?.text.toLowerCase();
  if (one === undefined) return false;
  if (lex.placeNouns.has(one) && !isCapitalised(tokens[first - 1]!.text)) return true;
  const two = tokens[first - 2] ? `${tokens[first - 2]!.text.toLowerCase()} ${one}` : '';
  return two !== '' && lex.placeNouns.has(two);
}

/** `The Six Strings`, `Sound of Mine`, `Soul on Fire`: a foreign function word in or next to the phrase. */
function foreignTitle(lex: CompiledLexicon, tokens: readonly WordToken[], m: Mention): boolean {
  if (m.tokens.some((t) => lex.foreignFunctionWords.has(t.text))) return true;
  const before = tokens[m.first - 1];
  const after = tokens[m.first + m.tokens.length];
  const afterNext = tokens[m.first + m.tokens.length + 1];
  if (before && lex.foreignFunctionWords.has(before.text) && isCapitalised(before.text)) return true;
  if (before && lex.foreignFunctionWords.has(before.text) && m.first >= 2 && isCapitalised(tokens[m.first - 2]!.text)) return true;
  return !!after && lex.foreignFunctionWords.has(after.text) && !!afterNext && isCapitalised(afterNext.text);
}

/** Mentions keep() found to name events: their short forms in brackets name the event too. */
const events = new WeakSet<Mention>();

function keep(lex: CompiledLexicon, model: TaggerModel | null, m: Mention, sentences: WordToken[][]): boolean {
  if (lex.notOrganisations.has(m.text)) return false;
  // `ke Ibu Kota`: a description of the place, not its name.
  if (m.kind === 'place' && lex.descriptivePlaceNames.has(m.text)) return false;
  // `dari Rp 108`: an amount is never a name.
  if (lex.currencies.has(m.tokens[0]!.text)) return false;
  if (m.kind === 'place' && m.tier >= 2 && m.tokens.some((t) => /^[\p{N}.,]+$/u.test(t.text))) return false;
  const tokensOf = sentences[m.sentence]!;
  // `US$ 250`: a country code written onto a currency sign is the currency's.
  const next = tokensOf[m.first + m.tokens.length];
  if (next && next.start === m.end && lex.currencies.has(m.text + next.text)) return false;
  // `dolar AS`, `yen Jepang`: the place after a currency noun names the currency.
  if (m.kind === 'place' && m.first > 0 && lex.currencyNouns.has(tokensOf[m.first - 1]!.text)) return false;
  // `DPRD Provinsi`, `Organisasi Kemasyarakatan`: a head word and level words name a kind of body.
  if (m.kind === 'org' && m.tokens.length > 1 && isEntry(lex.organisationHeads, m.tokens[0]!.text) && m.tokens.slice(1).every((t) => lex.genericBodyWords.has(t.text))) return false;
  // `lagu Rindu Selatan`, `film The Martian`: the tagger's organisation after a work cue is the title.
  if (!m.gazetteer && m.rule === 'org.tagger' && lex.workCues.has(cueBefore(lex, model, sentences[m.sentence]!, m.first, m.first + m.tokens.length) ?? '')) return false;
  // `Die Roten`, `Los Rojiblancos`: a club's nickname or a paper's title, no person.
  if (m.kind === 'person' && !m.gazetteer && m.tier >= 2 && m.tokens.length > 1 && lex.foreignArticles.has(m.tokens[0]!.text)) return false;
  if (!m.gazetteer && m.tier >= 2 && m.kind !== 'org') {
    const tokens = sentences[m.sentence]!;
    const cue = cueBefore(lex, model, tokens, m.first, m.first + m.tokens.length);
    const allGivenNames = m.tokens.every((t) => model?.names.has(t.text));
    // `grup band Gugun Blues Shelter`, `klub Persegres`: a group's name; right after `band` even
    // when its words are given names (`grup band Gigi`; not `boyband BIGBANG, Taeyang`).
    const bandRightBefore = !!cue && lex.bandCues.has(cue) && tokens[m.first - 1]?.text.toLowerCase() === cue;
    // (`boyband BIGBANG, Taeyang, ...`: a name set off by commas after a band is its member.)
    const member = !!cue && lex.bandCues.has(cue) && tokens[m.first - 1]?.text === ',' && tokens[m.first + m.tokens.length]?.text === ',';
    if (cue && ((lex.groupCues.has(cue) && !allGivenNames && !member) || (bandRightBefore && m.kind === 'person'))) {
      m.kind = 'org';
      m.rule = 'org.group-cue';
      for (const d of m.defines) d.kind = 'org'; // `(GBS)`: the band's short form
    }
    // `lagu Solid Ground`, `album Hitam Membiru`: the title of a work.
    else if (cue && lex.workCues.has(cue)) return false;
    // `mobil Fortuner`, `karakter Iron Man`: a product or a character (not `mobil Alonso`).
    else if (cue && lex.productCues.has(cue) && !allGivenNames) return false;
    // `negara bagian Minas Gerais`, `Kota Kecil Khan Sheikhoun`: a place after a place noun.
    else if (m.kind === 'person' && m.rule === 'person.tagger' && afterPlaceNoun(lex, tokens, m.first)) {
      m.kind = 'place';
      m.rule = 'place.place-noun';
      for (const d of m.defines) d.kind = 'place';
    }
    // `The Six Strings`, `Soul on Fire`: an English title, not an Indonesian personal name.
    else if (foreignTitle(lex, tokens, m)) return false;
  }
  // `GP Australia`, `Piala Super Spanyol`, `Liga Inggris`: the place names the event, not a place
  // the article speaks of.
  if (m.kind === 'place') {
    const tokens = sentences[m.sentence]!;
    if (!m.gazetteer && longestMatch(lex.eventPlaceHeads, m.tokens, 0)) return false;
    for (let k = m.first - 1; k >= 0 && k >= m.first - 3 && isCapitalised(tokens[k]!.text); k--) if (longestMatch(lex.eventPlaceHeads, tokens, k)) return false;
  }
  // `Kombes` alone: a rank the tagger read as a body.
  if (m.kind === 'org' && m.tier >= 2 && longestMatch(lex.titles, m.tokens, 0)?.end === m.tokens.length) return false;
  // `Rogers Cup`, `Piala Presiden`, `Bali Blues Festival`: an event (the tagger's or a weak rule's reading).
  if (!m.gazetteer && m.tier >= 2 && (lex.eventTails.has(m.tokens[m.tokens.length - 1]!.text) || longestMatch(lex.eventHeads, m.tokens, 0))) {
    events.add(m);
    return false;
  }
  if (!/\p{L}/u.test(m.text) || /^[IVX]+$/.test(m.text)) return false;
  if (m.tokens.every((t) => lex.degrees.has(t.text) || !/\p{L}/u.test(t.text))) return false;
  if (!/\p{Lu}/u.test(m.text) && !m.gazetteer) return false;
  const tokens = sentences[m.sentence]!;
  const after = tokens[m.first + m.tokens.length];
  // `TikTok Shop`: the company's product, not the company.
  if (m.kind === 'org' && after && lex.productWords.has(after.text)) return false;
  if (m.kind === 'org' && m.tokens.length > 1 && lex.productWords.has(m.tokens[m.tokens.length - 1]!.text)) return false;
  // `Shop` of `TikTok Shop` read on its own: a product word after a name is not a name.
  const before = tokens[m.first - 1];
  if (lex.productWords.has(m.tokens[0]!.text) && before && isCapitalised(before.text)) return false;
  if (m.tokens.length === 1) {
    const w = m.tokens[0]!;
    if (lex.ambiguous.has(w.text)) return false;
    // A common word capitalised (sentence start, headline, emphasis) is not a name on its own.
    if (m.tier >= 2 && commonWord(model, w.text)) return false;
    if (m.tier >= 2 && (longestMatch(lex.organisationHeads, m.tokens, 0) || longestMatch(lex.placeHeads, m.tokens, 0))) return false;
    if (m.kind === 'person' && !/\p{Ll}/u.test(w.text) && m.rule !== 'person.definition' && !m.gazetteer) return false;
  }
  // `Hana Bank`, `Sinar Group`: a tagger's person or place that ends in an organisation word.
  if (m.kind !== 'org' && m.tier >= 2 && m.tokens.length > 1) {
    const last = m.tokens[m.tokens.length - 1]!.text;
    if (lex.organisationSuffixes.has(last) && last !== 'Indonesia') m.kind = 'org';
    else if (isEntry(lex.organisationHeads, last)) m.kind = 'org';
  }
  return true;
}

interface BodyForms {
  /** Word keys of the body's mentions, and the words inside them. */
  keys: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

function bodyForms(body: readonly Mention[]): BodyForms {
  const keys = new Set<string>();
  const words = new Set<string>();
  for (const b of body) {
    keys.add(wordKey(b.text));
    for (const t of b.tokens) words.add(t.text);
  }
  return { keys, words };
}

/** Headline words are Title Case: keep a headline mention only when the body confirms it. */
function keepHeadline(model: TaggerModel | null, m: Mention, body: BodyForms): boolean {
  if (body.keys.has(wordKey(m.text)) || body.words.has(m.text)) return true;
  return m.tier === 1 && !!m.gazetteer && !m.gazetteer.minor && !(m.tokens.length === 1 && commonWord(model, m.text));
}

interface Grouped {
  kind: EntityKind;
  name: string;
  rule: string;
  aliases: string[];
  mentions: Mention[];
  roles: string[];
}

function groupMentions(lex: CompiledLexicon, mentions: Mention[], sentences: WordToken[][]): Grouped[] {
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const index = new Map(mentions.map((m, i) => [m, i]));

  // A bare word that is part of a person's longer name is that person (tagger slips: `Teten` as LOC).
  const personWords = new Set<string>();
  for (const m of mentions) if (m.kind === 'person' && m.tokens.length > 1) for (const t of m.tokens) personWords.add(t.text);
  for (const m of mentions) {
    if (m.kind !== 'person' && m.tier >= 2 && m.tokens.length === 1 && personWords.has(m.text)) m.kind = 'person';
  }

  const byKey = new Map<string, number>();
  const joinKey = (key: string, i: number) => {
    const prev = byKey.get(key);
    if (prev === undefined) byKey.set(key, i);
    else union(prev, i);
  };
  mentions.forEach((m, i) => {
    joinKey(`${m.kind}:text:${wordKey(m.text)}`, i);
    if (m.plainName) joinKey(`${m.kind}:text:${wordKey(m.plainName)}`, i);
    if (m.gazetteer && m.gazetteer.kind === m.kind) joinKey(`${m.kind}:gaz:${m.gazetteer.entry}`, i);
    for (const d of m.defines) {
      const j = index.get(d);
      if (j !== undefined) union(i, j);
    }
    // `PT Indofarma Tbk` and `PT Indofarma`: a company's name with and without its legal form.
    if (m.kind === 'org' && m.tokens.length > 1) {
      let end = m.tokens.length;
      while (end > 1 && (lex.legalForms.has(m.tokens[end - 1]!.text) || m.tokens[end - 1]!.text === '(' || m.tokens[end - 1]!.text === ')')) end--;
      if (end < m.tokens.length) joinKey(`org:text:${wordKey(m.tokens.slice(0, end).map((t) => t.text).join(' '))}`, i);
    }
    // `Kabupaten Poso` and `Poso`, `Partai Golkar` and `Golkar`: the name after its head word.
    const heads = m.kind === 'place' ? lex.placeHeads : m.kind === 'org' ? lex.organisationHeads : null;
    if (heads && m.tokens.length > 1) {
      const h = longestMatch(heads, m.tokens, 0);
      // (Not when the rest is a body of its own: `Ditlantas Polda Metro Jaya` is not `Polda Metro Jaya`.)
      if (h && h.end < m.tokens.length && !(m.kind === 'org' && longestMatch(heads, m.tokens, h.end))) {
        const rest = m.tokens.slice(h.end).map((t) => t.text).join(' ');
        joinKey(`${m.kind}:text:${wordKey(rest)}`, i);
      }
    }
  });

  // Acronyms of organisation names given in full elsewhere (`PT Sawit Jaya Abadi` … `SJA`).
  const initialsOf = (m: Mention) =>
    m.tokens
      .filter((t) => isCapitalised(t.text) && !isEntry(lex.organisationHeads, t.text))
      .map((t) => t.text[0])
      .join('');
  const byInitials = new Map<string, number>();
  mentions.forEach((b, j) => {
    if (b.kind === 'org' && b.tokens.length > 1) {
      const key = initialsOf(b);
      if (!byInitials.has(key)) byInitials.set(key, j);
    }
  });
  mentions.forEach((a, i) => {
    if (a.kind !== 'org' || a.tokens.length !== 1 || !isAcronymLike(a.text)) return;
    const j = byInitials.get(a.text);
    if (j !== undefined) union(i, j);
  });

  // People: a shorter form joins the fullest name that contains it (`Anggini` → `Anggini Setiawan`).
  const people = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === 'person');
  const fullNamesByWord = new Map<string, { m: Mention; i: number }[]>();
  for (const p of people) {
    if (p.m.tokens.length < 2) continue;
    for (const t of new Set(p.m.tokens.map((x) => x.text))) {
      const list = fullNamesByWord.get(t) ?? [];
      if (list.length < 50) list.push(p); // bounded: a word shared by very many names decides little
      fullNamesByWord.set(t, list);
    }
  }
  for (const { m, i } of people) {
    const words = m.tokens.map((t) => t.text);
    let best: number | null = null;
    for (const { m: full, i: j } of fullNamesByWord.get(words[0]!) ?? []) {
      if (full.tokens.length <= words.length) continue;
      const fw = full.tokens.map((t) => t.text);
      const at = fw.findIndex((_, k) => words.every((w, x) => fw[k + x] === w));
      if (at < 0) continue;
      // The closest earlier full name wins; else the first later one.
      if (best === null || (full.start < m.start && (mentions[best]!.start > m.start || full.start > mentions[best]!.start))) best = j;
    }
    if (best !== null) union(i, best);
  }

  // A misspelt short form (`Ghalib` for `Ghalieb Lahidjun`): one edit away from a word of a full name.
  const groupSize = new Map<number, number>();
  for (const { i } of people) groupSize.set(find(i), (groupSize.get(find(i)) ?? 0) + 1);
  // Bounded work: on very long texts (many thousands of names) this heuristic is skipped.
  for (const { m, i } of people.length <= 2000 ? people : []) {
    if (m.tokens.length !== 1 || m.text.length < 5) continue;
    if ((groupSize.get(find(i)) ?? 0) > 1) continue;
    let hit: { m: Mention; i: number } | undefined;
    for (const [word, list] of fullNamesByWord) {
      if (word[0] === m.text[0] && oneEditApart(word, m.text)) {
        hit = list[0];
        break;
      }
    }
    if (hit) union(i, hit.i);
  }

  // A short call name (`Enggar` for `Enggartiasto Lukita`, `Sandi` for `Sandiaga Uno`): the start
  // of the first word of exactly one full name.
  const withFullName = new Set(people.filter(({ m }) => m.tokens.length > 1).map(({ i }) => find(i)));
  // The first words of full names (not hyphenated), each with its last full name, sorted: the
  // words a short form begins are one run of the sorted list (no scan of all names per short form).
  const lastFullNameByFirstWord = new Map<string, number>();
  for (const { m: full, i: j } of people) {
    const w = full.tokens[0]!.text;
    if (full.tokens.length >= 2 && !w.includes('-')) lastFullNameByFirstWord.set(w, j);
  }
  const firstWords = [...lastFullNameByFirstWord.keys()].sort();
  for (const { m, i } of people) {
    if (m.tokens.length !== 1 || m.text.length < 4 || withFullName.has(find(i))) continue;
    let at = firstNotBefore(firstWords.length, (k) => firstWords[k]! < m.text);
    if (firstWords[at] === m.text) at++; // a first word as short as the call name is not a longer one
    const word = firstWords[at];
    if (word === undefined || !word.startsWith(m.text)) continue;
    if (firstWords[at + 1]?.startsWith(m.text)) continue; // two full names begin with it
    union(i, lastFullNameByFirstWord.get(word)!);
  }

  // Tokens inside people's names: a role read backwards from a name stops at another person.
  const personTokens = new Set<string>();
  for (const m of mentions) if (m.kind === 'person') for (let k = 0; k < m.tokens.length; k++) personTokens.add(`${m.sentence}:${m.first + k}`);

  const groups = new Map<number, Mention[]>();
  mentions.forEach((m, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(m);
    groups.set(r, g);
  });
  const out: Grouped[] = [];
  for (const ms of groups.values()) {
    const kind = majorityKind(ms);
    const forms: string[] = [];
    for (const m of ms) if (!forms.includes(m.text)) forms.push(m.text);
    const name = canonicalName(lex, kind, ms);
    const namer = ms.find((m) => m.text === name) ?? ms[0]!;
    out.push({
      kind,
      name,
      rule: namer.rule,
      aliases: forms.filter((f) => f !== name),
      mentions: ms,
      roles: kind === 'person' ? rolesOf(lex, ms, sentences, personTokens) : [],
    });
  }
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** True when b is a with one letter inserted, deleted or replaced. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x === y;
  return tail(a.slice(i + 1), b.slice(i + 1)) || tail(a.slice(i + 1), b.slice(i)) || tail(a.slice(i), b.slice(i + 1));
}

function majorityKind(ms: Mention[]): EntityKind {
  const score: Record<EntityKind, number> = { org: 0, person: 0, place: 0 };
  for (const m of ms) score[m.kind] += m.tier === 1 ? 3 : 1;
  return (Object.keys(score) as EntityKind[]).reduce((a, b) => (score[b] > score[a] ? b : a));
}

/** The fullest form in the article; a well-known acronym alone is spelled out from the gazetteer. */
function canonicalName(lex: CompiledLexicon, kind: EntityKind, ms: Mention[]): string {
  // Longest; on a tie the form in ordinary case (`Jakarta` over the dateline's `JAKARTA`).
  const shouting = (m: Mention) => m.tokens.length > 0 && !/\p{Ll}/u.test(m.text) && m.text.length > 4;
  const best = ms.reduce((a, b) =>
    b.tokens.length > a.tokens.length ||
    (b.tokens.length === a.tokens.length && (b.text.length > a.text.length || (b.text.length === a.text.length && shouting(a) && !shouting(b))))
      ? b
      : a,
  );
  if (kind === 'org' && best.tokens.length === 1) {
    const g = ms.find((m) => m.gazetteer?.kind === 'org')?.gazetteer;
    if (g) return g.canonical;
  }
  // `Tanah Air` and `Indonesia`: a gazetteer's canonical form beats a longer alias that is not
  // an extension of it (`Kabupaten Poso` still beats `Poso`).
  const g = ms.find((m) => m.gazetteer?.kind === kind)?.gazetteer;
  // (`Arsenal` and `The Gunners`: the club's name beats its longer nickname.)
  if (g && kind !== 'person' && !best.text.includes(g.canonical) && ms.some((m) => m.text === g.canonical)) return g.canonical;
  if (kind === 'person' && best.tokens.length === 1) {
    const g = ms.find((m) => m.gazetteer?.kind === 'person')?.gazetteer;
    if (g && ms.some((m) => m.text === g.canonical)) return g.canonical;
  }
  return best.text;
}

/** Positions written right before a person's name (`Menteri Pertanian Amran`) or in brackets after it. */
function rolesOf(lex: CompiledLexicon, ms: Mention[], sentences: WordToken[][], personTokens: ReadonlySet<string>): string[] {
  const roles: string[] = [];
  for (const m of ms) {
    const tokens = sentences[m.sentence]!;
    let end = m.first;
    // Titles right before the name are not roles (`Ajun Komisaris Roland`, `Irjen Pol. Rudy`).
    for (let moved = true; moved; ) {
      moved = false;
      for (let k = Math.max(0, end - 4); k < end; k++) {
        if (longestMatch(lex.titles, tokens, k)?.end === end) {
          end = k;
          moved = true;
          break;
        }
      }
    }
    if (tokens[end - 1]?.text === ',') end--;
    let from = -1;
    for (let k = end - 1; k >= 0 && end - k <= 14; k--) {
      const w = tokens[k]!.text;
      if (/^[.;:!?"“”()]$/.test(w) || (w === ',' && k !== end) || personTokens.has(`${m.sentence}:${k}`)) break;
      if (longestMatch(lex.positions, tokens, k)) from = k;
    }
    let role = from >= 0 ? tokens.slice(from, end).map((t) => t.text) : [];
    const after = m.first + m.tokens.length;
    if (!role.length && tokens[after]?.text === '(' && longestMatch(lex.positions, tokens, after + 1)) {
      let close = after + 1;
      while (close < tokens.length && tokens[close]!.text !== ')' && close - after < 8) close++;
      if (tokens[close]?.text === ')') role = tokens.slice(after + 1, close).map((t) => t.text);
    }
    if (!role.length) continue;
    const first = tokens[from >= 0 ? from : after + 1]!;
    const last = tokens[from >= 0 ? end - 1 : after + role.length]!;
    const text = sentences.length ? (first && last ? sliceText(first, last, tokens) : role.join(' ')) : role.join(' ');
    if (!roles.includes(text)) roles.push(text);
  }
  return roles;
}

function sliceText(first: WordToken, last: WordToken, tokens: WordToken[]): string {
  // Rebuild the role from its tokens with the original spacing (tokens are contiguous in the text).
  let out = '';
  let prevEnd = -1;
  for (const t of tokens) {
    if (t.start < first.start || t.end > last.end) continue;
    if (prevEnd >= 0) out += t.start > prevEnd ? ' ' : '';
    out += t.text;
    prevEnd = t.end;
  }
  return out;
}

