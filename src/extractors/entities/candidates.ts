// Name candidates in one sentence, from rules (gazetteers, head words, titles, triggers) and
// from the statistical tagger, then one reading per token: earlier tiers first, longer first.
import { longestMatch, isEntry, rootChild, type CompiledLexicon, type EntityKind, type GazetteerValue } from './lexicon.js';
import { isCapitalised, hasLetter, type WordToken } from './tokens.js';
import type { TaggerModel } from './tagger.js';
import { tagSentence } from './tagger.js';

export interface Candidate {
  /** Token range [first, end) in the sentence's tokens. */
  first: number;
  end: number;
  kind: EntityKind;
  rule: string;
  /** 1: definitions, gazetteer, head words, titles; 2: tagger; 3: weak rules. */
  tier: number;
  gazetteer?: GazetteerValue;
}

const TAG_KIND: Record<string, EntityKind> = { PER: 'person', ORG: 'org', LOC: 'place' };
const NAME_PUNCT = new Set(['-', '/', '&', "'", '’']);

const isAcronymLike = (w: string) => /^\p{Lu}[\p{Lu}\p{N}-]*$/u.test(w) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(w);
const isRoman = (w: string) => /^[IVX]+$/.test(w);

const placeTrigger = (lex: CompiledLexicon, t: WordToken): boolean => t.info?.placeTrigger ?? lex.placeTriggers.has(t.text);

/** A capitalised (or acronym, number, Roman numeral) word that can continue a name. */
function nameWord(t: WordToken | undefined): boolean {
  if (!t) return false;
  // A word starting with an ASCII lower-case letter is none of these (most words; no regex run).
  const c = t.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  // Numbers continue a name (`Densus 88`), years do not (`Bank Indonesia 2004`).
  return (isCapitalised(t.text) && hasLetter(t.text)) || isRoman(t.text) || (/^\d+$/.test(t.text) && !/^(19|20)\d\d$/.test(t.text));
}

/**
 * Where the portfolio after a position word ends: the words of a ministry's name after its head
 * (`Keuangan` of `Kementerian Keuangan`), else one derived noun of the pack's portfolio shape.
 */
function portfolioEnd(lex: CompiledLexicon, tokens: readonly WordToken[], j: number): number {
  const heads = lex.lexicon.portfolioHeads ?? [];
  let best = j;
  for (const head of heads) {
    let node = rootChild(lex.gazetteer, head);
    for (let k = j; node && k < tokens.length; k++) {
      node = node.next.get(tokens[k]!.text);
      if (node?.value?.kind === 'org' && k + 1 > best) best = k + 1;
    }
  }
  if (best === j && lex.portfolioWord && tokens[j] && lex.portfolioWord.test(tokens[j]!.text)) best = j + 1;
  return best;
}

/** Commonly lower-case word written capitalised (sentence-initial or headline Title Case). */
export function commonWord(model: TaggerModel | null, w: string): boolean {
  return !!model && model.lowercase.has(w.toLowerCase());
}

/** How far a name that starts with a head word runs: capitalised words, connectors between them. */
function extendName(lex: CompiledLexicon, tokens: readonly WordToken[], from: number, stopAt: (i: number) => boolean): number {
  let j = from;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (stopAt(j) || (j > from && longestMatch(lex.titles, tokens, j))) break;
    if (nameWord(t) && !lex.nameBreakers.has(t.text)) {
      j++;
      continue;
    }
    // A connector or name punctuation only between two name words (`Koperasi dan UKM`, `ATR/BPN`).
    const after = tokens[j + 1];
    if ((lex.connectors.has(t.text) || NAME_PUNCT.has(t.text)) && j > from && nameWord(after) && !lex.nameBreakers.has(after!.text) && !stopAt(j + 1)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

export function sentenceCandidates(
  lex: CompiledLexicon,
  model: TaggerModel | null,
  tokens: readonly WordToken[],
  headline: boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const tags = model ? tagSentence(model, lex, tokens) : tokens.map(() => 'O');
  const venues: (Candidate & { nameStart: number })[] = [];
  // Where the tagger starts a person (a common word it reads so, `Daerah`, does not count).
  const personStarts = new Set<number>();
  tags.forEach((t, i) => t === 'B-PER' && !commonWord(model, tokens[i]!.text) && personStarts.add(i));
  // `I Gusti Ngurah Putra`, `Ni Ketut Ariani`: a name prefix before a given name of its kind starts
  // a person, whatever the tagger read (it leaves `I` to the organisation before it).
  // (Not where a place or building is named after the person: `Stadion I Wayan Dipta`, `Bandar
  // Udara Internasional I Gusti Ngurah Rai`.)
  const namedAfter = (i: number): boolean => {
    for (let k = i - 1; k >= 0 && k >= i - 3 && isCapitalised(tokens[k]!.text); k--) {
      // (`Provinsi Bali Ni Wayan ...`: a region closes the place before the name.)
      if (longestMatch(lex.gazetteer, tokens, k)?.end === i) return false;
      if (longestMatch(lex.placeHeads, tokens, k) || longestMatch(lex.venueHeads, tokens, k)) return true;
    }
    return false;
  };
  const prefixStarts = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (lex.personNamePrefixes.has(tokens[i]!.text) && lex.prefixedGivenNames.has(tokens[i + 1]!.text) && !namedAfter(i)) {
      prefixStarts.add(i);
      personStarts.add(i);
    }
  }
  const placeAt = (k: number) => longestMatch(lex.gazetteer, tokens, k)?.value.kind === 'place';
  // `Voxpol Center`, `Sutrisno Bachir Foundation`: a name that ends in a word of a body's or a
  // building's English name (or a company suffix) is no person's.
  // A building's (`Allianz Arena`, `Pullman Hotel`) is read as a venue; a known given name before
  // it keeps the person (`Nathan Hall`).
  const bodyTail = (end: number, first: number): EntityKind | null => {
    const w = tokens[end - 1]!.text;
    if (placeAt(end - 1)) return null;
    if (lex.organisationSuffixes.has(w) || lex.bodyTails.has(w)) return 'org';
    if (lex.venueTails.has(w) && !model?.names.has(tokens[first]!.text)) return 'place';
    return null;
  };
  const knownEndsAt = (from: number, end: number): boolean => {
    for (let k = from; k < end; k++) if (longestMatch(lex.gazetteer, tokens, k)?.end === end) return true;
    return false;
  };
  const startsKnownName = (k: number): boolean =>
    !!longestMatch(lex.gazetteer, tokens, k) || !!longestMatch(lex.organisationHeads, tokens, k) || isAcronymLike(tokens[k]!.text);
  // `X dan Y` where X is a name the gazetteer knows and Y starts another: two names, not one.
  const coordinatedAt = (from: number, j: number): boolean => j > from + 1 && lex.coordinators.has(tokens[j - 1]!.text) && knownEndsAt(from, j - 1) && startsKnownName(j);
  const positionEndsAt = (k: number): boolean => {
    for (let p = k - 1; p >= 0 && p >= k - 3; p--) if (longestMatch(lex.positions, tokens, p)?.end === k) return true;
    return false;
  };

  // Where the last known name read from the gazetteer ends: a head word inside it (`Serikat` of
  // `Amerika Serikat`) starts no organisation of its own.
  let knownUntil = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const knownBefore = knownUntil;
    // Gazetteers: exact, else folded for multi-word names written in lower case (`kemenkop dan UKM`).
    let g = longestMatch(lex.gazetteer, tokens, i);
    let rule = 'gazetteer';
    const folded = longestMatch(lex.foldedGazetteer, tokens, i, true);
    if (folded && folded.end - i > 1 && (!g || folded.end > g.end)) {
      const text = tokens.slice(i, folded.end).map((x) => x.text);
      if (text.some((w) => /\p{Lu}/u.test(w))) {
        g = folded;
        rule = 'gazetteer-variant';
      }
    }
    if (g) {
      const single = g.end - i === 1;
      const ambiguousStart = single && (t.initial || headline) && commonWord(model, t.text);
      if (!ambiguousStart && !(single && lex.ambiguous.has(t.text))) {
        const v = g.value;
        const tier = v.kind === 'person' ? 2 : v.minor && single ? 3 : 1;
        let end = g.end;
        // `TikTok Indonesia`, `PT Timah Tbk`: a company name with its country or legal suffix.
        if (v.kind === 'org') while (end < tokens.length && lex.organisationSuffixes.has(tokens[end]!.text)) end++;
        // `Kementerian Kesehatan Brazil`, `Kementerian Luar Negeri Suriah`: a body named by its head
        // word, with the country or province it belongs to.
        if (v.kind === 'org' && end === g.end && longestMatch(lex.organisationHeads, tokens, i)) {
          const place = longestMatch(lex.gazetteer, tokens, end);
          if (place && place.value.kind === 'place' && !place.value.minor) end = place.end;
        }
        const kind = v.kind;
        const ruleId = `${kind}.${rule}${end > g.end ? '-suffix' : ''}`;
        out.push(end > g.end ? { first: i, end, kind, rule: ruleId, tier } : { first: i, end, kind, rule: ruleId, tier, gazetteer: v });
        if (!single) knownUntil = Math.max(knownUntil, end);
      }
    }
    // `dikutip BolaSport.com`, `Jurnal.id mengklaim`: a web domain names an outlet or a company
    // (not in an e-mail address or a link: `humas@bps.go.id`, `www.x.com`, `x.com/berita`).
    if (!g && t.text.includes('.') && lex.outletDomain?.test(t.text) && hasLetter(t.text.charAt(0)) && !/^www\./i.test(t.text)) {
      const before = tokens[i - 1]?.text;
      if (before !== '@' && before !== '/' && before !== '.' && tokens[i + 1]?.text !== '/' && tokens[i + 1]?.text !== '@') out.push({ first: i, end: i + 1, kind: 'org', rule: 'org.domain', tier: 1 });
    }
    // `di Gedung KPK.`: a building is the place named only when nothing else names the place
    // (not in `di Gedung DPR, Jakarta`); the organisation in its name stays an organisation.
    if (i > 0 && placeTrigger(lex, tokens[i - 1]!)) {
      const venue = longestMatch(lex.venueHeads, tokens, i);
      if (venue && nameWord(tokens[venue.end])) {
        const end = extendName(lex, tokens, venue.end, () => false);
        const next = tokens[end]?.text === ',' ? longestMatch(lex.gazetteer, tokens, end + 1) : null;
        let namesPlace = false; // `Balai Kota Jakarta`: the place is in the venue's name
        for (let k = venue.end; k < end && !namesPlace; k++) namesPlace = longestMatch(lex.gazetteer, tokens, k)?.value.kind === 'place';
        if (end > venue.end && !namesPlace && !(next && next.value.kind === 'place')) venues.push({ first: i, end, kind: 'place', rule: 'place.venue', tier: 1, nameStart: venue.end });
      }
    }
    if (!isCapitalised(t.text)) {
      // `grup band Langit Biru`, `klub Persegres Gresik`: a capitalised phrase after a group word
      // names the group (weak: a gazetteer or the tagger reads it first).
      if (lex.groupCues.has(t.text) && nameWord(tokens[i + 1]) && isCapitalised(tokens[i + 1]!.text) && !model?.names.has(tokens[i + 1]!.text) && !commonWord(model, tokens[i + 1]!.text)) {
        const end = extendName(lex, tokens, i + 1, (j) => j > i + 1 && personStarts.has(j));
        out.push({ first: i + 1, end, kind: 'org', rule: 'org.group-cue', tier: 3 });
      }
      // `di Cilincing`: a capitalised phrase after a place trigger (weak, last tier).
      if (placeTrigger(lex, t) && nameWord(tokens[i + 1]) && isCapitalised(tokens[i + 1]!.text)) {
        const end = extendName(lex, tokens, i + 1, (j) => personStarts.has(j) && j > i + 1);
        const firstWord = tokens[i + 1]!.text;
        // Not a building (`di Gedung DPR`: the guideline's places exclude venues), a name the
        // tagger knows as a person's (`dari Surya Paloh`), or an ambiguous word (`dari Allah`).
        const notPlace =
          lex.currencies.has(firstWord) ||
          tokens.slice(i + 1, end).some((x) => /^[\p{N}.,]+$/u.test(x.text)) ||
          commonWord(model, firstWord) ||
          lex.placeModifiers.has(firstWord) ||
          isAcronymLike(firstWord) ||
          lex.ambiguous.has(firstWord) ||
          !!model?.names.has(firstWord) ||
          !!longestMatch(lex.venueHeads, tokens, i + 1);
        if (end > i + 1 && !notPlace) out.push({ first: i + 1, end, kind: 'place', rule: 'place.trigger', tier: 3 });
      }
      continue;
    }
    // Organisation head words: `Kementerian Pertanian`, `Pemprov NTB`, `PT Sawit Jaya Abadi (SJA)`.
    let head = i >= knownBefore ? longestMatch(lex.organisationHeads, tokens, i) : null;
    // `Kantor Kementerian Dalam Negeri`, `Kantor KPK`: the building of a body the gazetteer knows
    // is no other body (the known one is read from the next word).
    if (head && longestMatch(lex.venueHeads, tokens, i)?.end === head.end && longestMatch(lex.gazetteer, tokens, head.end)?.value.kind === 'org') head = null;
    if (head) {
      // A person the tagger sees right after the name ends it (`Ketua Partai Golkar Tantowi Yahya`).
      // Another head word starts another organisation (`Direktorat Kesehatan Hewan Ditjen ...`).
      // A body it belongs to continues the name (`Direktorat Lalu Lintas Polda Metro Jaya`,
      // `Dewan Pimpinan Pusat Partai Golkar`), and so does a known place the tagger misread as a
      // person (`Kementerian Kesehatan Brazil`).
      let end = extendName(
        lex,
        tokens,
        head.end,
        (j) =>
          prefixStarts.has(j) ||
          // `Sekretaris Kabinet | Pramono Anung`, `Wakil Ketua Pansus | Masinton Pasaribu`: after a
          // position, a head word the tagger's person follows is the body the position heads.
          (j === head.end && head.end - i === 1 && lex.positionBodies.has(t.text) && personStarts.has(j) && !placeAt(j) && positionEndsAt(i)) ||
          // `Bank Indonesia dan LPPI`, `Partai Gerindra dan PKS`: a connector after a known name,
          // before another name, joins two bodies.
          coordinatedAt(i, j) ||
          (j > head.end &&
          ((personStarts.has(j) && !placeAt(j)) ||
            // (`Partai Golkar dan Partai Demokrat` are two.)
            (isEntry(lex.organisationHeads, tokens[j]!.text) && (!lex.parentBodyHeads.has(tokens[j]!.text) || lex.connectors.has(tokens[j - 1]!.text))))),
      );
      while (end < tokens.length && lex.organisationSuffixes.has(tokens[end]!.text)) end++;
      if (tokens[end]?.text === '(' && tokens[end + 1]?.text === 'Persero' && tokens[end + 2]?.text === ')') end += 3;
      const headOnly = end === head.end;
      const venue = lex.venues.has(tokens.slice(i, Math.min(end, i + 2)).map((x) => x.text).join(' '));
      if (!headOnly && !venue) out.push({ first: i, end, kind: 'org', rule: 'org.head-word', tier: 1 });
      // An acronym head on its own names a body (`DPP`, `DPRD`): the tagger decides, this helps.
      else if (headOnly && head.end - i === 1 && isAcronymLike(t.text)) out.push({ first: i, end, kind: 'org', rule: 'org.head-word', tier: 2 });
    }
    // Place head words: `Kabupaten Poso`, `Jalan Cianjur`, `Danau Poso`.
    const placeHead = longestMatch(lex.placeHeads, tokens, i);
    if (placeHead && nameWord(tokens[placeHead.end])) {
      // Another head word starts another name (`Kota Gorontalo dan Kabupaten Gorontalo Utara`).
      const startsName = (j: number) => !!longestMatch(lex.placeHeads, tokens, j) || !!longestMatch(lex.organisationHeads, tokens, j);
      let end = extendName(lex, tokens, placeHead.end, (j) => j > placeHead.end && (personStarts.has(j) || startsName(j) || coordinatedAt(i, j)));
      if (end > placeHead.end) out.push({ first: i, end, kind: 'place', rule: 'place.head-word', tier: 1 });
    }
    // A position, the body it heads if any, then a name: `Menpora Imam Nahrowi`,
    // `Gubernur Jawa Barat Ahmad Heryawan`, `Ketua Umum Hanura Wiranto`.
    const position = longestMatch(lex.positions, tokens, i);
    if (position && (i === 0 || !isCapitalised(tokens[i - 1]!.text))) {
      let j = position.end;
      const body = longestMatch(lex.gazetteer, tokens, j);
      if (body && body.value.kind !== 'person') j = body.end;
      // `Menteri Keuangan Sri Mulyani`, `Menteri Luar Negeri Retno`: the portfolio of a ministry
      // the gazetteer knows, or a derived noun (`Perindustrian`), is the position's, not the name's.
      else j = portfolioEnd(lex, tokens, j);
      // `Wakil Ketua Pansus Masinton Pasaribu`: the one-word body is the position's.
      if (j === position.end && tokens[j] && lex.positionBodies.has(tokens[j]!.text) && personStarts.has(j + 1)) j++;
      // `Dirjen Industri Kimia, Tekstil dan Aneka ...`, `Dirjen Dukcapil Irman`: after the head of a
      // unit the unit's field comes first; the holder's name starts only where the tagger reads one.
      let unitOnly = false;
      if (j === position.end && lex.unitPositions.has(tokens.slice(i, position.end).map((x) => x.text).join(' '))) {
        while (j < tokens.length && j - position.end < 6 && isCapitalised(tokens[j]!.text) && !personStarts.has(j)) j++;
        unitOnly = !personStarts.has(j);
        // (Else a given name the tagger knows after the first field word: `Dirjen Pajak Ken ...`.)
        for (let k = position.end + 1; unitOnly && k < j; k++) if (model?.names.has(tokens[k]!.text)) (j = k), (unitOnly = false);
      }
      let end = j;
      while (end < tokens.length && end - j < 3) {
        const w = tokens[end]!.text;
        const nameLike = isCapitalised(w) && /\p{Ll}/u.test(w) && !lex.ambiguous.has(w) && !commonWord(model, w);
        const known = longestMatch(lex.gazetteer, tokens, end) || longestMatch(lex.organisationHeads, tokens, end) || longestMatch(lex.placeHeads, tokens, end) || longestMatch(lex.positions, tokens, end) || longestMatch(lex.titles, tokens, end);
        if (!nameLike || known) break;
        end++;
      }
      const stopsClean = end >= tokens.length || !isCapitalised(tokens[end]!.text);
      // One word alone is a name only when the tagger knows it as one (`Menteri Hukum` is not).
      const enough = end - j >= 2 || (end - j === 1 && !!model?.names.has(tokens[j]!.text));
      if (end > j && stopsClean && enough && !unitOnly && !bodyTail(end, j)) out.push({ first: j, end, kind: 'person', rule: 'person.position', tier: 2 });
    }
    if (prefixStarts.has(i)) {
      let end = i + 2;
      while (end < tokens.length && end - i < 6) {
        const w = tokens[end]!.text;
        if (!isCapitalised(w) || !hasLetter(w) || lex.nameBreakers.has(w) || lex.degrees.has(w) || longestMatch(lex.positions, tokens, end) || longestMatch(lex.titles, tokens, end) || longestMatch(lex.organisationHeads, tokens, end)) break;
        end++;
      }
      out.push({ first: i, end, kind: 'person', rule: 'person.name-prefix', tier: 1 });
    }
    // Titles: `Pak Teten`, `Ajun Komisaris Roland Manurung`, `Prof. Dr. H. Ani Rahma`.
    let ti = i;
    for (let m = longestMatch(lex.titles, tokens, ti); m; m = longestMatch(lex.titles, tokens, ti)) ti = m.end;
    // A title word that ends a position is not a title (`Direktur Jenderal`, `Sekretaris Jenderal`).
    // Nor one inside a body's head word (`Direktorat Jenderal Pajak`, `Inspektorat Jenderal`).
    const inPosition = (k: number) => k >= 0 && ((longestMatch(lex.positions, tokens, k)?.end ?? 0) > i || (longestMatch(lex.organisationHeads, tokens, k)?.end ?? 0) > i);
    if (ti > i && !inPosition(i - 1) && !inPosition(i - 2) && nameWord(tokens[ti]) && !lex.ambiguous.has(tokens[ti]!.text) && !isAcronymLike(tokens[ti]!.text)) {
      let end = ti;
      while (end < tokens.length && end - ti < 5) {
        const w = tokens[end]!;
        if (lex.nameBreakers.has(w.text)) break;
        if (isCapitalised(w.text) && hasLetter(w.text) && !lex.degrees.has(w.text)) end++;
        // `di` is also the commonest preposition: `AKBP Yudhistira di Surabaya` ends before it
        // when a known place follows (`Angel di Maria` keeps it).
        else if (lex.particles.has(w.text) && nameWord(tokens[end + 1]) && !placeAt(end + 1)) end += 2;
        else break;
      }
      if (end > ti) out.push({ first: ti, end, kind: 'person', rule: 'person.title', tier: 1 });
    }
  }

  // The tagger's names.
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i]!.startsWith('B-')) continue;
    const type = tags[i]!.slice(2);
    let end = i + 1;
    while (end < tags.length && tags[end] === 'I-' + type) end++;
    let first = i;
    const kind = TAG_KIND[type]!;
    // Names start with a capital, and not with a common word capitalised at a sentence start:
    // `kelas MotoGP`, `Pebalap Pramac Ducati` are read from the name on.
    while (first < end - 1 && (!isCapitalised(tokens[first]!.text) || (tokens[first]!.initial && commonWord(model, tokens[first]!.text)))) first++;
    // `Kantor Kementerian Dalam Negeri`: the building word before a known body is not the body's.
    if (kind === 'org') {
      const building = longestMatch(lex.venueHeads, tokens, first);
      if (building && building.end < end && longestMatch(lex.gazetteer, tokens, building.end)?.value.kind === 'org') first = building.end;
    }
    // A weekday or month after a known place or at the end of a person's name is a dateline's,
    // not the name's (`di Jakarta Selasa (30/8)`, `kata Wiranto Selasa`); `Pasar Minggu` stays.
    for (let k = first + 1; k < end; k++) {
      if (!lex.calendarWords.has(tokens[k]!.text)) continue;
      if (longestMatch(lex.gazetteer, tokens, first)?.end === k || (kind === 'person' && k === end - 1)) end = k;
      break;
    }
    if (kind === 'person') {
      // `Carl XVI Gustaf`: a regnal number belongs to the name before it.
      if (/^[IVX]+$/.test(tokens[first]!.text) && first > 0 && isCapitalised(tokens[first - 1]!.text) && /\p{Ll}/u.test(tokens[first - 1]!.text)) first--;
      // Titles, positions and degrees are not part of the name (`Mensesneg Hatta Rajasa`).
      for (let m = longestMatch(lex.titles, tokens, first) ?? longestMatch(lex.positions, tokens, first); m && m.end < end; m = longestMatch(lex.titles, tokens, first) ?? longestMatch(lex.positions, tokens, first)) first = m.end;
      // The one-word body a position heads is not the start of the name after it (`Wakil Ketua
      // Pansus Masinton Pasaribu`, `Sekretaris Kabinet Pramono Anung`).
      if (end - first >= 2 && lex.positionBodies.has(tokens[first]!.text) && positionEndsAt(first)) first++;
      // A rank after a known place starts the name after it: the tagger ran a position, its place
      // and a rank together (`Kapolrestabes Semarang Kombes Abiyoso Seno Aji`).
      for (let k = end - 2; k > first + 1; k--) {
        const m = longestMatch(lex.titles, tokens, k);
        if (!m || m.end >= end || tokens[k]!.text.length < 3) continue;
        let afterPlace = false;
        for (let j = first; j < k && !afterPlace; j++) afterPlace = longestMatch(lex.gazetteer, tokens, j)?.end === k;
        if (afterPlace) first = m.end;
        break;
      }
      while (end > first + 1 && (lex.degrees.has(tokens[end - 1]!.text) || !hasLetter(tokens[end - 1]!.text))) end--;
    } else {
      // `Hutama Karya I | Gusti Ngurah Putra`: a name prefix ends a place or organisation name.
      for (let k = first + 1; k < end; k++) {
        if (prefixStarts.has(k)) {
          end = k;
          break;
        }
      }
      // `Sulteng Irjen Pol.`: a title ends a place or organisation name.
      for (let k = first + 1; k < end; k++) {
        if (longestMatch(lex.titles, tokens, k)) {
          end = k;
          break;
        }
      }
    }
    // `Juru` of `Juru Bicara`, `General` of `General Manager`, `Jaksa Agung`: the words are (the
    // start of) a position, no name.
    const position = longestMatch(lex.positions, tokens, first);
    if (position && position.end >= end) {
      i = end - 1;
      continue;
    }
    // A place or organisation reading made only of words the tagger knows as people's names,
    // none of them a known place or organisation, is a person (`dari Surya Paloh`).
    const words = tokens.slice(first, end);
    const allNames =
      kind !== 'person' &&
      !!model &&
      words.every((w) => model.names.has(w.text)) &&
      !words.some((_, k) => longestMatch(lex.gazetteer, tokens, first + k));
    const outKind = allNames ? 'person' : kind === 'person' && end - first > 1 ? bodyTail(end, first) ?? kind : kind;
    out.push({ first, end, kind: outKind, rule: `${outKind}.tagger`, tier: 2 });
    i = end - 1;
  }
  // `Anggaran Pendapatan dan Belanja Negara`: a spelled-out term holds no name (`Belanja Negara`).
  const concepts: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i]!.text.charCodeAt(0);
    if (c >= 97 && c <= 122) continue;
    const m = longestMatch(lex.conceptPhrases, tokens, i);
    if (m) concepts.push([i, m.end]), (i = m.end - 1);
  }
  if (concepts.length) {
    for (let k = out.length - 1; k >= 0; k--) if (concepts.some(([a, b]) => a <= out[k]!.first && out[k]!.end <= b)) out.splice(k, 1);
  }
  // (A place read from its head word too: `DPRD | Kota Bogor Tarigan Sembiring`.)
  const resolved = resolveOverlaps(out.flatMap((c) => (c.kind !== 'person' && (c.tier >= 2 || c.kind === 'org' || c.rule === 'place.head-word') ? splitPersonAfterOrganisation(lex, model, tokens, personStarts, tags, c) : [c])));
  for (let k = resolved.length - 1; k >= 0; k--) {
    const c = resolved[k]!;
    if (c.kind === 'place' && !c.gazetteer && c.end - c.first > 1) resolved.splice(k, 1, ...splitPlace(lex, tokens, c));
  }
  if (!venues.length) return resolved;
  // Venues nest: what lies inside the venue's name is kept, what crosses its start is not.
  const kept = resolved.filter((c) => venues.every((v) => c.end <= v.first || c.first >= v.end || (c.first >= v.nameStart && c.end <= v.end)));
  return [...kept, ...venues.map(({ nameStart: _n, ...v }) => v)].sort((a, b) => a.first - b.first || b.end - a.end);
}

/**
 * `Kabupaten Karo Provinsi Sumatera Utara`, `Nusa Dua Bali`, `Gedung Ksirarnawa Denpasar`: a place
 * phrase that ends in another place (a place head word, or a known place after two or more words)
 * is two places; a building before the place is not one.
 */
function splitPlace(lex: CompiledLexicon, tokens: readonly WordToken[], c: Candidate): Candidate[] {
  for (let k = c.first + 1; k < c.end; k++) {
    const head = longestMatch(lex.placeHeads, tokens, k);
    const known = longestMatch(lex.gazetteer, tokens, k);
    const headSplit = !!head && head.end < c.end && k - c.first >= 2;
    const tail = known && known.end === c.end ? tokens.slice(k, c.end).map((t) => t.text).join(' ') : '';
    // (After one word only when that word is a known place too: `Senayan Jakarta`, `Kuta Bali`.)
    const frontName = k - c.first === 1 ? longestMatch(lex.gazetteer, tokens, c.first) : null;
    const frontKnown = k - c.first >= 2 || (frontName?.end === k && frontName.value.kind === 'place');
    const knownSplit = !!known && known.value.kind === 'place' && lex.regionNames.has(tail) && frontKnown && !lex.placeModifiers.has(tokens[k]!.text);
    if (!headSplit && !knownSplit) continue;
    const front: Candidate = { ...c, end: k };
    const back: Candidate = { ...c, first: k, rule: knownSplit ? 'place.gazetteer' : c.rule, tier: 1, ...(knownSplit && known!.value ? { gazetteer: known!.value } : {}) };
    const building = !!longestMatch(lex.venueHeads, tokens, c.first);
    return [...(building ? [] : splitPlace(lex, tokens, front)), ...splitPlace(lex, tokens, back)];
  }
  return [c];
}

/**
 * `Ketua Umum Hanura Wiranto`, `Sekjen Partai Golkar Tantowi Yahya`: a known organisation
 * followed, inside one candidate, by capitalised words that are not a place, a numeral or
 * another organisation word is an organisation and then a person.
 */
function splitPersonAfterOrganisation(
  lex: CompiledLexicon,
  model: TaggerModel | null,
  tokens: readonly WordToken[],
  personStarts: ReadonlySet<number>,
  tags: readonly string[],
  c: Candidate,
): Candidate[] {
  // The last known organisation or place inside the candidate after which person-like words follow.
  // (A rank word inside the body's head word is no title: `Direktorat Jenderal | Pajak`.)
  const ownHeadEnd = longestMatch(lex.organisationHeads, tokens, c.first)?.end ?? c.first;
  // `Wakil Ketua | DPRD DKI Jakarta M Taufik`: after a position, the body it heads and then the
  // holder's name.
  // (Also across a body it belongs to: `Ketua Badan Pembentukan Perda (Bapemperda) | DPRD ...`.)
  let afterPosition = false;
  for (let p = c.first - 1; p >= 0 && c.first - p <= 12 && !afterPosition; p--) {
    const w = tokens[p]!.text;
    if (!isCapitalised(w) && w !== '(' && w !== ')') break;
    afterPosition = !!longestMatch(lex.positions, tokens, p);
  }
  // (A sentence's or dateline's first word is capitalised: `Aktor asal ...`, `CNN Indonesia -- Aktor asal ...`.)
  const wordAt = (k: number) => (k === 0 || !/\p{L}/u.test(tokens[k - 1]!.text) ? tokens[k]!.text.toLowerCase() : tokens[k]!.text);
  const personNounBefore = c.first > 0 && (lex.personNouns.has(wordAt(c.first - 1)) || (c.first > 1 && lex.originWords.has(wordAt(c.first - 1)) && lex.personNouns.has(wordAt(c.first - 2))));
  for (let cut = c.end - 1; cut > c.first; cut--) {
    // After a title the rest is a name; after a known organisation or province only when the
    // words read as a name (tagged so, in the tagger's name list, or after a position).
    // (`aktor asal Amerika Serikat Ansel Elgort`, `wasit Belanda Bjorn Kuipers`: after a noun for a
    // kind of person, two or three plain capitalised words after a known place are the person.)
    const fullNameAfterPlace =
      c.kind === 'place' &&
      personNounBefore &&
      c.end - cut >= 2 &&
      c.end - cut <= 3 &&
      tokens.slice(cut, c.end).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !lex.foreignFunctionWords.has(t.text) && !lex.venueTails.has(t.text) && !lex.bodyTails.has(t.text) && !lex.eventTails.has(t.text) && !commonWord(model, t.text));
    const readsAsName = personStarts.has(cut) || personStarts.has(c.end) || !!model?.names.has(tokens[cut]!.text) || afterPosition || fullNameAfterPlace;
    let known = false;
    let orgWithoutName = false;
    for (let i = c.first; i < cut && !known; i++) {
      const g = longestMatch(lex.gazetteer, tokens, i);
      const title = longestMatch(lex.titles, tokens, i);
      // (`Hyundai | Kona`, `Google | Search`: after a one-word company or brand, a word no cue reads
      // as a name is its product or unit, not a person; `hakim Mahkamah Konstitusi Suhartoyo` is. Two
      // letters are too often initials or a rapper's name to be read as a company: `A$AP Rocky`.)
      orgWithoutName = !!g && g.end === cut && cut - i === 1 && tokens[i]!.text.length > 2 && g.value.kind === 'org' && !readsAsName && !personNounBefore && !(c.first > 0 && lex.accountCues.has(wordAt(c.first - 1))) && i === c.first;
      known =
        (!!g && g.end === cut && (g.value.kind === 'org' || (g.value.kind === 'place' && readsAsName))) ||
        // (A street is named after a general: `Jalan Jenderal Sudirman` stays one place.)
        (!!title && title.end === cut && i >= ownHeadEnd && c.kind !== 'place');
    }
    if (!known) continue;
    // `... Provinsi Gorontalo Rusli | Habibie`: the tagger's person right after the candidate
    // continues the words cut off.
    let restEnd = c.end;
    if (personStarts.has(c.end)) while (restEnd < tokens.length && (restEnd === c.end || tags[restEnd] === 'I-PER')) restEnd++;
    const rest = tokens.slice(cut, restEnd);
    const personLike =
      rest.length <= 4 &&
      // (`M Taufik`: an initial without its full stop before the name.)
      rest.every((t, k) => (isCapitalised(t.text) && /\p{Ll}/u.test(t.text)) || /^\p{Lu}\.$/u.test(t.text) || (k < rest.length - 1 && /^\p{Lu}$/u.test(t.text))) &&
      rest.every((t) => !lex.ambiguous.has(t.text) && !lex.organisationSuffixes.has(t.text) && !lex.placeModifiers.has(t.text) && !lex.productWords.has(t.text)) &&
      !commonWord(model, rest[0]!.text) &&
      // (`Partai Demokrasi Indonesia | Perjuangan`: a derived noun names no one.)
      !lex.portfolioWord?.test(rest[0]!.text) &&
      !longestMatch(lex.gazetteer, tokens, cut) &&
      !longestMatch(lex.placeHeads, tokens, cut) &&
      !longestMatch(lex.organisationHeads, tokens, cut);
    if (!personLike) return [c];
    // (Two or more words after a company still read as a name: `Arsenal | Olivier Giroud`.)
    if (orgWithoutName && rest.length === 1) return [{ ...c, end: cut }];
    return [
      { ...c, end: cut },
      { first: cut, end: restEnd, kind: 'person', rule: 'person.after-organisation', tier: 2 },
    ];
  }
  return [c];
}

/** One reading per token: by tier, then longest; a longer same-kind name replaces one it contains. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.tier - b.tier || b.end - b.first - (a.end - a.first) || a.first - b.first);
  // Accepted readings never overlap, so each token has at most one: `owner[token]` is its index
  // in `accepted` (-1 for none). A candidate's clashes are then read off its own tokens, in time
  // linear in its length, not in the number accepted so far (a sentence of thousands of
  // capitalised words has thousands of candidates).
  let tokens = 0;
  for (const c of sorted) tokens = Math.max(tokens, c.end, c.first + 1);
  const owner = new Int32Array(tokens).fill(-1);
  const accepted: (Candidate | null)[] = [];
  const clashesOf = (c: Candidate): number[] => {
    const found: number[] = [];
    if (c.end <= c.first) {
      // An empty range clashes with a reading that holds its position strictly inside.
      const o = owner[c.first]!;
      if (o >= 0 && accepted[o]!.first < c.first) found.push(o);
      return found;
    }
    for (let t = c.first; t < c.end; t++) {
      const o = owner[t]!;
      if (o >= 0 && found[found.length - 1] !== o) found.push(o);
    }
    return found;
  };
  const accept = (c: Candidate) => {
    const index = accepted.push(c) - 1;
    owner.fill(index, c.first, c.end);
  };
  for (const c of sorted) {
    const clashes = clashesOf(c);
    if (clashes.length === 0) {
      accept(c);
      continue;
    }
    const containsAll = clashes.every((i) => {
      const a = accepted[i]!;
      return c.first <= a.first && a.end <= c.end && c.end - c.first > a.end - a.first && a.kind === c.kind;
    });
    if (c.tier <= 2 && containsAll) {
      // Each clash lies inside c, so c's tokens are all the tokens they held.
      for (const i of clashes) accepted[i] = null;
      accept(c);
    }
  }
  return accepted.filter((c): c is Candidate => c !== null).sort((a, b) => a.first - b.first);
}
