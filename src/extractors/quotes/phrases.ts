// Reading the noun phrase that names a speaker, word by word near a cue: after a post-cue
// (`kata Menteri Pertanian Andi Amran Sulaiman`, `ujar Kepala Dinas X, Arifin`, `katanya`,
// `jelas dia`, `pungkas mantan bos PT X ini`) or before a reporting verb (`Fiki Satari
// mengatakan`, `Daniella Maina (16), seorang siswi …, menuturkan`). A run of capitalised words
// is split into its role part and its name part by the role, title, place and organisation
// words it holds; everything is bounded to a few words around the cue.
import { organisationAt, placeAt, type OrganisationGazetteer } from './gazetteer.js';
import type { CompiledQuoteLexicon } from './lexicon.js';
import type { Word, WordIndex } from './words.js';

/** `unnamed`: a source the article does not name (`Seorang sumber`, `pejabat yang enggan disebut
 *  namanya`); the quote has no speaker. */
export type PhraseKind = 'name' | 'pronoun' | 'nya' | 'org' | 'role' | 'descriptive' | 'unnamed';

/** A word range [from, to) of the word index. */
export type WordRange = [number, number];

export interface SpeakerPhrase {
  kind: PhraseKind;
  /** The words that name the speaker at this attribution. */
  mention: WordRange;
  /** The name part (person or organisation), without role and titles; null for pronouns. */
  name: WordRange | null;
  /** A role phrase given in the same frame (`Kepala Dinas X, Arifin`), or null. */
  role: WordRange | null;
  /** Word index just after the phrase. */
  next: number;
}

export interface PhraseReader {
  text: string;
  wi: WordIndex;
  c: CompiledQuoteLexicon;
  /** Capitalised words known to be (part of) place names. */
  places: ReadonlySet<string>;
  /** Capitalised words known to be (part of) organisation names. */
  orgs: ReadonlySet<string>;
  /** Words seen right after an organisation head in this article (`PT Pertamina`). */
  orgsByHead: ReadonlySet<string>;
  /** Organisation names of the pack's gazetteer (`PDI Perjuangan`, `Kemendagri`). */
  gazetteer: OrganisationGazetteer;
}

const QUOTE_MARK = /^["“”‘’'«»]$/;
const MAX_RUN = 16;

/** A capitalised letter or digit word (not a mark). */
export function isWordCap(w: Word | undefined): boolean {
  return !!w && w.word && w.cap;
}

/** A parenthesised group of capitalised words or digits (`(Komnas HAM)`, `(16)`): its close index. */
function parenGroupForward(wi: WordIndex, k: number): number {
  const open = wi.get(k);
  if (!open || open.text !== '(') return -1;
  for (let m = k + 1; m < k + 7; m++) {
    const w = wi.get(m);
    if (!w) return -1;
    if (w.text === ')') return m > k + 1 ? m : -1;
    if (!w.word || !(w.cap || /^\p{N}/u.test(w.text))) return -1;
  }
  return -1;
}

function parenGroupBackward(wi: WordIndex, k: number): number {
  const close = wi.get(k);
  if (!close || close.text !== ')') return -1;
  for (let m = k - 1; m > k - 7 && m >= 0; m--) {
    const w = wi.get(m)!;
    if (w.text === '(') return m < k - 1 ? m : -1;
    if (!w.word || !(w.cap || /^\p{N}/u.test(w.text))) return -1;
  }
  return -1;
}

/** A nickname in marks inside a name (`Hendrik “Acheo” Lyanto`): the index of its closing mark. */
function nicknameForward(wi: WordIndex, k: number): number {
  const a = wi.get(k);
  const b = wi.get(k + 1);
  const c = wi.get(k + 2);
  const d = wi.get(k + 3);
  if (a && QUOTE_MARK.test(a.text) && isWordCap(b) && c && QUOTE_MARK.test(c.text) && isWordCap(d)) return k + 2;
  return -1;
}

/** The hyphen at k ends a dateline glued to the first word of a line: a web name
 *  (`OLAHRAGAKITA.NET-Marco`), capitals (`AFP-Presiden`, `JUARA.NET, TOKYO-Pasangan`), a place and
 *  outlet (`JAKARTA (Pos Kota)-Ketua`), an outlet the gazetteer knows (`Rimanews-Kementerian`), or
 *  any word before a word that opens a role or a body (`Okezone-Pelatih`); never a hyphenated
 *  name (`Karl-Heinz`, `Jean-Pierre`) or `LLP-KUKM` inside a sentence. */
function gluedDateline(r: PhraseReader, k: number): boolean {
  const { wi, c } = r;
  const left = wi.get(k - 1)!;
  if (left.domain) return true;
  // `Co-Founder dan CEO X` opening a paragraph: one hyphenated position word, no dateline.
  if (c.roleHeads.has(`${left.text}-${wi.get(k + 1)?.text ?? ''}`)) return false;
  // Only capitalised words, commas and brackets between the start of the line and the hyphen.
  let m = k - 1;
  let punctuated = false;
  let capitals = false;
  while (m > 0 && k - m < 10 && wi.sameLine(m - 1, m)) {
    const p = wi.get(m - 1)!;
    if (p.word ? !p.cap : !/^[,()]$/.test(p.text)) return false;
    if (!p.word) punctuated = true;
    else if (p.acronym) capitals = true;
    m--;
  }
  if (m > 0 && wi.sameLine(m - 1, m)) return false;
  // `Ketua DPP Partai X-Y`: capitals before the hyphen without a comma are a run, not a dateline.
  if (m < k - 1 && !punctuated) return false;
  const right = wi.get(k + 1)!;
  if (left.acronym && !right.acronym) return true;
  if (capitals || r.gazetteer.words.has(left.text)) return true;
  return c.roleHeads.has(right.text) || c.orgHeads.has(right.text) || c.roleWords.has(right.text) || c.notNames.has(right.text) || c.titles.has(right.text) || c.isDerivedNoun(right.lower);
}

const DASHES = /^[-–—]$/;

/** Where a dateline that opens the line at word i ends (`JAKARTA, Suara.com--`, `Jakarta, CNN
 *  Indonesia --`, `DEPOK (Pos Kota) –`, `Rimanews-`, `JUARA.NET, TOKYO-`): the offset of the first
 *  word after its dash, or -1. Read from the shape of the words, not from a list of outlets. */
export function datelineEnd(r: PhraseReader, i: number): number {
  const { wi } = r;
  let punctuated = false;
  let capitals = false;
  for (let k = i; k < i + 12; k++) {
    const w = wi.get(k);
    if (!w || (k > i && !wi.sameLine(k - 1, k))) return -1;
    if (DASHES.test(w.text)) {
      if (k === i) return -1;
      let e = k + 1;
      while (e < k + 3 && wi.get(e) && DASHES.test(wi.get(e)!.text)) e++;
      const next = wi.get(e);
      if (!next || !next.word || !(next.cap || /^\p{N}/u.test(next.text))) return -1;
      const left = wi.get(k - 1)!;
      const glued = e === k + 1 && w.text === '-' && left.end === w.start && w.end === next.start;
      // A single hyphen between two words is a dateline only by the rules of `gluedDateline`.
      if (glued) return gluedDateline(r, k) ? next.start : -1;
      // `Jakarta, CNN Indonesia --`, `DEPOK (Pos Kota) –`: a dash apart from the words, or a double one.
      return punctuated || capitals || left.domain || e > k + 1 || w.text !== '-' ? next.start : -1;
    }
    if (w.word) {
      if (!w.cap) return -1;
      if (w.acronym || w.domain) capitals = true;
    } else if (/^[,()]$/.test(w.text)) punctuated = true;
    else return -1;
  }
  return -1;
}

function isRoleish(r: PhraseReader, w: Word): boolean {
  const c = r.c;
  if (!w.word) return true;
  if (!w.cap) return true;
  return (
    w.acronym ||
    w.domain ||
    c.roleHeads.has(w.text) ||
    c.roleWords.has(w.text) ||
    c.orgHeads.has(w.text) ||
    c.titles.has(w.text) ||
    r.places.has(w.text) ||
    r.orgs.has(w.text) ||
    r.gazetteer.words.has(w.text)
  );
}

/** The capitalised run starting at word i (with role connectors, particles, brackets and
 *  nicknames inside it), as the exclusive end index; i when there is none. */
export function runForward(r: PhraseReader, i: number): number {
  const { wi, c } = r;
  let k = i;
  let sawCap = false;
  let sawRole = false;
  // Lower-case role heads that open a descriptive role (`tokoh muda Poso`, `staf ahli Bawaslu`).
  while (k < i + 3) {
    const w = wi.get(k);
    if (!w || !w.word || w.cap) break;
    if (!(c.roleHeadsLower.has(w.lower) || c.titlesLower.has(w.lower) || (k > i && c.roleConnectors.has(w.lower)))) break;
    sawRole = true;
    k++;
  }
  if (k > i && !isWordCap(wi.get(k))) return i;
  const limit = i + MAX_RUN;
  while (k < limit) {
    const w = wi.get(k);
    if (!w) break;
    if (k > i && !wi.sameLine(k - 1, k)) break;
    if (isWordCap(w)) {
      sawCap = true;
      // A position word after a name word is a surname (`Lucky Hakim dan …`), not a role.
      const afterName = k > i && c.surnameRoles.has(w.text) && isWordCap(wi.get(k - 1)) && !isRoleish(r, wi.get(k - 1)!);
      if ((c.roleHeads.has(w.text) && !afterName) || c.roleWords.has(w.text) || c.orgHeads.has(w.text) || w.acronym) sawRole = true;
      k++;
      continue;
    }
    if (!sawCap) break;
    // `Karl-Heinz`, but not a dateline glued to the first word (`OLAHRAGAKITA.NET-Marco`, `AFP-`).
    if (w.text === '-' && isWordCap(wi.get(k + 1)) && wi.get(k - 1)!.end === w.start && w.end === wi.get(k + 1)!.start && !gluedDateline(r, k)) {
      k++;
      continue;
    }
    // `Abu Bakar al-Baghdadi`: a particle glued to the next name word by a hyphen.
    if (w.word && !w.cap && c.particles.has(w.lower) && wi.get(k + 1)?.text === '-' && isWordCap(wi.get(k + 2)) && w.end === wi.get(k + 1)!.start && wi.get(k + 1)!.end === wi.get(k + 2)!.start) {
      k += 2;
      continue;
    }
    const paren = parenGroupForward(wi, k);
    if (paren > 0) {
      k = paren + 1;
      continue;
    }
    const nick = nicknameForward(wi, k);
    if (nick > 0) {
      k = nick + 1;
      continue;
    }
    // `Marco van der Berg`: one or two particles before the next name word.
    if (w.word && !w.cap && c.particles.has(w.lower)) {
      const n = wi.get(k + 1);
      if (n && n.word && !n.cap && c.particles.has(n.lower) && isWordCap(wi.get(k + 2))) {
        k += 2;
        continue;
      }
    }
    if (w.word && !w.cap && isWordCap(wi.get(k + 1))) {
      if (c.particles.has(w.lower)) {
        k++;
        continue;
      }
      if (sawRole && c.roleConnectors.has(w.lower)) {
        k++;
        continue;
      }
    }
    break;
  }
  return sawCap ? k : i;
}

/** The capitalised run ending at word j (inclusive), as its first index; j+1 when none. */
export function runBackward(r: PhraseReader, j: number, floor: number): number {
  const { wi, c } = r;
  let k = j;
  let first = j + 1;
  // `… Bank Dunia di Indonesia Rodrigo Chaves`: a preposition crossed inside the run; the run
  // keeps the words before it only when they begin with a position word.
  let preposition = -1;
  while (k >= floor && k > j - MAX_RUN) {
    const w = wi.get(k)!;
    if (first <= j && !wi.sameLine(k, first)) break;
    if (isWordCap(w)) {
      first = k;
      k--;
      continue;
    }
    if (w.text === ')') {
      const open = parenGroupBackward(wi, k);
      if (open > floor && isWordCap(wi.get(open - 1))) {
        first = open;
        k = open - 1;
        continue;
      }
      break;
    }
    if (first > j) break;
    if (w.text === '-' && isWordCap(wi.get(k - 1)) && wi.get(k - 1)!.end === w.start && w.end === wi.get(k + 1)!.start && !gluedDateline(r, k)) {
      first = k;
      k--;
      continue;
    }
    if (QUOTE_MARK.test(w.text) && k - 2 >= floor && isWordCap(wi.get(k - 1)) && QUOTE_MARK.test(wi.get(k - 2)!.text) && isWordCap(wi.get(k - 3))) {
      first = k - 2;
      k -= 3;
      continue;
    }
    if (w.word && !w.cap && c.particles.has(w.lower) && k - 2 >= floor && wi.get(k - 1)!.word && !wi.get(k - 1)!.cap && c.particles.has(wi.get(k - 1)!.lower) && isWordCap(wi.get(k - 2))) {
      first = k - 1; // `van der` inside a name
      k -= 2;
      continue;
    }
    if (w.word && !w.cap && isWordCap(wi.get(k - 1)) && (c.particles.has(w.lower) || c.roleConnectors.has(w.lower))) {
      // `Koperasi dan UKM`: a connector inside a role; `bin` inside a name.
      first = k;
      k--;
      continue;
    }
    if (preposition < 0 && w.word && !w.cap && first === k + 1 && isWordCap(wi.get(k - 1)) && c.rolePrepositions.has(w.lower)) {
      preposition = k;
      first = k;
      k--;
      continue;
    }
    // Lower-case role words before the run (`tokoh muda Poso Rizal`).
    let m = k;
    let head = -1;
    while (m >= floor && m > k - 3) {
      const x = wi.get(m)!;
      if (!x.word || x.cap) break;
      if (c.roleHeadsLower.has(x.lower)) head = m;
      else if (!c.roleConnectors.has(x.lower)) break;
      m--;
    }
    if (head >= 0) first = head;
    break;
  }
  // A connector cannot start a run.
  while (first <= j && !isWordCap(wi.get(first)) && !r.c.roleHeadsLower.has(wi.get(first)!.lower)) first++;
  if (preposition >= 0 && first < preposition && !c.roleHeads.has(wi.get(first)!.text)) first = preposition + 1;
  return first;
}

export interface RunSplit {
  /** Role part [from, to) (may be empty). */
  role: WordRange | null;
  /** Name part [from, to), titles stripped; null when the run names no one. */
  name: WordRange | null;
  org: boolean;
}

/** Split a run into its role part and its name part. */
export function splitRun(r: PhraseReader, from: number, end: number): RunSplit {
  let to = end;
  const { wi, c } = r;
  let a = from;
  // Sentence adverbs (`Sementara`, `Awalnya`, `Sedangkan`) before the run are not names.
  // Sentence adverbs and passive cues (`Dikatakan Mahfud, …`) before the run are not names.
  // Only where the sentence (or clause) begins: after a cue, `Hal Herzog` and `Dan Brown` are names.
  while (a < to && isWordCap(wi.get(a)) && (a > from || opensLine(wi, a)) && (c.notNames.has(wi.get(a)!.text) || isNyaAdverb(c, wi.get(a)!) || c.passiveCues.has(wi.get(a)!.lower))) a++;
  // `Pernyataan Wiranto itu …`: a derived common noun opening the sentence before a name.
  const head = a + 1 < to ? wi.get(a)! : null;
  const bodyWord = !head || c.orgHeads.has(head.text) || c.roleWords.has(head.text) || c.roleHeads.has(head.text) || c.placeHeads.has(head.text);
  if (head && !bodyWord && isWordCap(wi.get(a + 1)) && c.isDerivedNoun(head.lower) && !head.acronym && !isRoleish(r, wi.get(a + 1)!)) {
    const p = wi.get(a - 1);
    if (!p || !p.word || !wi.sameLine(a - 1, a) || /^[.!?]$/.test(p.text)) a++;
  }
  if (a >= to) return { role: null, name: null, org: false };
  // A bracket after the name (`Daniella Maina (16)`) says something about it; not a role.
  if (to - a > 2 && wi.get(to - 1)!.text === ')') {
    const open = parenGroupBackward(wi, to - 1);
    if (open > a && !c.orgHeads.has(wi.get(a)!.text)) to = open;
  }
  const firstWord = wi.get(a)!;
  let allAcronyms = true;
  for (let k = a; k < to; k++) {
    const w = wi.get(k)!;
    if (w.word && !w.acronym) allAcronyms = false;
  }
  // A run that is an organisation the gazetteer knows (`Partai Golkar`, `Pertamina`).
  // `Manajemen Crestar`, `Pihak Pertamina`: a generic word for a body's side opening the run.
  const sideOfBody = to - a >= 2 && c.orgPrefixes.has(firstWord.lower) && !c.groupPrefixes.has(firstWord.lower) && isWordCap(wi.get(a + 1));
  const isOrg = c.orgHeads.has(firstWord.text) || allAcronyms || sideOfBody || organisationAt(r.gazetteer, wi, a, to) === to;
  if (isOrg) return { role: null, name: [a, to], org: true };
  let lastRoleish = a - 1;
  for (let k = a; k < to; k++) {
    const w = wi.get(k)!;
    // `Ketua DPD PDI Perjuangan Prasetio`, `Presiden Amerika Serikat Donald Trump`: a known
    // organisation's or place's name belongs to the role.
    const org = to - a >= 3 ? Math.max(organisationAt(r.gazetteer, wi, k, to - 1), placeAt(r.gazetteer, wi, k, to - 1)) : -1;
    if (org > k + 1) {
      lastRoleish = org - 1;
      k = org - 1;
      continue;
    }
    // `Pelatih asal Malang`: the word after an origin marker is a place, not a name.
    if (w.word && !w.cap && c.originMarkers.has(w.lower) && k + 1 < to) {
      const place = placeAt(r.gazetteer, wi, k + 1, to);
      lastRoleish = place > k + 1 ? place - 1 : k + 1;
      k = lastRoleish;
      continue;
    }
    // `Timor-Leste`: the word hyphened to a place or role word belongs to it.
    if (w.text === '-' && lastRoleish === k - 1 && k + 1 < to) {
      lastRoleish = k + 1;
      k++;
      continue;
    }
    if (QUOTE_MARK.test(w.text) || w.text === '-') continue; // nickname marks, `Karl-Heinz`
    // `Carlos de Souza Mendes`, `Hasan bin Ali`: a particle between name words.
    const before = wi.get(k - 1);
    const afterName = !!before && (before.word && !before.cap ? c.particles.has(before.lower) : !isRoleish(r, before));
    if (w.word && !w.cap && c.particles.has(w.lower) && k > a && k + 1 < to && afterName) {
      const n = wi.get(k + 1)!;
      if (isWordCap(n) || n.text === '-' || (n.word && !n.cap && c.particles.has(n.lower))) continue;
    }
    // `Lucky Hakim`: a position word that ends the run after a name word is a surname, not a head.
    const surname = k === to - 1 && k > a && c.surnameRoles.has(w.text) && isWordCap(wi.get(k - 1)) && !isRoleish(r, wi.get(k - 1)!) && !c.placeHeads.has(wi.get(k - 1)!.text);
    // `Bupati Purwakarta Dedi Mulyadi`: a regency right after the role, with two name words after it
    // (`Wali Kota Bogor Bima Arya` keeps `Bima`, a first name, in the name).
    const region = k > a && lastRoleish === k - 1 && k + 2 < to && r.gazetteer.regionWords.has(w.text) && isWordCap(wi.get(k + 1)) && isWordCap(wi.get(k + 2));
    if ((isRoleish(r, w) && !surname) || region) lastRoleish = k;
  }
  let nameStart = lastRoleish + 1;
  // A middle initial (`Kuswara S. Taryono`) keeps the word before it in the name.
  for (let k = a + 1; k < to; k++) {
    const w = wi.get(k)!;
    if (!/^\p{Lu}\.$/u.test(w.text) || !isWordCap(wi.get(k - 1)) || c.titles.has(wi.get(k - 1)!.text)) continue;
    if (k - 1 < nameStart) nameStart = k - 1;
    // `PT Persib Bandung Bermartabat Kuswara S. Taryono`: a long run ending in `First I. Last`.
    else if (to - nameStart >= 4) nameStart = k - 1;
    break;
  }
  while (nameStart < to && (c.titles.has(wi.get(nameStart)!.text) || !isWordCap(wi.get(nameStart)))) nameStart++;
  let nameEnd = to;
  // `kata Menkopolhukam Wiranto Selasa (12/9)`: a day, a month or a time zone ends no name.
  while (nameEnd > nameStart + 1 && (!wi.get(nameEnd - 1)!.word || c.notNames.has(wi.get(nameEnd - 1)!.text))) nameEnd--;
  while (nameEnd > nameStart && !wi.get(nameEnd - 1)!.word) nameEnd--;
  // More than four name words: the role words were not known; keep the last three.
  let words = 0;
  for (let k = nameStart; k < nameEnd; k++) if (wi.get(k)!.word) words++;
  if (words > 4) {
    let keep = 0;
    let k = nameEnd;
    while (k > nameStart && keep < 3) {
      k--;
      if (wi.get(k)!.word) keep++;
    }
    nameStart = k;
  }
  const role: WordRange | null = nameStart > a ? trimRange(r, a, Math.min(nameStart, to)) : null;
  if (nameStart >= nameEnd) {
    // No name: a role alone (`Ketua Umum PAN`) or a body known by its name (`Pertamina`).
    const range: WordRange = [a, to];
    // One word that only an entity guess calls a body: a speaker named so is a person
    // (`ujar Darto`), unless the article writes it after an organisation head (`PT Pertamina`).
    const w = firstWord;
    // `Israel mengatakan`: a country or city the gazetteer knows speaks as a body, never a person.
    if (to - a === 1 && !w.acronym && !r.orgsByHead.has(w.text) && !r.gazetteer.placeWords.has(w.text) && !c.roleHeads.has(w.text) && !c.roleWords.has(w.text) && !c.orgHeads.has(w.text) && !c.titles.has(w.text)) {
      return { role: null, name: range, org: false };
    }
    if (!hasRoleHead(r, range)) return { role: null, name: range, org: true };
    return { role: range, name: null, org: false };
  }
  return { role, name: [nameStart, nameEnd], org: false };
}

/** Word k follows no word on its line (the start of a line, or punctuation before it). */
function opensLine(wi: WordIndex, k: number): boolean {
  const p = wi.get(k - 1);
  return !p || !p.word || !wi.sameLine(k - 1, k);
}

/** `Awalnya`, `Sebelumnya`, `Rupanya`: a capitalised sentence adverb ending in `-nya`. */
function isNyaAdverb(c: CompiledQuoteLexicon, w: Word): boolean {
  return !!c.suffix && w.lower.length > c.suffix.length + 3 && w.lower.endsWith(c.suffix);
}

function trimRange(r: PhraseReader, a: number, b: number): WordRange | null {
  let e = b;
  while (e > a) {
    const w = r.wi.get(e - 1)!;
    if (w.word && (w.cap || r.c.roleHeadsLower.has(w.lower))) break;
    if (w.text === ')') break;
    e--;
  }
  // titles directly before the name are not part of the role
  while (e > a && r.c.titles.has(r.wi.get(e - 1)!.text)) e--;
  return e > a ? [a, e] : null;
}

function hasRoleHead(r: PhraseReader, range: WordRange | null): boolean {
  if (!range) return false;
  for (let k = range[0]; k < range[1]; k++) {
    const w = r.wi.get(k)!;
    if (r.c.roleHeads.has(w.text) || r.c.roleHeadsLower.has(w.lower)) return true;
  }
  return false;
}

/** The speaker phrase that starts at word i (after a post-cue or `menurut`). */
export function phraseAfter(r: PhraseReader, i: number, limitOffset: number): SpeakerPhrase | null {
  const { wi, c } = r;
  const w = wi.get(i);
  if (!w || w.start >= limitOffset || !w.word) return null;
  if (c.pronouns.has(w.lower)) return { kind: 'pronoun', mention: [i, i + 1], name: null, role: null, next: i + 1 };
  if (c.orgPrefixes.has(w.lower)) {
    // `pihak kepolisian`, `polisi`: a body named by a generic word.
    let e = i + 1;
    const n = wi.get(e);
    if (n && n.word && n.start < limitOffset && wi.sameLine(i, e)) {
      e = n.cap ? runForward(r, e) || e + 1 : e + 1;
      if (e === i + 1) e = i + 2;
    }
    return { kind: 'org', mention: [i, e], name: [i, e], role: null, next: e };
  }
  const unnamed = unnamedAfter(r, i, limitOffset);
  if (unnamed) return unnamed;
  if (!w.cap && !c.stops.has(w.lower)) {
    const d = descriptive(r, i, limitOffset);
    if (d) return d;
  }
  const end = runForward(r, i);
  if (end > i && wi.get(end - 1)!.end <= limitOffset) {
    // `Bulog spokesman Rudi Hartono`: a body, a lower-case position, then the name.
    const pos = wi.get(end);
    if (pos && pos.word && !pos.cap && c.roleHeadsLower.has(pos.lower) && isWordCap(wi.get(end + 1)) && wi.sameLine(end, end + 1)) {
      const end2 = runForward(r, end + 1);
      if (end2 > end + 1 && wi.get(end2 - 1)!.end <= limitOffset) {
        const s2 = splitRun(r, end + 1, end2);
        if (s2.name && !s2.org) return { kind: 'name', mention: [i, end2], name: s2.name, role: [i, end + 1], next: end2 };
      }
    }
    const split = splitRun(r, i, end);
    if (split.org) return { kind: 'org', mention: [i, end], name: split.name, role: null, next: end };
    if (!split.name) {
      // `kata Kepala Dinas X, Arifin`: role, comma, name.
      const comma = wi.get(end);
      if (comma && comma.text === ',' && wi.get(end + 1)?.cap) {
        const end2 = runForward(r, end + 1);
        if (end2 > end + 1 && wi.get(end2 - 1)!.end <= limitOffset) {
          const s2 = splitRun(r, end + 1, end2);
          if (s2.name && !s2.org) return { kind: 'name', mention: [end + 1, end2], name: s2.name, role: split.role ?? [i, end], next: end2 };
        }
      }
      if (!hasRoleHead(r, split.role)) return null;
      return { kind: 'role', mention: [i, end], name: null, role: split.role, next: end };
    }
    // `kata Wakil Presiden X Inc., Kedar Kondap`: a role run, a comma, then a bare name.
    const comma0 = wi.get(end);
    if (comma0 && comma0.text === ',' && split.role && hasRoleHead(r, [i, i + 1]) && wi.get(end + 1)?.cap) {
      const end2 = runForward(r, end + 1);
      if (end2 > end + 1 && end2 - (end + 1) <= 4 && wi.get(end2 - 1)!.end <= limitOffset) {
        const s2 = splitRun(r, end + 1, end2);
        const after = wi.get(end2);
        const closes = !after || !after.word || c.stops.has(after.lower);
        if (s2.name && !s2.role && !s2.org && closes) return { kind: 'name', mention: [end + 1, end2], name: s2.name, role: [i, end], next: end2 };
      }
    }
    let role = split.role;
    // `kata Rikson, staf ahli Bawaslu`: an appositive role after the name.
    const comma = wi.get(end);
    if (!role && comma && comma.text === ',') role = appositiveRole(r, end + 1, limitOffset);
    return { kind: 'name', mention: [i, end], name: split.name, role, next: end };
  }
  if (!w.cap && !c.stops.has(w.lower)) {
    // `tutur spesialis gizi dari RSCM, Damayanti`, `kata pengacaranya, Eric Corngold`:
    // a lower-case role, a comma, then the name.
    for (let k = i; k < i + 12; k++) {
      const x = wi.get(k);
      if (!x || x.start >= limitOffset) break;
      // `pelatih timnas U-19, Indra Sjafri`: a hyphen inside the role.
      if (x.word || (x.text === '-' && k > i && wi.get(k - 1)!.end === x.start)) continue;
      if (x.text !== ',' || !isWordCap(wi.get(k + 1))) break;
      const e2 = runForward(r, k + 1);
      if (e2 <= k + 1 || e2 - (k + 1) > 5 || wi.get(e2 - 1)!.end > limitOffset) break;
      const s2 = splitRun(r, k + 1, e2);
      if (s2.name && !s2.role && !s2.org) return { kind: 'name', mention: [k + 1, e2], name: s2.name, role: [i, k], next: e2 };
      break;
    }
    if (c.roleHeadsLower.has(w.lower)) {
      // `tanya ketua majelis hakim Jhon Halasan`, `kata anggota tim ahli Budi Santoso`: a lower-case
      // role of common nouns (no circumstance word or verb), then the holder's name.
      for (let k = i + 1; k < i + 5; k++) {
        const x = wi.get(k);
        if (!x || x.start >= limitOffset || !x.word || !wi.sameLine(k - 1, k)) break;
        if (!x.cap) {
          // `pria kelahiran Balikpapan`: a place of origin follows, not a name.
          if (endsNounPhrase(c, x) || c.isPassiveVerb(x.lower, 4) || c.relativisers.has(x.lower) || c.originMarkers.has(x.lower)) break;
          continue;
        }
        const end = runForward(r, k);
        if (end <= k || wi.get(end - 1)!.end > limitOffset) break;
        // `pelatih timnas U-19, Indra Sjafri`, `kuasa hukum Andika, Toto Ruhanto`: the name after
        // the comma is the speaker's; the words before it belong to the role.
        if (wi.get(end)?.text === ',' && isWordCap(wi.get(end + 1))) break;
        // `timnas U-19`: the run stops inside a glued word; a name is never cut so.
        const glued = wi.get(end);
        if (glued && glued.start === wi.get(end - 1)!.end && glued.text !== ',' && glued.text !== '.') break;
        // `kuasa hukum Brown`: a role held for the person named (KBBI), not that person.
        if (c.relationalRoles.has(w.lower)) break;
        const split = splitRun(r, k, end);
        if (split.name && !split.org) return { kind: 'name', mention: [i, end], name: split.name, role: [i, split.name[0]], next: end };
        break;
      }
    }
    if (c.roleHeadsLower.has(w.lower) && w.lower !== 'mantan') {
      // `pria yang memulai …`, `tokoh Ansor …`: a description ending the sentence.
      let k = i;
      while (k < i + 14) {
        const x = wi.get(k);
        if (!x || x.start >= limitOffset || !x.word) break;
        k++;
      }
      return { kind: 'descriptive', mention: [i, k], name: null, role: null, next: k };
    }
  }
  return null;
}

/** A role in apposition after a name (`Rikson, staf ahli Bawaslu RI,`, `Suparmi, petani di …`):
 *  from a position word to the next punctuation or circumstance word. */
function appositiveRole(r: PhraseReader, k: number, limitOffset: number): WordRange | null {
  const { wi, c } = r;
  const first = wi.get(k);
  if (!first || !first.word || first.start >= limitOffset) return null;
  if (!(c.roleHeads.has(first.text) || c.roleHeadsLower.has(first.lower))) return null;
  const capEnd = runForward(r, k);
  if (capEnd > k) return capEnd - k <= 10 ? [k, capEnd] : null;
  let e = k + 1;
  while (e < k + 6) {
    const w = wi.get(e);
    if (!w || !w.word || w.start >= limitOffset || (!w.cap && c.stops.has(w.lower))) break;
    e++;
  }
  return [k, e];
}

/** A descriptive phrase that points back to a person (`mantan bos PT X ini`,
 *  `tokoh Ansor yang pernah … ini`): lower-case, ending in a demonstrative before punctuation. */
function descriptive(r: PhraseReader, i: number, limitOffset: number): SpeakerPhrase | null {
  const { wi, c } = r;
  for (let k = i; k < i + 14; k++) {
    const x = wi.get(k);
    const ends = !x || x.start >= limitOffset || (!x.word && !/^[()\/-]$/.test(x.text)) || (k - 1 > i && x.word && !x.cap && c.stops.has(x.lower));
    if (ends) {
      // `koreografer asal Inggris ini saat ditemui`: the demonstrative closes the description.
      if (k - 1 > i && c.anaphoric.has(wi.get(k - 1)!.lower)) {
        return { kind: 'descriptive', mention: [i, k], name: null, role: null, next: k };
      }
      if (!x || x.start >= limitOffset || !x.word) break;
    }
  }
  return null;
}

/** The speaker phrase that ends just before word j (the subject of a reporting verb); also
 *  over an apposition or a circumstance closed by a comma between subject and verb
 *  (`X, yang juga Ketua Y, mengatakan`, `Kepala Lembaga X di Bandung, Jawa Barat, Jumat, menjelaskan`). */
export function phraseBefore(r: PhraseReader, j: number, floor: number): SpeakerPhrase | null {
  const unnamed = unnamedSubject(r, j, floor) ?? collectiveSubject(r, j, floor);
  if (unnamed) return unnamed;
  const direct = phraseBeforeVerb(r, j, floor);
  if (direct) return direct;
  const { wi, c } = r;
  // `X di Serang, Kamis mengatakan`: the day after the comma, with no comma of its own.
  let comma = j - 1;
  if (wi.get(comma)?.text !== ',') {
    comma = timeBefore(r, j - 1, floor, true);
    if (comma === j - 1 || wi.get(comma)?.text !== ',') return relativeSpeaker(r, j, floor) ?? relativeSubject(r, j, floor);
  }
  for (let m = comma - 1; m > floor && m > j - 22; m--) {
    const w = wi.get(m)!;
    if (/^[.!?;:"“”]$/.test(w.text)) return null;
    if (!w.word || w.cap) continue;
    const prev = wi.get(m - 1)!;
    // `X, yang juga …,` / `Dedi yang hadir …,`; `X di Bandung, Jawa Barat, Jumat,`
    // `Rehabilitasi dan Rekonstruksi`: a connector between capitalised words is inside a role.
    const inRole = c.roleConnectors.has(w.lower) && isWordCap(prev) && isWordCap(wi.get(m + 1));
    const opens = (c.relativisers.has(w.lower) && (prev.text === ',' || isWordCap(prev))) || (c.stops.has(w.lower) && !inRole && (isWordCap(prev) || prev.text === ')'));
    if (!opens) continue;
    const p = phraseBeforeVerb(r, m, floor);
    if (p && (p.kind === 'name' || p.kind === 'role' || p.kind === 'org')) return { ...p, next: j };
    return null;
  }
  // `Kepala Bidang X BPBD Ponorogo, Setyo Budiono, Senin menuturkan`: a role, a comma and a name,
  // then the day.
  const day = comma === j - 1 ? timeBefore(r, comma - 1, floor, true) : comma;
  if (day < j - 1 && day !== comma - 1 && wi.get(day)?.text === ',') {
    const p = phraseBeforeVerb(r, day, floor);
    if (p && p.kind === 'name' && p.role) return { ...p, next: j };
  }
  return null;
}

/** The length of the first of `seqs` (lower-case word sequences) that starts at word i, or 0. */
function sequenceAt(r: PhraseReader, seqs: readonly string[][], i: number): number {
  for (const seq of seqs) if (r.wi.matchesAt(seq, i)) return seq.length;
  return 0;
}

/** The `len` words of the source noun at `head` are a word for an informant (`sumber`), after
 *  which a name is whom the source is close to, not who it is. */
function informantAt(r: PhraseReader, head: number, len: number): boolean {
  return r.c.informantSources.some((u) => u.length === len && r.wi.matchesAt(u, head));
}

/** The position word at `head`, alone or with the next word, is a spokesperson's (`juru bicara`). */
function spokespersonAt(r: PhraseReader, head: number): boolean {
  const { wi, c } = r;
  const noun = wi.get(head)!.lower;
  return c.spokespersonRoles.has(noun) || c.spokespersonRoles.has(`${noun} ${wi.get(head + 1)?.lower ?? ''}`);
}

const MAX_UNNAMED_WORDS = 12;

/** `Majelis hakim menilai`, `Tim kuasa hukum menyatakan`: a noun for a body of people and the
 *  lower-case nouns that say which (up to three), opening the clause before the verb at j; the
 *  group is the source. Not `Tim Cook` (a capitalised word after the noun). */
function collectiveSubject(r: PhraseReader, j: number, floor: number): SpeakerPhrase | null {
  const { wi, c } = r;
  let k = j - 1;
  for (let n = 0; n < 2 && k >= floor && wi.get(k)!.word && !wi.get(k)!.cap && c.fillers.has(wi.get(k)!.lower); n++) k--;
  // `tim produksi akhirnya memastikan`: a `-nya` adverb after the group's nouns.
  if (k - 2 >= floor && isNyaAdverb(c, wi.get(k)!) && !c.collectiveNouns.has(wi.get(k - 1)!.lower)) k--;
  for (let m = k - 1; m >= floor && m >= k - 3; m--) {
    const x = wi.get(m + 1)!;
    if (!x.word || x.cap || endsNounPhrase(c, x) || c.isPassiveVerb(x.lower, 4)) return null;
    const w = wi.get(m)!;
    // `Dibben dan tim peneliti berharap`: one of two coordinated subjects.
    const p = wi.get(m - 1);
    const coordinated = !!p && p.word && !p.cap && c.reportCoordinators.has(p.lower) && isWordCap(wi.get(m - 2));
    if (w.word && c.collectiveNouns.has(w.lower) && opensClauseAt(r, m, floor) && !coordinated) {
      return { kind: 'org', mention: [m, k + 1], name: [m, k + 1], role: null, next: j };
    }
  }
  return null;
}

/** `kata seorang sumber`, `lanjut sumber itu`, `ujar seorang pejabat`: after a post-cue, a source
 *  the article does not name; not where a name follows (`kata seorang warga, Budi`). */
function unnamedAfter(r: PhraseReader, i: number, limitOffset: number): SpeakerPhrase | null {
  const { wi, c } = r;
  const det = sequenceAt(r, c.indefiniteDeterminers, i);
  const head = i + det;
  const noun = wi.get(head);
  if (!noun || !noun.word || noun.cap || noun.start >= limitOffset) return null;
  let len = sequenceAt(r, c.unnamedSources, head);
  if (len === 0 && det > 0 && (c.groupRoles.has(noun.lower) || c.roleHeadsLower.has(noun.lower)) && !spokespersonAt(r, head)) len = 1;
  if (len === 0) return null;
  let next = head + len;
  while (wi.get(next)?.word && c.anaphoric.has(wi.get(next)!.lower) && wi.get(next)!.start < limitOffset) next++;
  const after = wi.get(next);
  if (after && after.start < limitOffset && isWordCap(after) && !informantAt(r, head, len)) return null;
  // `kata salah seorang petani tebu asal Kudus, Agus`: the description ends in the name.
  for (let m = next; m < next + MAX_UNNAMED_WORDS; m++) {
    const x = wi.get(m);
    if (!x || x.start >= limitOffset) break;
    if (x.word) continue;
    const n = wi.get(m + 1);
    if (x.text === ',' && isWordCap(n) && !c.notNames.has(n!.text)) return null;
    break;
  }
  return { kind: 'unnamed', mention: [i, next], name: null, role: null, next };
}

/** Words [from, to) may describe an unnamed source: words and brackets only, no active verb
 *  outside a relative clause (`Sumber yang dekat dengan keluarga itu`). */
function describesSource(r: PhraseReader, from: number, to: number): boolean {
  const { wi, c } = r;
  let relative = false;
  for (let m = from; m < to; m++) {
    const w = wi.get(m)!;
    if (!w.word) {
      if (/^[()\-]$/.test(w.text)) continue;
      return false;
    }
    if (w.cap) continue;
    if (c.relativisers.has(w.lower)) relative = true;
    // `Sumber itu tidak menyebutkan`: an auxiliary or negation belongs to the predicate.
    else if (!relative && ((c.isActiveVerb(w.lower, 4) && !c.activeLookalikes.has(w.lower)) || c.clauseOpeners.has(w.lower))) return false;
  }
  return true;
}

/** `Seorang sumber mengatakan`, `Sumber pemerintah AS menyebut`, `Sejumlah pejabat setempat
 *  menjelaskan`, `Pejabat militer yang enggan disebutkan identitasnya menuturkan`: a subject that
 *  names no one, opening its clause before the verb at j (guideline: speaker null where the
 *  article does not say who). An unnamed-source noun, an indefinite determiner before a position
 *  or group word, or a clause withholding the name; a name right after the noun names the source. */
function unnamedSubject(r: PhraseReader, j: number, floor: number): SpeakerPhrase | null {
  const { wi, c } = r;
  let k = j - 1;
  for (let n = 0; n < 3 && k >= floor && wi.get(k)!.word && !wi.get(k)!.cap && c.fillers.has(wi.get(k)!.lower); n++) k--;
  if (k < floor) return null;
  const commaBefore = wi.get(k)!.text === ',';
  if (commaBefore) k--;
  const last = wi.get(k);
  // `Sumber yang mengaku dekat …`: the verb of a relative clause, not of the sentence.
  if (!last || k < floor || !last.word || c.relativisers.has(last.lower)) return null;
  // `… yang enggan disebut namanya(,) mengatakan`
  for (const seq of c.anonymityPhrases.get(last.lower) ?? []) {
    const s = k - seq.length + 1;
    if (s - 2 < floor || !wi.matchesAt(seq, s) || !c.relativisers.has(wi.get(s - 1)!.lower)) continue;
    let start = s - 2;
    while (start > floor && start > s - MAX_UNNAMED_WORDS && wi.get(start - 1)!.word) start--;
    if (!opensClauseAt(r, start, floor) || !wi.get(start)!.word || !describesSource(r, start, s - 1)) return null;
    return { kind: 'unnamed', mention: [start, k + 1], name: null, role: null, next: j };
  }
  if (commaBefore) return null;
  for (let h = k; h >= floor && h > k - MAX_UNNAMED_WORDS; h--) {
    const w = wi.get(h)!;
    if (!w.word) {
      if (/^[()\-]$/.test(w.text)) continue;
      return null;
    }
    let head = h;
    const det = sequenceAt(r, c.indefiniteDeterminers, h);
    if (det > 0) head = h + det;
    const noun = wi.get(head);
    if (!noun || head > k || !noun.word || (noun.cap && head > h)) continue;
    let len = sequenceAt(r, c.unnamedSources, head);
    if (len === 0 && det > 0 && (c.groupRoles.has(noun.lower) || c.roleHeadsLower.has(noun.lower))) len = 1;
    if (len === 0 || !opensClauseAt(r, h, floor) || !describesSource(r, head + len, k + 1)) continue;
    // `Mantan Menteri Energi dan Sumber Daya Mineral itu`: a capitalised noun inside a name.
    if (w.cap && h > floor && !opensLine(wi, h) && wi.get(h - 1)!.word) return null;
    const before = wi.get(h - 1);
    if (h > floor && before) {
      // `Sutrisno, salah satu penjual cabai, mengatakan`: an apposition to a name before it;
      // `Jika seorang artis mengumumkan …`: a condition, not a report.
      const named = wi.get(h - 2);
      if (before.text === ',' && isWordCap(named) && !c.newsOutlets.some((o) => o.length === 1 && o[0] === named!.text)) return null;
      if (before.word && !before.cap && c.clauseOpeners.has(before.lower)) return null;
      if (before.word && before.cap && c.clauseOpeners.has(before.lower) && !c.complementisers.has(before.lower)) return null;
    }
    // `Seorang juru bicara Daewoo Shipbuilding`: a spokesperson speaks for the body.
    if (det > 0 && spokespersonAt(r, head)) return null;
    // `Salah satu pemain utama dalam film itu`: a demonstrative points back to someone named.
    if (det > 0 && len === 1 && !c.unnamedSources.some((u) => u.length === 1 && u[0] === noun.lower)) {
      for (let m = head + 1; m <= k; m++) if (c.anaphoric.has(wi.get(m)!.lower)) return null;
    }
    // `Saksi mata lainnya Giulio mengatakan`, `Seorang warga, Budi Santoso mengatakan`: a person's
    // name just before the verb names the source; not a body (`Sumber Kementerian X`), an
    // outlet's web name (`Sumber CNNIndonesia.com`) or a place.
    // After a word for an informant (`sumber`), a name is whom the source is close to
    // (`Sumber terdekat Beyonce`, `Seorang sumber yang dikutip People`).
    if (!informantAt(r, head, len) && head + len <= k && isWordCap(wi.get(k)) && !wi.get(k)!.domain) {
      const start = runBackward(r, k, head + len);
      const split = start <= k ? splitRun(r, start, k + 1) : null;
      if (split && split.name && !split.org && !split.role && !r.places.has(wi.get(split.name[0])!.text)) return null;
    }
    return { kind: 'unnamed', mention: [h, k + 1], name: null, role: null, next: j };
  }
  return null;
}

/** `… pengamat keamanan, Damien Kingsbury, yang mengatakan …`, `bos pemasaran Xbox Mike Nichols
 *  yang juga mengungkapkan bahwa …`: the verb opens a relative clause about a named person just
 *  before it; that person says the clause (a name only, not a body or a description). */
function relativeSpeaker(r: PhraseReader, j: number, floor: number): SpeakerPhrase | null {
  const { wi, c } = r;
  let y = j - 1;
  while (y > floor && wi.get(y)!.word && !wi.get(y)!.cap && c.fillers.has(wi.get(y)!.lower) && y > j - 3) y--;
  const rel = wi.get(y);
  if (!rel || y <= floor || !rel.word || rel.cap || !c.relativisers.has(rel.lower)) return null;
  const before = wi.get(y - 1)!;
  if (!(isWordCap(before) || (before.text === ',' && isWordCap(wi.get(y - 2))))) return null;
  const p = phraseBeforeVerb(r, y, floor);
  if (!p || p.kind !== 'name' || !p.name) return null;
  // Only a name in apposition after a comma (`…, Suwarso yang mengatakan`): a subject with a
  // relative clause (`Bologna yang berharap tripoin harus gigit jari`) has its own predicate later.
  if (wi.get(p.mention[0] - 1)?.text !== ',') return null;
  // `Sarah Idan, yang mengaku pernah …, bercerita, …`: the relative clause ends at a comma before
  // the sentence's own verb; what it says is a description, not the report.
  for (let k = j + 1; k < j + 60; k++) {
    const w = wi.get(k);
    if (!w || /^[.!?]$/.test(w.text) || !wi.sameLine(k - 1, k)) break;
    const n = wi.get(k + 1);
    if (w.text === ',' && n && n.word && !n.cap && c.isActiveVerb(n.lower, 4) && !c.activeLookalikes.has(n.lower)) return null;
  }
  return { ...p, next: j };
}

/** `Capello yang juga pernah dua kali melatih Real Madrid mengatakan`, `Budi Santoso yang menjadi
 *  pendamping tim UNS menyatakan`: a name, then a relative clause about it up to the verb with no
 *  comma or report of its own inside; the name is the subject. */
function relativeSubject(r: PhraseReader, j: number, floor: number): SpeakerPhrase | null {
  const { wi, c } = r;
  const ownReport = (w: Word) => c.clauseVerbs.has(w.lower) || c.objectVerbs.has(w.lower) || c.accordingTo.some((seq) => seq[0] === w.lower);
  const m = relativiserBefore(r, j - 2, Math.max(floor, j - 20), ownReport);
  if (m < 0) return null;
  const prev = wi.get(m - 1)!;
  if (!(isWordCap(prev) || prev.text === ')')) return null;
  const p = phraseBeforeVerb(r, m, floor);
  if (!p || !(p.kind === 'name' || p.kind === 'org')) return null;
  // `Laporan yang …`, `Survei yang …` (guideline: documents are no speakers); `Rumor yang …`,
  // `Tim yang …`: one capitalised word opening the sentence is a common noun unless the
  // article writes it capitalised inside a sentence too.
  const first = wi.get(p.mention[0])!;
  if (c.notSpeakerSources.has(first.lower)) return null;
  if (p.mention[1] - p.mention[0] === 1 && opensLine(wi, p.mention[0]) && !capitalisedInside(r, first)) return null;
  return { ...p, next: j };
}

/** The nearest lower-case relativiser (`yang`) from `from` back to just above `lowest`, across the
 *  words of a relative clause and `-`, `(`, `)`, `/`: any other mark ends the clause, and so does a
 *  word for which `ends` holds (a report of the clause's own). -1 where there is none. */
function relativiserBefore(r: PhraseReader, from: number, lowest: number, ends: (w: Word) => boolean = () => false): number {
  const { wi, c } = r;
  for (let m = from; m > lowest; m--) {
    const w = wi.get(m)!;
    if (!w.word) {
      if (/^[-()/]$/.test(w.text)) continue;
      return -1;
    }
    if (w.cap) continue;
    if (ends(w)) return -1;
    if (c.relativisers.has(w.lower)) return m;
  }
  return -1;
}

/** The word occurs capitalised after a lower-case word or a comma somewhere in the text. */
function capitalisedInside(r: PhraseReader, w: Word): boolean {
  return wordsAfterLowerCase(r).has(w.text);
}

const AFTER_LOWER_CASE = /(?:\p{Ll}|,) $/u;
const afterLowerCaseCache = new WeakMap<WordIndex, Set<string>>();

/** The words the text writes after a lower-case word or a comma: read once per article (a search of
 *  the whole text for each sentence-opening name would cost the text's length per name). */
function wordsAfterLowerCase(r: PhraseReader): Set<string> {
  const cached = afterLowerCaseCache.get(r.wi);
  if (cached) return cached;
  const set = new Set<string>();
  for (const w of r.wi.words) if (w.word && w.start >= 2 && AFTER_LOWER_CASE.test(r.text.slice(w.start - 2, w.start))) set.add(w.text);
  afterLowerCaseCache.set(r.wi, set);
  return set;
}

/** `Pelatih asal Brasil ini menilai`, `Mantan kapten timnas itu menegaskan`: a noun phrase headed
 *  by a position word and closed by a demonstrative, opening its clause, points back to a person. */
function describedSubject(r: PhraseReader, det: number, floor: number, next: number): SpeakerPhrase | null {
  const { wi, c } = r;
  const d = wi.get(det);
  if (!d || !d.word || d.cap || !c.anaphoric.has(d.lower)) return null;
  const relative = describedByRelative(r, det, floor, next);
  if (relative) return relative;
  for (let m = det - 1; m >= floor && m > det - 9; m--) {
    const w = wi.get(m)!;
    // `Politikus Partai X (PX) ini`: a body's short form in brackets inside the description.
    if (!w.word && !/^[-()]$/.test(w.text)) return null;
    if (!w.word) continue;
    const head = c.roleHeads.has(w.text) || c.roleHeadsLower.has(w.lower);
    if (head && opensClauseAt(r, m, floor)) return { kind: 'descriptive', mention: [m, det + 1], name: null, role: null, next };
    // Only the words of a noun phrase: no verb or clause word between the head and the demonstrative.
    if (!w.cap && (c.clauseOpeners.has(w.lower) || c.isActiveVerb(w.lower, 4) || c.isPassiveVerb(w.lower, 4)) && !c.roleConnectors.has(w.lower)) return null;
  }
  return null;
}

/** `Pria yang akrab disapa Emil itu mengungkapkan`, `Politikus yang juga Wakil Ketua Komisi III
 *  itu menilai`: a word for a person or a position opening the clause, a relative clause about it
 *  (no comma inside), and a demonstrative before the verb point back to someone named before. */
function describedByRelative(r: PhraseReader, det: number, floor: number, next: number): SpeakerPhrase | null {
  const { wi, c } = r;
  const y = relativiserBefore(r, det - 2, Math.max(floor, det - 18));
  if (y < 0) return null;
  const head = wi.get(y - 1)!;
  if (!head.word || !(c.roleHeads.has(head.text) || c.roleHeadsLower.has(head.lower) || c.personNouns.has(head.lower))) return null;
  if (!opensClauseAt(r, y - 1, floor)) return null;
  return { kind: 'descriptive', mention: [y - 1, det + 1], name: null, role: null, next };
}

function phraseBeforeVerb(r: PhraseReader, j: number, floor: number): SpeakerPhrase | null {
  const { wi, c } = r;
  let k = timeBefore(r, j - 1, floor);
  // `Menteri X dalam sambutannya mengatakan`: where the words were said, between subject and verb.
  const where = wi.get(k);
  const prep = wi.get(k - 1);
  if (where && prep && c.suffix && where.word && !where.cap && where.lower.endsWith(c.suffix) && where.lower.length > c.suffix.length + 3 && prep.word && c.settingPrepositions.has(prep.lower)) k -= 2;
  // `Pelatih asal Brasil ini menilai …`
  let f = k;
  while (f >= floor && wi.get(f)!.word && !wi.get(f)!.cap && c.fillers.has(wi.get(f)!.lower) && !c.anaphoric.has(wi.get(f)!.lower)) f--;
  const described = f >= floor ? describedSubject(r, f, floor, j) : null;
  // Fillers between subject and verb (`Dia pun mengakui`, `Komnas HAM dalam hal ini tentu`).
  let fillers = 0;
  while (k >= floor && fillers < 5) {
    const w = wi.get(k)!;
    if (w.word && !w.cap && c.fillers.has(w.lower)) {
      k--;
      fillers++;
      continue;
    }
    break;
  }
  let commaBefore = false;
  if (k >= floor && wi.get(k)!.text === ',') {
    commaBefore = true;
    k--;
  }
  if (k < floor) return null;
  const w = wi.get(k)!;
  if (w.word && c.pronouns.has(w.lower)) {
    if (k > floor && wi.get(k - 1)!.word && !wi.get(k - 1)!.cap && !c.cueLeaders.has(wi.get(k - 1)!.lower) && !commaBefore && !afterSentenceAdverb(r, k, floor)) {
      // `bahwa dia mengatakan` is fine, but `kepada dia` is an object
      const prev = wi.get(k - 1)!.lower;
      if (!c.pronounConnectives.has(prev)) return null;
    }
    return { kind: 'pronoun', mention: [k, k + 1], name: null, role: null, next: j };
  }
  if (w.word && !w.cap && k - 1 >= floor && c.orgPrefixes.has(wi.get(k - 1)!.lower) && opensClauseAt(r, k - 1, floor)) {
    return { kind: 'org', mention: [k - 1, k + 1], name: [k - 1, k + 1], role: null, next: j };
  }
  if (w.word && !w.cap && c.orgPrefixes.has(w.lower)) return { kind: 'org', mention: [k, k + 1], name: [k, k + 1], role: null, next: j };
  let start = runBackward(r, k, floor);
  // `para Penggugat menilai`: a group named by a capitalised noun.
  const group = wi.get(start - 1);
  if (start <= k && start - 1 >= floor && group && group.word && !group.cap && c.orgPrefixes.has(group.lower) && !splitRun(r, start, k + 1).role && opensClauseAt(r, start - 1, floor)) {
    return { kind: 'org', mention: [start - 1, k + 1], name: [start - 1, k + 1], role: null, next: j };
  }
  if (start > k && commaBefore && w.word && !w.cap) {
    // `Daniella Maina (16), seorang siswi …, menuturkan`: hop over one appositive.
    let m = k;
    while (m >= floor && m > k - 25 && wi.get(m)!.text !== ',') {
      if (!wi.get(m)!.word && wi.get(m)!.text !== '-') return null;
      m--;
    }
    if (m < floor || wi.get(m)!.text !== ',') return null;
    const end = m - 1;
    start = runBackward(r, end, floor);
    if (start > end) return null;
    return buildBefore(r, start, end + 1, floor, j);
  }
  if (start > k) return described ?? appositiveSubject(r, k, floor, j) ?? describedRole(r, k, floor, j);
  // `Suharti, Lurah Tanah Sereal menjelaskan`: a name, a comma, then the role before the verb.
  if (start - 2 >= floor && wi.get(start - 1)!.text === ',' && (c.roleHeads.has(wi.get(start)!.text) || c.roleHeadsLower.has(wi.get(start)!.lower)) && !splitRun(r, start, k + 1).name) {
    const nameStart = runBackward(r, start - 2, floor);
    if (nameStart <= start - 2) {
      const s0 = splitRun(r, nameStart, start - 1);
      const opensClause = nameStart === floor || !wi.get(nameStart - 1)!.word || c.cueLeaders.has(wi.get(nameStart - 1)!.lower);
      if (s0.name && !s0.role && !s0.org && opensClause) {
        return { kind: 'name', mention: s0.name, name: s0.name, role: [start, k + 1], next: j };
      }
    }
  }
  // The run must begin its clause: after the sentence start, a comma, or a connective.
  if (start > floor) {
    const p = wi.get(start - 1)!;
    if (p.word && !p.cap && !c.cueLeaders.has(p.lower) && !c.clauseConnectives.has(p.lower) && !afterSentenceAdverb(r, start, floor)) {
      return described ?? appositiveSubject(r, k, floor, j) ?? roleWithCommonNouns(r, start, k + 1, floor, j);
    }
  }
  if (described && described.mention[0] < start) return described;
  const built = buildBefore(r, start, k + 1, floor, j);
  // `Pelatih asal Malang ini menilai`: a one-word "name" after a lower-case word inside a
  // described subject is where the person is from, not who it is.
  if (described && built && built.kind === 'role') return described;
  // `Politikus Partai Maju Bersama (PMB) ini menilai`: one capitalised word after a role and a
  // body, closed by a demonstrative, ends the body's name; the subject is the description.
  if (described && built && built.kind === 'name' && built.role && built.name && built.name[1] - built.name[0] === 1) return described;
  if (described && built && built.name && built.name[1] - built.name[0] === 1) {
    const before = wi.get(built.name[0] - 1);
    if (before && before.word && !before.cap) return described;
  }
  // `Pejabat itu mengatakan`: a bare position word and a demonstrative point back.
  return built ?? described;
}

/** A lower-case word that cannot be inside a subject's noun phrase: a circumstance word, an
 *  auxiliary, a filler, a pronoun or an active verb. */
function endsNounPhrase(c: CompiledQuoteLexicon, w: Word): boolean {
  return !w.cap && (c.stops.has(w.lower) || c.clauseOpeners.has(w.lower) || c.fillers.has(w.lower) || c.pronouns.has(w.lower) || c.anaphoric.has(w.lower) || c.isActiveVerb(w.lower, 3));
}

/** `Fedrich Yunadi, kuasa hukum Setnov mengatakan`, `Budi, warga setempat mengatakan`: a name
 *  opening the clause, a comma, then a role in apposition that starts with a lower-case position
 *  word and runs up to the verb (k is its last word). The name is the speaker. */
function appositiveSubject(r: PhraseReader, k: number, floor: number, next: number): SpeakerPhrase | null {
  const { wi, c } = r;
  for (let q = k; q >= floor && q > k - 9; q--) {
    const x = wi.get(q)!;
    if (x.text === ',') {
      const head = wi.get(q + 1);
      if (q === k || !head || !head.word || head.cap || !c.roleHeadsLower.has(head.lower)) return null;
      const nameEnd = q - 1;
      if (nameEnd < floor) return null;
      const nameStart = runBackward(r, nameEnd, floor);
      if (nameStart > nameEnd || !opensClauseAt(r, nameStart, floor)) return null;
      const s0 = splitRun(r, nameStart, q);
      if (!s0.name || s0.role || s0.org) return null;
      return { kind: 'name', mention: s0.name, name: s0.name, role: [q + 1, k + 1], next };
    }
    if (!x.word) {
      if (x.text === '-') continue;
      return null;
    }
    if (endsNounPhrase(c, x)) return null;
  }
  return null;
}

/** `Kuasa hukum tersangka mengatakan`, `pejabat setempat mengatakan`: a position word and the
 *  common nouns that describe it, opening the clause before the verb (k is its last word). No
 *  one is named; the description is the source (guideline: a group or role that speaks). */
function describedRole(r: PhraseReader, k: number, floor: number, next: number): SpeakerPhrase | null {
  const { wi, c } = r;
  let head = -1;
  for (let m = k; m >= floor && m > k - 5; m--) {
    const w = wi.get(m)!;
    if (!w.word) break;
    if (m < k && w.cap && !(c.roleHeads.has(w.text) && opensLine(wi, m))) break;
    if (m === k && w.cap) return null;
    if (endsNounPhrase(c, w)) break;
    if ((c.roleHeadsLower.has(w.lower) || c.roleHeads.has(w.text)) && opensClauseAt(r, m, floor)) head = m;
  }
  if (head < 0 || head === k) return null;
  return { kind: 'role', mention: [head, k + 1], name: null, role: [head, k + 1], next };
}

/** `Kementerian Luar Negeri Suriah pada Selasa (4/4) menyatakan`, `X hari ini mengatakan`: when
 *  the words were said, between subject and verb without commas. Returns the index of the word
 *  (or, with afterComma, of a comma: `X di Serang, Kamis mengatakan`)
 *  before the time phrase, or k when there is none. */
function timeBefore(r: PhraseReader, k: number, floor: number, afterComma = false): number {
  const { wi, c } = r;
  if (c.speechTimes.size === 0) return k;
  let m = k;
  // A date in brackets after the day (`(4/4)`, `(4/4/2017)`).
  if (wi.get(m)?.text === ')') {
    let o = m - 1;
    while (o > floor && o > m - 7 && /^[\p{N}/]+$/u.test(wi.get(o)!.text)) o--;
    if (o <= floor || wi.get(o)!.text !== '(' || o === m - 1) return k;
    m = o - 1;
  }
  let found = false;
  while (m > floor) {
    const w = wi.get(m)!;
    if (!w.word) break;
    if (c.speechTimes.has(w.lower)) {
      found = true;
      m--;
      continue;
    }
    // Two words (`hari ini`).
    const before = wi.get(m - 1);
    if (before?.word && c.speechTimes.has(`${before.lower} ${w.lower}`)) {
      found = true;
      m -= 2;
      continue;
    }
    break;
  }
  if (!found) return k;
  // `pada Selasa`
  if (m > floor && wi.get(m)!.word && c.speechTimePrepositions.has(wi.get(m)!.lower)) m--;
  return m >= floor && (wi.get(m)!.word || (afterComma && wi.get(m)!.text === ',')) ? m : k;
}

/** `Pelatih timnas U-16 Fakhri Husaini mengatakan`: a role that holds a few lower-case common
 *  nouns (`timnas`, `klub`) before the name; it must begin with a position word and its clause. */
function roleWithCommonNouns(r: PhraseReader, start: number, end: number, floor: number, next: number): SpeakerPhrase | null {
  const { wi, c } = r;
  for (let m = start - 1; m >= floor && m > start - 7; m--) {
    const w = wi.get(m)!;
    if (!w.word) {
      if (w.text === '-') continue;
      return null;
    }
    // `Senada dengan X, pengamat politik Lembaga Y (LY) Siti Z menilai`: the position word in
    // lower case after a comma or a connective heads the role as a capitalised one does.
    // It must name the person, and not be a role held for someone else (`kuasa hukum X` is X's
    // lawyer, not X).
    const lowerHead = !w.cap && c.roleHeadsLower.has(w.lower) && !c.relationalRoles.has(w.lower) && m < start - 1 && opensClauseAt(r, m, floor);
    if (w.cap || lowerHead) {
      if (!lowerHead && !(c.roleHeads.has(w.text) && opensClauseAt(r, m, floor))) continue;
      const split = splitRun(r, start, end);
      if (split.name && !split.org) return { kind: 'name', mention: [m, end], name: split.name, role: [m, split.name[0]], next };
      // `Juru bicara Polda Metro Jaya Kombes Argo Yuwono menjelaskan`: the capitalised words
      // after the common nouns begin with a body; the name, if any, comes after it.
      const whole = splitRun(r, m, end);
      if (whole.name && !whole.org && whole.name[0] > start) return { kind: 'name', mention: [m, end], name: whole.name, role: whole.role ?? [m, whole.name[0]], next };
      if (lowerHead) return null;
      // `Juru bicara Kementerian Dalam Negeri India mengonfirmasi`: a role without a name.
      if (!whole.name && !whole.org) return { kind: 'role', mention: [m, end], name: null, role: [m, end], next };
      if (split.org && (!whole.name || whole.org)) return { kind: 'role', mention: [m, end], name: null, role: [m, end], next };
      return null;
    }
    if (c.stops.has(w.lower) || c.clauseOpeners.has(w.lower) || c.fillers.has(w.lower) || c.isActiveVerb(w.lower, 3) || c.isPassiveVerb(w.lower, 3)) return null;
  }
  return null;
}

/** Word i begins its clause: the sentence start, after punctuation, a sentence adverb
 *  (`Namun`, `Sementara itu,`) or a connective; not after a preposition or a verb
 *  (`kepada para wartawan`, `Negosiator pemerintah X`). */
function opensClauseAt(r: PhraseReader, i: number, floor: number): boolean {
  if (i <= floor) return true;
  const p = r.wi.get(i - 1)!;
  if (!p.word) return true;
  if (!p.cap && afterSentenceAdverb(r, i, floor)) return true;
  if (p.cap) return r.c.notNames.has(p.text) || isNyaAdverb(r.c, p);
  return r.c.cueLeaders.has(p.lower) || r.c.clauseConnectives.has(p.lower);
}

/** Word i follows an adverbial phrase that opens its sentence or clause (`Lebih lanjut Erick
 *  mengatakan`, `Meski demikian ia menegaskan`): i begins the clause proper. */
function afterSentenceAdverb(r: PhraseReader, i: number, floor: number): boolean {
  const { wi, c } = r;
  const last = wi.get(i - 1);
  const seqs = last && last.word ? c.sentenceAdverbs.get(last.lower) : undefined;
  if (!seqs) return false;
  for (const seq of seqs) {
    const s = i - seq.length;
    if (s < floor) continue;
    let ok = true;
    for (let j = 0; j < seq.length && ok; j++) ok = wi.get(s + j)!.lower === seq[j];
    if (ok && (s === floor || opensLine(wi, s))) return true;
  }
  return false;
}

function buildBefore(r: PhraseReader, start: number, end: number, floor: number, next: number): SpeakerPhrase | null {
  const { wi } = r;
  const split = splitRun(r, start, end);
  if (split.org) return { kind: 'org', mention: [start, end], name: split.name, role: null, next };
  if (!split.name) {
    if (!hasRoleHead(r, split.role)) return null;
    // A bare position word inside a sentence (`…, Warga menyebut …`) names no one in particular;
    // opening its sentence it is the subject (`Jaksa menilai …`, `Presiden berharap …`): the
    // person the article names with that position, resolved by the speakers refiner.
    if (end - start < 2 && !(opensLine(wi, start) && r.c.roleHeads.has(wi.get(start)!.text))) return null;
    return { kind: 'role', mention: [start, end], name: null, role: split.role, next };
  }
  let role = split.role;
  // `Head of Communications TikTok Indonesia, Anggini Setiawan menjelaskan`
  if (!role && start - 2 >= floor && wi.get(start - 1)!.text === ',') {
    const rs = runBackward(r, start - 2, floor);
    if (rs <= start - 2) {
      const candidate: WordRange = [rs, start - 1];
      if (hasRoleHead(r, candidate)) role = candidate;
    }
  }
  return { kind: 'name', mention: split.role ? [start, end] : split.name, name: split.name, role, next };
}
