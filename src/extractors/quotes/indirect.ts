// Indirect quotations: reported speech without marks, one per sentence at most, found from
// the first cue of the sentence (outside quotation marks):
//   `X mengatakan(,) (bahwa) CLAUSE`      reporting verb after its subject
//   `Menurut X, CLAUSE` / `Menurutnya …`  source first
//   `Masih kata X, CLAUSE` / `Kata X, …`  post-cue first
//   `…, lanjut dia, CLAUSE`               post-cue in mid-sentence: the part after it
//   `CLAUSE, kata X.`                     post-cue last: the part before it
// The reported text runs to the end of the sentence, without the final full stop and without
// a leading complementiser (`bahwa`, `agar`, `untuk`).
import type { ArticleDoc, Sentence } from '../../engine/document.js';
import type { Attribution } from './attribution.js';
import { makeQuote } from './direct.js';
import { postCueBase } from './lexicon.js';
import { datelineEnd, phraseAfter, phraseBefore, type PhraseReader, type SpeakerPhrase } from './phrases.js';

const MIN_CLAUSE_WORDS = 3;
// `JAKARTA -`, `NEW YORK, JUARA.NET -`, `Gorontalo (ANTARA News) -`: capitals or a place with an
// agency in brackets, then a dash and a space.
const DATELINE = /^(?:\p{Lu}{2,}[\p{Lu}\p{N} ,.]{0,30}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \([^)]{2,30}\))\s?[-–—]{1,2}\s+/u;

/** The start of a clause past a dateline that opens its paragraph (`Jakarta, CNN Indonesia-- …`). */
function afterDateline(doc: ArticleDoc, r: PhraseReader, a: number, b: number): number {
  const para = doc.paragraphAt(a);
  if (para && para.start === a) {
    const end = datelineEnd(r, r.wi.at(a));
    if (end > a && end < b) return end;
  }
  const dateline = DATELINE.exec(doc.text.slice(a, Math.min(b, a + 60)));
  return dateline ? a + dateline[0].length : a;
}
// Words that may open a sentence before a first-position cue (`Dan kata dia, …`).
const CONNECTIVES = new Set(['dan', 'namun', 'tetapi', 'tapi', 'sementara', 'itu', 'lalu', 'kemudian', 'adapun', 'selain', 'masih', 'pun', 'and', 'but']);

type Frame = 'verb' | 'according-to' | 'cue-first' | 'mid-cue' | 'post-cue';

interface Found {
  frame: Frame;
  cue: [number, number];
  phrase: SpeakerPhrase;
  clauseStart: number;
  clauseEnd: number;
  /** A second report without a subject of its own (`… dan juga membantah …`). */
  continues?: boolean;
}

/** Sentence stretches outside quotation marks: the part of each sentence before and after any
 *  quotation it holds. `quoted` is sorted by start. */
export function narrationSegments(doc: ArticleDoc, sentences: readonly Sentence[], quoted: readonly [number, number][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  let qi = 0;
  for (const s of sentences) {
    if (doc.paragraphs[s.paragraph]?.kind !== 'content') continue;
    while (qi < quoted.length && quoted[qi]![1] <= s.start) qi++;
    let from = s.start;
    let afterQuote = false;
    let k = qi;
    while (k < quoted.length && quoted[k]![0] < s.end) {
      const [a, b] = quoted[k]!;
      if (a > from && !afterQuote) out.push([from, a, s.paragraph]);
      from = Math.max(from, b);
      // What follows a quotation in its sentence is its attribution (`"…," kata X, di Jakarta`).
      afterQuote = true;
      k++;
    }
    if (from < s.end && !afterQuote) out.push([from, s.end, s.paragraph]);
  }
  return out;
}

/** The indirect quotations of one narration segment: the first cue's report and, where a
 *  conjunction joins a second reporting verb to it (`X menjelaskan A, namun ia memastikan B`,
 *  `membantah A dan juga membantah B`), the second report too; each clause ends where the next
 *  report begins. */
export function indirectQuotes(doc: ArticleDoc, r: PhraseReader, code: string, seg: [number, number, number]): Attribution[] {
  const out: Attribution[] = [];
  let found = findCue(r, seg[0], seg[1]);
  // Bounded: each next report starts past the previous one's cue.
  for (let n = 0; found && n < 4; n++) {
    const second = found.frame === 'post-cue' ? null : secondReport(r, found, seg[1]);
    if (second) found = { ...found, clauseEnd: second.at };
    const a = attributionOf(doc, r, code, seg, found);
    if (a) out.push(a);
    found = second ? second.found : null;
  }
  return out;
}

/** A second report joined to the clause of `found` by a conjunction (`reportCoordinators`):
 *  the conjunction, fillers (`juga`), a pronoun subject or none (the same source goes on), then a
 *  reporting verb that takes the rest as its clause. `at` is where the first clause ends. */
function secondReport(r: PhraseReader, found: Found, e: number): { at: number; found: Found } | null {
  const { wi, c } = r;
  if (c.reportCoordinators.size === 0) return null;
  const from = wi.at(found.clauseStart);
  let b = wi.at(e);
  while (b > from && wi.get(b - 1)!.end > e) b--;
  // The first clause keeps at least a few words.
  // Whether the words read so far hold a report of their own, kept as the scan goes (linear).
  let inner = false;
  for (let k = from + 1; k < b - 2; k++) {
    const w = wi.get(k)!;
    if (k > from + 1 && reportsAt(r, k - 1)) inner = true;
    if (k < from + MIN_CLAUSE_WORDS || !w.word || w.cap || !c.reportCoordinators.has(w.lower)) continue;
    let m = k + 1;
    while (m < b && m < k + 3 && wi.get(m)!.word && !wi.get(m)!.cap && c.fillers.has(wi.get(m)!.lower) && !c.pronouns.has(wi.get(m)!.lower)) m++;
    const pronoun = wi.get(m);
    const hasPronoun = !!pronoun && pronoun.word && c.pronouns.has(pronoun.lower) && !c.groupPronouns.has(pronoun.lower);
    let v = hasPronoun ? m + 1 : m;
    while (hasPronoun && v < b && v < m + 3 && wi.get(v)!.word && !wi.get(v)!.cap && c.fillers.has(wi.get(v)!.lower)) v++;
    const verb = wi.get(v);
    if (!verb || v >= b || !verb.word || verb.cap || !(c.clauseVerbs.has(verb.lower) || c.objectVerbs.has(verb.lower))) continue;
    // `Ade mengatakan LBH Pers mendesak A dan mendesak B`: where the first clause holds a report
    // of its own (a subject and a reporting verb), a verb without a subject goes on with that one.
    if (!hasPronoun && inner) continue;
    const given: SpeakerPhrase | undefined = hasPronoun ? undefined : { kind: 'pronoun', mention: [v, v], name: null, role: null, next: v + 1 };
    const next = tryVerb(r, v, hasPronoun ? m : k + 1, b, e, given);
    if (!next || next.frame !== 'verb') continue;
    return { at: (wi.get(k - 1)!.text === ',' ? wi.get(k - 1)! : w).start, found: hasPronoun ? next : { ...next, continues: true } };
  }
  return null;
}

/** Word k is a reporting verb after a word that can be its subject (a name, a pronoun, a noun;
 *  not a circumstance word, a filler, a complementiser or an auxiliary). */
function reportsAt(r: PhraseReader, k: number): boolean {
  const { wi, c } = r;
  const w = wi.get(k)!;
  if (!w.word || w.cap || !(c.clauseVerbs.has(w.lower) || c.objectVerbs.has(w.lower))) return false;
  const p = wi.get(k - 1)!;
  return p.word && (p.cap || c.pronouns.has(p.lower) || !(c.stops.has(p.lower) || c.fillers.has(p.lower) || c.complementisers.has(p.lower) || c.clauseOpeners.has(p.lower)));
}

function attributionOf(doc: ArticleDoc, r: PhraseReader, code: string, seg: [number, number, number], found: Found): Attribution | null {
  const { text } = doc;
  const { wi, c } = r;
  let a = found.clauseStart;
  let b = found.clauseEnd;
  while (a < b && /[\s,:;]/.test(text[a]!)) a++;
  // A leading complementiser is not part of the reported words.
  const first = wi.get(wi.at(a));
  if (first && first.start === a && first.word && c.complementisers.has(first.lower)) {
    a = first.end;
    while (a < b && /\s/.test(text[a]!)) a++;
  }
  // A dateline before a clause that opens the article (`JAKARTA - …`, `Gorontalo (ANTARA) -`).
  a = afterDateline(doc, r, a, b);
  // `…, seperti dikutip Xinhua`: the credit to an outlet is not part of the reported words.
  let cite = citationStart(r, wi.at(a), wi.before(b) + 1);
  // `…, demikian sebagaimana dikutip dari AFP`: the closing `demikian` goes with the credit.
  while (cite > wi.at(a) && c.cueLeaders.has(wi.get(cite - 1)!.lower)) cite--;
  if (cite > 0) b = wi.get(cite)!.start;
  while (b > a && /[\s.]/.test(text[b - 1]!)) b--;
  while (b > a && /[\s,;:]/.test(text[b - 1]!)) b--;
  const clause = text.slice(a, b);
  if (clause.split(/\s+/).filter((x) => /[\p{L}\p{N}]/u.test(x)).length < MIN_CLAUSE_WORDS) return null;
  const quote = makeQuote(doc, `${code}.quote.indirect-${found.frame}`, 'indirect', clause, a, b, found.cue);
  const p = found.phrase;
  const toRange = (w: [number, number] | null): [number, number] | null => (w ? [wi.get(w[0])!.start, wi.get(w[1] - 1)!.end] : null);
  // `… dan juga membantah B`: no subject of its own; the source of the report before goes on.
  if (found.continues) return { quote, kind: 'continuation', mention: null, name: null, role: null, position: found.cue[0], paragraph: seg[2], start: a, end: b };
  return {
    quote,
    kind: p.kind,
    mention: toRange(p.mention),
    name: toRange(p.name),
    role: toRange(p.role),
    position: found.cue[0],
    paragraph: seg[2],
    start: a,
    end: b,
  };
}

function findCue(r: PhraseReader, s: number, e: number): Found | null {
  const { wi } = r;
  const a = wi.at(s);
  let b = wi.at(e);
  while (b > a && wi.get(b - 1)!.end > e) b--;
  if (b - a < 4) return null;
  for (let k = a; k < b; k++) {
    const w = wi.get(k)!;
    if (!w.word) continue;
    const found = tryAccordingTo(r, k, a, b, e) ?? tryPostCue(r, k, a, b, e) ?? tryVerb(r, k, a, b, e);
    // `Reuters melaporkan, …`, `Menurut The Guardian, …`: a medium cited, not a speaker (guideline);
    // a later cue of the sentence may still name one (`AFP melaporkan, Menteri X mengatakan …`).
    if (found && !namesOutlet(r, found.phrase)) return found;
  }
  return null;
}

/** The speaker phrase is a news outlet (`Reuters`, `kantor berita Xinhua`, `AS.com`). */
export function namesOutlet(r: PhraseReader, p: SpeakerPhrase): boolean {
  const { wi, c } = r;
  const range = p.name ?? p.mention;
  let k = range[0];
  while (k < range[1] && wi.get(k)!.word && !wi.get(k)!.cap) k++;
  if (k >= range[1]) return false;
  if (range[1] - k === 1 && wi.get(k)!.domain) return true;
  return c.newsOutlets.some((seq) => seq.length === range[1] - k && seq.every((x, j) => wi.get(k + j)!.text === x));
}

/** Where a media citation closing the clause begins (`…, seperti dikutip Xinhua`), or -1: after a
 *  comma or opened by `seperti`/`sebagaimana`, and followed by a few words only. */
function citationStart(r: PhraseReader, from: number, to: number): number {
  const { wi, c } = r;
  for (let k = from + 1; k < to; k++) {
    const w = wi.get(k)!;
    if (!w.word || w.cap) continue;
    for (const seq of c.mediaCitations) {
      if (!wi.matchesAt(seq, k)) continue;
      const rest = to - (k + seq.length);
      const marked = wi.get(k - 1)!.text === ',' || seq.length > 1;
      if (marked && rest >= 1 && rest <= 8 && isWordCapAt(r, k + seq.length)) return k;
    }
  }
  return -1;
}

function isWordCapAt(r: PhraseReader, k: number): boolean {
  const w = r.wi.get(k);
  if (!w) return false;
  // `dilansir dari Detik`, `dikutip laman PageSix`: a preposition or a medium noun before the name.
  if (w.word && !w.cap) return !!r.wi.get(k + 1)?.cap;
  return w.word && w.cap;
}

function onlyConnectives(r: PhraseReader, a: number, k: number): boolean {
  if (k - a > 3) return false;
  for (let m = a; m < k; m++) {
    const w = r.wi.get(m)!;
    if (w.text === ',') continue;
    if (!w.word || !(CONNECTIVES.has(w.lower) || r.c.cueLeaders.has(w.lower))) return false;
  }
  return true;
}

function clauseAfterPhrase(r: PhraseReader, k: number, phrase: SpeakerPhrase, a: number, b: number, e: number, cue: [number, number], frame: Frame): Found | null {
  const { wi, c } = r;
  const next = wi.get(phrase.next);
  // `…, lanjut dia, CLAUSE` is mid-sentence; `Masih kata X, CLAUSE` opens its sentence.
  // The comma before the cue, over a cue leader (`…, demikian dikatakan X`).
  let comma = k - 1;
  if (wi.get(comma)?.word && c.cueLeaders.has(wi.get(comma)!.lower) && wi.get(comma - 1)?.text === ',') comma--;
  const first = frame === 'according-to' ? 'according-to' : wi.get(comma)?.text === ',' && comma >= a ? 'mid-cue' : 'cue-first';
  // `CLAUSE, menurut polisi, yang menggeledah …`: a relative clause about the source after the
  // cue; the reported words are the ones before it.
  const relative = next && next.text === ',' && c.relativisers.has(wi.get(phrase.next + 1)?.lower ?? '');
  if (relative && wi.get(comma)?.text === ',' && comma > a) {
    return { frame: frame === 'according-to' ? 'according-to' : 'post-cue', cue, phrase, clauseStart: wi.get(a)!.start, clauseEnd: wi.get(comma)!.start };
  }
  if (next && phrase.next < b && next.text === ',' && !relative) {
    const clauseStart = next.end;
    return { frame: first, cue, phrase, clauseStart, clauseEnd: e };
  }
  // `…, kata X kepada wartawan.` / `…, kata X di Jakarta, CLAUSE`: circumstances after the source.
  let ends = phrase.next >= b || (!!next && /^[.!?]$/.test(next.text));
  if (!ends && next && next.word && !next.cap && c.stops.has(next.lower)) {
    let m = phrase.next;
    while (m < b && wi.get(m)!.text !== ',') m++;
    if (m >= b - 1) ends = true;
    else if (first === 'mid-cue' || first === 'according-to') return { frame: first, cue, phrase, clauseStart: wi.get(m)!.end, clauseEnd: e };
  }
  if (ends) {
    // `CLAUSE, kata X.`: the clause is what comes before the cue.
    const prev = wi.get(comma);
    if (prev && prev.text === ',' && comma > a) {
      return { frame: frame === 'according-to' ? 'according-to' : 'post-cue', cue, phrase, clauseStart: wi.get(a)!.start, clauseEnd: prev.start };
    }
    return null;
  }
  if (phrase.kind === 'nya' || phrase.kind === 'pronoun') {
    // `Dikatakannya lagi, …`, `Katanya pula, …`: an adverb between the cue and its comma.
    const comma2 = wi.get(phrase.next + 1);
    if (next && next.word && !next.cap && (c.fillers.has(next.lower) || c.stops.has(next.lower)) && comma2?.text === ',' && phrase.next + 2 < b) {
      return { frame: first, cue, phrase, clauseStart: comma2.end, clauseEnd: e };
    }
    // `Namun, katanya beberapa negara …`, `Menurut dia titik temu …`
    if (next && next.word) return { frame: first, cue, phrase, clauseStart: next.start, clauseEnd: e };
  }
  // `Saat ini, kata Febri pihaknya masih …`: a mid-sentence cue whose name is followed, without a
  // comma, by the lower-case words of the clause.
  if (first === 'mid-cue' && phrase.kind === 'name' && c.plainCues.has(wi.get(k)!.lower) && next && next.word && !next.cap && !c.stops.has(next.lower) && frame !== 'according-to') {
    return { frame: first, cue, phrase, clauseStart: next.start, clauseEnd: e };
  }
  return null;
}

function tryAccordingTo(r: PhraseReader, k: number, a: number, b: number, e: number): Found | null {
  const { wi, c } = r;
  const w = wi.get(k)!;
  // `kekerasan yang menurut dia bisa mengancam …`: inside a relative clause the source qualifies
  // a noun of the sentence; the sentence is not what the source said.
  const before = wi.get(k - 1);
  if (k > a && before && before.word && c.relativisers.has(before.lower)) return null;
  if (c.suffix && c.accordingTo.some((seq) => seq.length === 1 && w.lower === seq[0] + c.suffix)) {
    const phrase: SpeakerPhrase = { kind: 'nya', mention: [k, k + 1], name: null, role: null, next: k + 1 };
    return clauseAfterPhrase(r, k, phrase, a, b, e, [w.start, w.end], 'according-to');
  }
  for (const seq of c.accordingTo) {
    let ok = true;
    for (let m = 0; m < seq.length; m++) {
      const x = wi.get(k + m);
      if (!x || x.lower !== seq[m]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const after = k + seq.length;
    const src = wi.get(after);
    if (!src || !src.word || c.notSpeakerSources.has(src.lower)) return null;
    const phrase = phraseAfter(r, after, e);
    if (!phrase) return null;
    const last = wi.get(k + seq.length - 1)!;
    return clauseAfterPhrase(r, k, phrase, a, b, e, [w.start, last.end], 'according-to');
  }
  return null;
}

function tryPostCue(r: PhraseReader, k: number, a: number, b: number, e: number): Found | null {
  const { wi, c } = r;
  const w = wi.get(k)!;
  // `Diakuinya, …`, `Dikatakannya, …`: a passive cue with the speaker suffix, the one named before.
  const passiveSuffixed = !!c.suffix && w.lower.endsWith(c.suffix) && c.passiveCues.has(w.lower.slice(0, -c.suffix.length));
  const passive = passiveSuffixed || c.passiveCues.has(w.lower);
  const cue = passiveSuffixed ? { base: w.lower.slice(0, -c.suffix!.length), suffixed: true } : passive ? { base: w.lower, suffixed: false } : postCueBase(c, w.lower);
  if (!cue) return null;
  let prev = wi.get(k - 1);
  const atStart = k === a || onlyConnectives(r, a, k);
  // `CLAUSE, demikian dikatakan X.`: a cue leader between the comma and the cue.
  if (prev && prev.word && c.cueLeaders.has(prev.lower) && k - 1 > a && wi.get(k - 2)!.text === ',') prev = wi.get(k - 2);
  const afterComma = !!prev && k > a && prev.text === ',';
  if (!atStart && !afterComma) return null;
  if (w.cap && !atStart) return null;
  // `Demikian disampaikannya usai menghadiri …`: a passive `-nya` cue before a circumstance closes
  // the report before it; `Dikatakannya lagi, …` (an adverb and a comma) opens one.
  const following = wi.get(k + 1);
  if (passiveSuffixed && following?.word && !following.cap && c.stops.has(following.lower) && wi.get(k + 2)?.text !== ',') return null;
  // `Ditambahkan oleh X, …`: the agent marker comes before the source.
  const after = passive && c.lex.agentMarker && wi.get(k + 1)?.lower === c.lex.agentMarker ? k + 2 : k + 1;
  const phrase: SpeakerPhrase | null = cue.suffixed
    ? { kind: 'nya', mention: [k, k + 1], name: null, role: null, next: k + 1 }
    : phraseAfter(r, after, e);
  if (!phrase || phrase.kind === 'descriptive') return null;
  return clauseAfterPhrase(r, k, phrase, a, b, e, [w.start, w.end], 'cue-first');
}

function tryVerb(r: PhraseReader, k: number, a: number, b: number, e: number, given?: SpeakerPhrase): Found | null {
  const { wi, c } = r;
  const w = wi.get(k)!;
  if (w.cap) return null;
  // Without a subject of its own (`… dan melanjutkan warisan …`), a verb counts only where a
  // clause visibly follows (below).
  if (!c.clauseVerbs.has(w.lower) && !c.objectVerbs.has(w.lower)) return null;
  const strong = !given && c.clauseVerbs.has(w.lower);
  const phrase = given ?? phraseBefore(r, k, a);
  if (!phrase) return null;
  let m = k + 1;
  let comma = false;
  let complementiser = false;
  const next = wi.get(m);
  if (!next || m >= b) return null;
  if (next.text === ',' || next.text === ':') {
    comma = true;
    m++;
  }
  const first = wi.get(m);
  if (!first || m >= b || !first.word) return null;
  // `CLAUSE, Minister X said on Monday`: the verb closes the sentence; the clause came first.
  const subjectStart = phrase.role && phrase.role[0] < phrase.mention[0] ? phrase.role[0] : phrase.mention[0];
  const beforeSubject = wi.get(subjectStart - 1);
  if (!comma && c.stops.has(first.lower) && !c.complementisers.has(first.lower) && beforeSubject?.text === ',' && subjectStart - 1 - a >= 4) {
    return { frame: 'post-cue', cue: [w.start, w.end], phrase, clauseStart: wi.get(a)!.start, clauseEnd: beforeSubject.start };
  }
  // `berkomentar soal sekuel itu`, `mengatakan kepada wartawan, …`: a prepositional object first;
  // the clause, if any, follows a comma or a complementiser.
  if (!comma && c.objectPrepositions.has(first.lower)) {
    let q = m + 1;
    while (q < b && q < m + 9 && wi.get(q)!.text !== ',' && !c.complementisers.has(wi.get(q)!.lower)) q++;
    if (q >= b || q >= m + 9) return null;
    const at = wi.get(q)!.text === ',' ? q + 1 : q;
    const start = wi.get(at);
    if (!start || at >= b || !start.word) return null;
    return { frame: 'verb', cue: [w.start, w.end], phrase, clauseStart: start.start, clauseEnd: e };
  }
  if (c.complementisers.has(first.lower)) complementiser = true;
  // `memastikan diri lolos ke final`: a reflexive object, no report.
  if (!comma && c.reflexives.has(first.lower)) return null;
  // `menyarankan adanya pertemuan`, `menekankan pentingnya orang tua mendampingi anak`: a noun
  // object; but `menilai keberadaan Komnas HAM sudah tidak diperlukan` has an auxiliary of its own.
  if (!comma && (c.feelingWords.has(first.lower) || (c.nominalisers.has(first.lower) && !auxiliaryFollows(r, m + 1, b)))) return null;
  // `Panggah menyampaikan hal itu ketika …`: what was said is the sentence before, not a clause
  // here (but `menyebut hal itu bukanlah masalah` is one).
  if (!strong && !comma) {
    const object = c.anaphoricSubjects.find((seq) => seq.length > 1 && wi.matchesAt(seq, m));
    const after = object ? wi.get(m + object.length) : undefined;
    if (object && (!after || m + object.length >= b || !after.word || c.stops.has(after.lower))) return null;
  }
  const request = c.requestVerbs.has(w.lower) && requestFollows(r, m, b);
  // Without a subject, the clause must show itself at once: an auxiliary, a pronoun subject
  // (`dan berjanji akan …`, `dan mengungkapkan dia …`), not a noun and a later verb.
  if (given && !comma && !complementiser && !request && !(c.clauseOpeners.has(first.lower) || c.pronouns.has(first.lower))) return null;
  if (!strong && !comma && !complementiser && !request && !opensClause(r, m, b)) return null;
  if (strong && !comma && !complementiser && !opensClause(r, m, b) && c.objectVerbs.size > 0 && looksLikeNounObject(r, m, b)) return null;
  return { frame: 'verb', cue: [w.start, w.end], phrase, clauseStart: first.start, clauseEnd: e };
}

/** Within the first words after the verb, a word that only a clause has (an auxiliary, a
 *  copula, a passive verb) before any `yang` or comma. */
function opensClause(r: PhraseReader, m: number, b: number): boolean {
  const { wi, c } = r;
  let circumstance = false;
  for (let k = m; k < Math.min(b, m + 7); k++) {
    const w = wi.get(k)!;
    if (!w.word) return false;
    if (w.lower === 'yang') return false;
    // `mengatakan mereka akan …`, but not `mengungkapkan jadwal comeback mereka`: a possessive.
    if (c.clauseOpeners.has(w.lower) || (c.pronouns.has(w.lower) && (k === m || !c.pluralPronouns.has(w.lower)))) return true;
    if (k > m && c.isPassiveVerb(w.lower, 4) && !c.passiveLookalikes.has(w.lower)) return true;
    if (k === m && c.isActiveVerb(w.lower, 4)) return true; // `mengaku memberi saran`
    // `menyebutkan petugas kepolisian menyerahkan …`, `meminta otoritas Myanmar mengakhiri …`:
    // a noun phrase (no preposition or circumstance word in it), then its own active verb.
    // `menyebut petugas keamanan tersebut punya kekebalan …`: a demonstrative closes the subject's
    // noun phrase and a predicate follows it.
    if (k > m && !circumstance && !w.cap && c.anaphoric.has(w.lower)) {
      const n = wi.get(k + 1);
      if (n && k + 1 < b && n.word && !n.cap && !c.stops.has(n.lower) && !c.purposeMarkers.has(n.lower) && !c.relativisers.has(n.lower) && !c.complementisers.has(n.lower) && !c.fillers.has(n.lower)) return true;
    }
    if (!w.cap && (c.stops.has(w.lower) || c.purposeMarkers.has(w.lower))) circumstance = true;
    else if (k > m && !circumstance && !w.cap && c.isActiveVerb(w.lower, 4) && !c.activeLookalikes.has(w.lower) && !c.attributiveVerbs.has(w.lower)) {
      // `alasannya merekrut Dwi`, `niatnya meminang X`: a verb after a `-nya` noun completes the
      // noun; `rasa bersalahnya`: a `-nya` word of a verb's shape is a noun.
      const nya = (x: typeof w) => !!c.suffix && x.word && !x.cap && x.lower.length > c.suffix.length + 2 && x.lower.endsWith(c.suffix);
      return !nya(wi.get(k - 1)!) && !nya(w);
    }
  }
  return false;
}

/** An auxiliary, negation or copula within the next words, before any `yang` or comma. */
function auxiliaryFollows(r: PhraseReader, m: number, b: number): boolean {
  const { wi, c } = r;
  for (let k = m; k < Math.min(b, m + 10); k++) {
    const w = wi.get(k)!;
    if (!w.word && /^[()]$/.test(w.text)) continue; // `Komisi Pemberantasan Korupsi (KPK) sudah`
    if (!w.word || c.relativisers.has(w.lower)) return false;
    if (!w.cap && c.clauseOpeners.has(w.lower) && !c.complementisers.has(w.lower)) return true;
    // `pentingnya peran perempuan dalam menjaga …`: a preposition goes on with the noun phrase.
    if (!w.cap && c.stops.has(w.lower) && !c.reportCoordinators.has(w.lower)) return false;
  }
  return false;
}

/** `meminta masyarakat untuk …`: the person asked, then a complementiser; not `untuk` before a
 *  derived noun (`mengusulkan tambahan dana untuk pelaksanaan …` asks for a thing). */
function requestFollows(r: PhraseReader, m: number, b: number): boolean {
  const { wi, c } = r;
  for (let k = m; k < Math.min(b, m + 5); k++) {
    const w = wi.get(k)!;
    if (!w.word) return false;
    if (k > m && c.complementisers.has(w.lower)) {
      if (!c.purposeComplementisers.has(w.lower)) return true;
      const n = wi.get(k + 1);
      return !!n && !(n.word && !n.cap && c.isDerivedNoun(n.lower));
    }
  }
  return false;
}

/** A strong verb followed by only a short noun phrase and the end of the sentence. */
function looksLikeNounObject(r: PhraseReader, m: number, b: number): boolean {
  let words = 0;
  for (let k = m; k < b; k++) if (r.wi.get(k)!.word) words++;
  return words <= 2;
}

/** `Pemerintah akan menaikkan tarif. Hal itu disampaikan Menteri X di Jakarta.`: a sentence whose
 *  subject points back (`hal itu`) before a passive cue and its source makes the sentence before
 *  it reported speech of that source. `prev` is that sentence; it holds no quote. */
export function anaphoricQuote(doc: ArticleDoc, r: PhraseReader, code: string, seg: [number, number, number], prev: Sentence): Attribution | null {
  const { wi, c } = r;
  const a = wi.at(seg[0]);
  let k = a;
  let subject = 0;
  for (const seq of c.anaphoricSubjects) {
    if (wi.matchesAt(seq, a)) {
      subject = seq.length;
      break;
    }
  }
  if (subject === 0) return null;
  k += subject;
  const cueWord = wi.get(k);
  if (!cueWord || !cueWord.word || !c.passiveCues.has(cueWord.lower)) return null;
  const after = c.lex.agentMarker && wi.get(k + 1)?.lower === c.lex.agentMarker ? k + 2 : k + 1;
  const phrase = phraseAfter(r, after, seg[1]);
  if (!phrase || (phrase.kind !== 'name' && phrase.kind !== 'org' && phrase.kind !== 'role' && phrase.kind !== 'pronoun')) return null;
  const { text } = doc;
  let s = prev.start;
  let e = prev.end;
  while (s < e && /\s/.test(text[s]!)) s++;
  s = afterDateline(doc, r, s, e);
  while (e > s && /[\s.]/.test(text[e - 1]!)) e--;
  const clause = text.slice(s, e);
  if (clause.split(/\s+/).filter((x) => /[\p{L}\p{N}]/u.test(x)).length < MIN_CLAUSE_WORDS || /["“”]/.test(clause)) return null;
  const quote = makeQuote(doc, `${code}.quote.indirect-anaphoric`, 'indirect', clause, s, e, [cueWord.start, cueWord.end]);
  const toRange = (w: [number, number] | null): [number, number] | null => (w ? [wi.get(w[0])!.start, wi.get(w[1] - 1)!.end] : null);
  return {
    quote,
    kind: phrase.kind,
    mention: toRange(phrase.mention),
    name: toRange(phrase.name),
    role: toRange(phrase.role),
    position: cueWord.start,
    paragraph: prev.paragraph,
    start: s,
    end: e,
  };
}
