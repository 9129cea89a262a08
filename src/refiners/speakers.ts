// Speaker coreference (issue 4): turns each quote's attribution into a speaker.
// - A name at the cue (`kata Anggini`) becomes the fullest form the article gives
//   (`Anggini Setiawan`), found among the capitalised runs of the narration and the person
//   entities; short forms built from the name (`Djanur`, `Jokowi`), nicknames (`X alias Y`) and
//   one-letter misspellings (`Ghalib` for `Ghalieb`) resolve to it too.
// - Pronouns, `-nya` cues and descriptions (`pria ini`) resolve to the person named last
//   before the cue in subject position (not inside quotation marks); a quote that follows on
//   without a cue takes the speaker of the quote before it.
// - Role and affiliation come from the speaker's noun phrase wherever the article gives it.
// - Speakers are linked to person (or organisation) entities; a person who speaks but has no
//   entity yet is added to `result.people` so that quotes and people name the same entities.
import { firstNotBefore } from '../engine/ordered.js';
import type { Refiner, ExtractionContext } from '../engine/extractor.js';
import { recallAnalysis, type Attribution, type QuoteAnalysis } from '../extractors/quotes/attribution.js';
import { isPlaceName, organisationAt, placeAt } from '../extractors/quotes/gazetteer.js';
import { isWordCap, runForward, splitRun, type PhraseReader, type WordRange } from '../extractors/quotes/phrases.js';
import type { Entity, Span, Speaker } from '../types.js';

interface Person {
  name: string;
  words: string[];
  /** Lower-case forms that name this person. */
  aliases: Set<string>;
  role: WordRange | null;
  roleSearched?: boolean;
  roleSpans?: { role: Span | null; affiliation: Span | null };
  entity: Entity | null;
  mentions: Span[];
}

interface NameRun {
  from: number;
  to: number;
  name: WordRange | null;
  role: WordRange | null;
  org: boolean;
}

interface Anchor {
  position: number;
  person: Person;
}

const MAX_CONTINUATION_PARAGRAPHS = 3;

/** Attribution `a` comes close enough after `from` to go on with its source. */
function withinContinuation(from: Attribution, a: Attribution): boolean {
  return a.paragraph - from.paragraph <= MAX_CONTINUATION_PARAGRAPHS;
}
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{N}]*/gu;
// A web name (`Kampusku.id`, `Tiket.com`, `Bitcoin.co.id`): an outlet or a company, never a name.
const WEB_NAME = /^\S+\.(?:com|co|id|net|org|tv|info|news|asia|io|app|biz|my|sg|me|web)$/i;

export const speakerRefiner: Refiner = {
  id: 'speakers',
  refine(ctx: ExtractionContext) {
    const analysis = recallAnalysis(ctx.result);
    if (!analysis || analysis.attributions.length === 0) return;
    new SpeakerResolver(ctx, analysis).run();
  },
};

class SpeakerResolver {
  private readonly r: PhraseReader;
  private readonly runs: NameRun[] = [];
  private readonly persons: Person[] = [];
  private readonly anchors: Anchor[] = [];
  private readonly nicknames = new Map<string, string>();
  private readonly entityNames: { name: string; words: string[]; entity: Entity }[] = [];
  // Caches keep the work linear in long articles that name the same people many times.
  private readonly fullest = new Map<string, string>();
  private readonly introRoles = new Map<string, WordRange | null>();
  private readonly runByStart = new Map<number, NameRun>();
  private readonly runByEnd = new Map<number, NameRun>();
  private readonly runsByNameWord = new Map<string, NameRun[]>();
  private readonly fullestOrgs = new Map<string, string>();
  /** Words used to name a speaker at some cue: part of a name, never a body. */
  private readonly speakerWords = new Set<string>();
  /** Groups named with a prefix (`para Penggugat`), by the rest of their name in lower case. */
  private readonly groups = new Map<string, string>();
  /** Capitalised words that form a run of their own somewhere (`Inter menang …`). */
  private readonly singleWordRuns = new Set<string>();

  constructor(
    private readonly ctx: ExtractionContext,
    private readonly analysis: QuoteAnalysis,
  ) {
    this.r = analysis.reader;
  }

  run(): void {
    this.collectRuns();
    for (const p of this.ctx.result.people) this.personFromEntity(p);
    for (const a of this.analysis.attributions) if (a.kind === 'name' && a.name) this.dropBodyBeforeName(a);
    for (const a of this.analysis.attributions) {
      if (a.kind === 'name' && a.name) for (const w of nameWords(this.r.text.slice(a.name[0], a.name[1]))) this.speakerWords.add(w);
    }
    const resolved = new Map<Attribution, { person: Person | null; org: string | null; resolved: Speaker['resolved'] }>();
    // Names first: they do not depend on what came before. A one-word "body" that is a
    // nickname or part of a person's fuller name is that person (`Ahok`).
    for (const a of this.analysis.attributions) {
      if (a.kind === 'org' && a.name && this.isPersonWord(this.r.text.slice(a.name[0], a.name[1]))) {
        a.kind = 'name';
        // `kata BHS`: read as a body's acronym at the cue, it is a person's short form.
        a.quote.rule = a.quote.rule.replace(/-org$/, '');
      }
    }
    // `para Penggugat menilai …` then `menurut Penggugat, …`: the group named before.
    for (const a of this.analysis.attributions) {
      if (a.kind !== 'org' || !a.name) continue;
      const raw = this.r.text.slice(a.name[0], a.name[1]);
      const space = raw.indexOf(' ');
      // Only a group of people (`para Penggugat`); a country named alone after `pemerintah Israel`
      // speaks as itself (`Israel mengatakan` → `Israel`), as the article names it at the cue.
      if (space > 0 && this.r.c.groupPrefixes.has(raw.slice(0, space).toLowerCase())) this.groups.set(raw.slice(space + 1).toLowerCase(), raw);
    }
    for (const a of this.analysis.attributions) {
      if (a.kind === 'name' && a.name && this.groups.has(this.r.text.slice(a.name[0], a.name[1]).toLowerCase())) a.kind = 'org';
    }
    for (const a of this.analysis.attributions) {
      if (a.kind === 'name' && a.name) {
        const agent = this.relationalAgent(a);
        if (agent) {
          resolved.set(a, { person: agent, org: null, resolved: 'alias' });
          continue;
        }
        const hit = this.personForName(this.r.text.slice(a.name[0], a.name[1]));
        const person = hit.person ?? this.addPerson(this.r.text.slice(a.name[0], a.name[1]));
        if (a.role && !person.role) {
          person.role = this.wordRange(a.role);
          person.roleSpans = undefined;
        }
        resolved.set(a, { person, org: null, resolved: hit.how });
      }
    }
    this.collectAnchors();
    let previous: { a: Attribution; speaker: Speaker } | null = null;
    // The last source the article leaves unnamed (`Seorang sumber mengatakan`), while no one
    // has spoken since: a pronoun or `-nya` cue after it, with no person named in between, is
    // that source again (`… katanya.`), not the person named before it.
    let unnamed: Attribution | null = null;
    const speakers: (Speaker | null)[] = [];
    const atts = this.analysis.attributions;
    for (let i = 0; i < atts.length; i++) {
      const a = atts[i]!;
      let speaker: Speaker | null = null;
      const done = resolved.get(a);
      if (done?.person) speaker = this.personSpeaker(done.person, a, done.resolved);
      else if (a.kind === 'unnamed') {
        unnamed = a;
        previous = null;
      } else if ((a.kind === 'pronoun' || a.kind === 'nya') && unnamed && this.staysWithUnnamed(unnamed, a)) {
        speaker = null;
      } else if (a.kind === 'org' && a.name) speaker = this.orgSpeaker(a);
      else if (a.kind === 'pronoun' && this.isPluralPronoun(a)) {
        // `Mereka menilai …`: the group or body that spoke last; never one person (left unknown).
        const before = previous as { a: Attribution; speaker: Speaker } | null;
        if (before && this.followsOn(before, a) && this.isBodyOrGroup(before)) {
          const mention = a.mention ? this.ctx.doc.span(a.mention[0], a.mention[1]) : null;
          speaker = { ...before.speaker, mention, resolved: 'pronoun' };
        }
      } else if (a.kind === 'pronoun' && this.isGroupPronoun(a) && this.followsOn(previous, a)) {
        // `Pihaknya menegaskan …`: the side of whoever spoke last, a body or a person.
        const before = previous as { a: Attribution; speaker: Speaker };
        const mention = a.mention ? this.ctx.doc.span(a.mention[0], a.mention[1]) : null;
        speaker = { ...before.speaker, mention, resolved: 'pronoun' };
      } else if (a.kind === 'pronoun' || a.kind === 'nya' || a.kind === 'descriptive') {
        // `tulis juru bicara dalam sebuah pernyataan`, `kata saksi mata`: a description of a kind
        // of people without a demonstrative does not point back; it is the source.
        const bare = a.kind === 'descriptive' ? this.bareDescription(a) : null;
        if (bare) speaker = this.roleSpeaker(a, bare);
        // A description's own words (`Politikus PDI Perjuangan ini`) are no antecedent of it.
        const person = speaker ? null : this.antecedentOf(a, a.kind === 'descriptive' && a.mention ? a.mention[0] : a.position);
        if (person) speaker = this.personSpeaker(person, a, a.kind === 'nya' ? 'nya' : 'pronoun');
      } else if (a.kind === 'role' && a.mention) {
        // The person the article names with this role; else the body a spokesperson speaks for
        // (`Juru bicara Kementerian X`), or the description itself (`pejabat setempat`); else
        // the person named last, as for a pronoun.
        // `Jaksa menilai …`: one position word alone is the person the article names with that
        // position (`Jaksa Budi Santoso`), else no one the article says (`Warga menyebut …`).
        // One word for a kind of people with no one so introduced (`Warga`, `Hakim`, `Korban`) is
        // not the person named last (indosum: the defendant, the victim); an office (`Menaker`) is.
        const mentionText = this.r.text.slice(a.mention[0], a.mention[1]).trim();
        const bare = !/\s/.test(mentionText);
        const person = this.personByRole(a.mention) ?? (bare ? this.personHeadedBy(a.mention) : null) ?? this.personInApposition(mentionText, []);
        speaker = person ? this.personSpeaker(person, a, 'alias') : bare ? null : this.roleSpeaker(a);
        const kindOfPeople = bare && this.r.c.groupRoles.has(mentionText.toLowerCase());
        const anchor = speaker || kindOfPeople ? null : this.latestAnchor(a.position);
        if (anchor) speaker = this.personSpeaker(anchor, a, 'alias');
      } else if (a.kind === 'continuation') {
        const before = previous as { a: Attribution; speaker: Speaker } | null;
        // Someone named in the narration since the last quote speaks now (`Asep membantah
        // dugaan itu. "Kata siapa?"`); else the quote goes on with the last speaker.
        const anchor = this.latestAnchorAt(a.position);
        if (anchor && (!before || anchor.position > before.a.end) && this.ctx.doc.paragraphAt(anchor.position)?.index === a.paragraph) {
          speaker = { ...this.personSpeaker(anchor.person, a, 'continuation'), mention: null };
        } else if (before && withinContinuation(before.a, a)) {
          speaker = { ...before.speaker, mention: null, resolved: 'continuation' };
        }
      }
      speakers.push(speaker);
      if (speaker) {
        previous = { a, speaker };
        unnamed = null;
      }
    }
    // A quotation that opens a run before its attribution takes the speaker of the next quote.
    for (let i = atts.length - 2; i >= 0; i--) {
      const a = atts[i]!;
      const next = speakers[i + 1];
      if (a.kind === 'continuation' && !speakers[i] && next && atts[i + 1]!.paragraph - a.paragraph <= 1) {
        speakers[i] = { ...(next as Speaker), mention: null, resolved: 'continuation' };
      }
    }
    atts.forEach((a, i) => {
      a.quote.speaker = speakers[i] ?? null;
    });
    this.linkPeople();
  }

  // ---- narration runs ----------------------------------------------------------------

  private collectRuns(): void {
    const { wi } = this.r;
    const quoted = this.analysis.quoted;
    let qi = 0;
    const words = wi.words;
    for (let i = 0; i < words.length; ) {
      const w = words[i]!;
      while (qi < quoted.length && quoted[qi]![1] <= w.start) qi++;
      const inside = qi < quoted.length && quoted[qi]![0] <= w.start;
      const para = this.ctx.doc.paragraphAt(w.start);
      if (inside || !para || para.kind !== 'content' || !w.cap || !w.word) {
        i++;
        continue;
      }
      const end = runForward(this.r, i);
      if (end <= i) {
        i++;
        continue;
      }
      const split = splitRun(this.r, i, end);
      if (end - i === 1) this.singleWordRuns.add(w.text);
      const run: NameRun = { from: i, to: end, name: split.name, role: split.role, org: split.org };
      this.runs.push(run);
      this.runByStart.set(i, run);
      this.runByEnd.set(end, run);
      if (split.name && !split.org) {
        for (const w of new Set(nameWords(this.textOf(split.name)))) {
          const list = this.runsByNameWord.get(w);
          if (list) list.push(run);
          else this.runsByNameWord.set(w, [run]);
        }
      }
      // `Wakil Presiden Bambang Hadi Santoso (BHS)`: a short form defined in brackets after the name.
      if (split.name && !split.org) {
        const open = split.name[1];
        if (open + 2 < end && words[open]!.text === '(' && words[open + 2]!.text === ')' && words[open + 1]!.cap) {
          const short = words[open + 1]!.lower;
          if (isShortFormOf(short, nameWords(this.textOf(split.name)))) this.nicknames.set(short, this.textOf(split.name));
        }
      }
      // `Basuki Tjahaja Purnama alias Ahok`: a nickname.
      const after = words[end];
      if (split.name && !split.org && after && this.isNicknameMarker(end)) {
        const nickStart = end + this.markerLength(end);
        const nickEnd = runForward(this.r, nickStart);
        if (nickEnd > nickStart) {
          this.nicknames.set(this.textOf([nickStart, nickEnd]).toLowerCase(), this.textOf(split.name));
        }
      }
      i = end;
    }
  }

  private isNicknameMarker(k: number): boolean {
    return this.markerLength(k) > 0;
  }

  private markerLength(k: number): number {
    const { wi, c } = this.r;
    for (const m of c.nicknameMarkers) {
      let ok = true;
      for (let j = 0; j < m.length; j++) {
        if (wi.get(k + j)?.lower !== m[j]) {
          ok = false;
          break;
        }
      }
      if (ok) return m.length;
    }
    return 0;
  }

  private textOf(range: WordRange): string {
    const { wi, text } = this.r;
    return text.slice(wi.get(range[0])!.start, wi.get(range[1] - 1)!.end);
  }

  private wordRange(offsets: [number, number]): WordRange {
    const { wi } = this.r;
    return [wi.at(offsets[0]), wi.before(offsets[1]) + 1];
  }

  // ---- persons ------------------------------------------------------------------------

  /** Person entities are candidates for the fullest form of a name, once cleared of role
   *  words and titles the tagger may have left in them. */
  private personFromEntity(e: Entity): void {
    const name = this.cleanName(e.name);
    if (!name) return;
    this.entityNames.push({ name, words: nameWords(name), entity: e });
  }

  private cleanName(s: string): string {
    const { c } = this.r;
    const parts = s.split(/\s+/);
    let i = 0;
    while (i < parts.length - 1) {
      const w = parts[i]!;
      const roleish = c.roleHeads.has(w) || c.roleWords.has(w) || c.titles.has(w) || c.notNames.has(w) || this.r.places.has(w) || this.r.orgs.has(w) || /^[\p{Lu}\p{N}]{2,}$/u.test(w) || !/^\p{Lu}/u.test(w) || WEB_NAME.test(w) || c.isDerivedNoun(w.toLowerCase());
      if (!roleish) break;
      i++;
    }
    return parts.slice(i).join(' ');
  }

  private addPerson(name: string): Person {
    let full = this.fullestForm(name);
    let fullWords = nameWords(full);
    // `Fredrich Yunadi` then `Fedrich Yunadi`: one name spelt two ways is one person, named as the
    // article first writes it (a speaker met before, else a name of the narration or an entity).
    const existing = this.persons.find((p) => p.name.toLowerCase() === full.toLowerCase() || sameNameSpeltOtherwise(p.words, fullWords));
    if (existing) {
      existing.aliases.add(name.toLowerCase());
      return existing;
    }
    const variant = this.introducedNames().find((p) => sameNameSpeltOtherwise(p.words, fullWords)) ?? this.entityNames.find((e) => sameNameSpeltOtherwise(e.words, fullWords));
    if (variant) {
      const at = this.r.text.indexOf(variant.name);
      if (at >= 0 && at < this.r.text.indexOf(full)) {
        full = variant.name;
        fullWords = variant.words;
      }
    }
    const p: Person = { name: full, words: fullWords, aliases: new Set([full.toLowerCase(), name.toLowerCase()]), role: null, entity: null, mentions: [] };
    const intro = this.introRole(full);
    if (intro) p.role = intro;
    this.persons.push(p);
    return p;
  }

  /** The longest name part among the narration's runs (and the person entities) that holds
   *  the name's words in order. */
  private fullestForm(name: string): string {
    return memoised(this.fullest, name, () => this.computeFullestForm(name));
  }

  private computeFullestForm(name: string): string {
    const target = nameWords(name);
    let best = name;
    let bestLen = target.length;
    const longer = (words: readonly string[]) => words.length > bestLen && words.length <= 6 && containsSequence(words, target);
    const consider = (candidate: string, words = nameWords(candidate)) => {
      if (longer(words)) {
        best = candidate;
        bestLen = words.length;
      }
    };
    const seen = new Set<string>();
    for (const run of this.runsByNameWord.get(target[0] ?? '') ?? []) {
      const t = this.withoutCommonOpener(run.name!);
      if (seen.has(t)) continue;
      seen.add(t);
      consider(t);
    }
    // The entities' names only where the narration itself gives no longer form.
    // (startsARun searches the text: it runs only for an entity name that would be longer.)
    if (best === name) for (const e of this.entityNames) if (longer(e.words) && this.startsARun(e.name)) consider(e.name, e.words);
    else best = this.entitySuffix(best, target);
    return this.dropLeadingBodies(best, target);
  }

  /** `Bupati Purwakarta Dedi Mulyadi`, `GM Operation Officer HIS Travel Arief Kurnia`: where the
   *  narration's run keeps a body or place word before the name, a person entity of two words or
   *  more that ends the run (and holds the name at the cue) is the name. */
  private entitySuffix(best: string, target: readonly string[]): string {
    const words = nameWords(best);
    let found: string | null = null;
    let size = 0;
    for (const e of this.entityNames) {
      const n = e.words.length;
      if (n < 2 || n >= words.length || n < target.length || n <= size) continue;
      if (!sameWords(words.slice(words.length - n), e.words) || !containsSequence(e.words, target)) continue;
      found = e.name;
      size = n;
    }
    return found ?? best;
  }

  /** `Nama Gunawan Maryanto kini …`, `Rencana Angel Lelga …`, `Adalah Stefano Boeri …`: a word
   *  opening the sentence before a name that the article also writes in lower case is a common
   *  word, not the first name; two name words at least remain. */
  private withoutCommonOpener(name: WordRange): string {
    const { wi } = this.r;
    const first = wi.get(name[0])!;
    const prev = wi.get(name[0] - 1);
    const opens = !prev || !prev.word || !wi.sameLine(name[0] - 1, name[0]);
    if (opens && name[1] - name[0] >= 3 && isWordCap(wi.get(name[0] + 1)) && this.lowerCaseWords().has(first.lower)) return this.textOf([name[0] + 1, name[1]]);
    return this.textOf(name);
  }

  private organisationNameSet: Set<string> | null = null;

  /** The organisations' names and aliases, gathered once (namedAlone asks for each leading run of
   *  each speaker's name). */
  private organisationNames(): Set<string> {
    if (this.organisationNameSet) return this.organisationNameSet;
    const set = new Set<string>();
    for (const o of this.ctx.result.organisations) {
      set.add(o.name);
      for (const alias of o.aliases) set.add(alias);
    }
    this.organisationNameSet = set;
    return set;
  }

  private lowerWordSet: Set<string> | null = null;

  /** The words the article writes in lower case somewhere. */
  private lowerCaseWords(): Set<string> {
    if (this.lowerWordSet) return this.lowerWordSet;
    const set = new Set<string>();
    for (const w of this.r.wi.words) if (w.word && !w.cap) set.add(w.lower);
    this.lowerWordSet = set;
    return set;
  }

  /** `Inter Stefano Pioli` → `Stefano Pioli`: a leading word that the article also uses alone
   *  (a club, a company) but never for a speaker is not part of the name. */
  private dropLeadingBodies(best: string, target: string[]): string {
    const parts = best.split(/\s+/);
    while (parts.length > Math.max(target.length, 2)) {
      const w = parts[0]!.toLowerCase();
      if (target.includes(w) || this.speakerWords.has(w)) break;
      // A web name or a word of an organisation the article names (`Paris Saint-Germain`).
      const alone = (this.runsByNameWord.get(w) ?? []).some((run) => run.to - run.from === 1) || this.singleWordRuns.has(parts[0]!) || WEB_NAME.test(parts[0]!) || this.orgWords().has(parts[0]!);
      if (!alone) break;
      parts.shift();
    }
    // `Visio Incubator Hendriko Firman`: leading words the article names as a run of their own.
    for (let k = parts.length - 2; k >= 1; k--) {
      const lead = parts.slice(0, k);
      if (lead.some((w) => target.includes(w.toLowerCase()) || this.speakerWords.has(w.toLowerCase()))) continue;
      if (this.namedAlone(lead.join(' '), -1)) return parts.slice(k).join(' ');
    }
    return parts.join(' ');
  }

  /** A run elsewhere (not starting at word `except`) is named by exactly these words, or an
   *  organisation is. */
  private namedAlone(text: string, except: number): boolean {
    if (this.organisationNames().has(text)) return true;
    const words = nameWords(text);
    // One word alone is as often a person's first name (`Luhut`, `Kevin`): only a known body or
    // place (`Ducati`, `Mimika`) counts.
    if (words.length === 1) return this.r.orgs.has(text) || this.r.places.has(text) || this.r.gazetteer.placeWords.has(text);
    return (this.runsByNameWord.get(words[0]!) ?? []).some((run) => run.from !== except && this.textOf(run.name!) === text);
  }

  /** `Founder dan CEO Visio Incubator Hendriko Firman`: leading words of the name at the cue that
   *  the article names as a run of their own elsewhere (`kehadiran Visio Incubator diharapkan`),
   *  or as an organisation or place, are a body before the name; two name words at least remain. */
  private dropBodyBeforeName(a: Attribution): void {
    const { wi } = this.r;
    const [w0, w1] = this.wordRange(a.name!);
    for (let k = w1 - w0 - 2; k >= 1; k--) {
      if (this.namedAlone(this.textOf([w0, w0 + k]), w0)) {
        a.name = [wi.get(w0 + k)!.start, a.name![1]];
        return;
      }
    }
    // `Bupati Purwakarta Dedi Mulyadi`: a person entity of two words or more ends the name.
    const words = nameWords(this.textOf([w0, w1]));
    let keep = 0;
    for (const e of this.entityNames) {
      const n = e.words.length;
      if (n >= 2 && n < words.length && n > keep && sameWords(words.slice(words.length - n), e.words)) keep = n;
    }
    if (keep > 0) {
      let k = w1;
      for (let left = keep; k > w0 && left > 0; ) {
        k--;
        if (wi.get(k)!.word) left--;
      }
      a.name = [wi.get(k)!.start, a.name![1]];
    }
  }

  private orgWordSet: Set<string> | null = null;

  /** Capitalised words of the organisations' names of more than one word. */
  private orgWords(): Set<string> {
    if (this.orgWordSet) return this.orgWordSet;
    const set = new Set<string>();
    for (const o of this.ctx.result.organisations) {
      for (const n of [o.name, ...o.aliases]) {
        const parts = n.split(/\s+/);
        if (parts.length < 2) continue;
        for (const w of parts) if (/^\p{Lu}/u.test(w)) set.add(w);
      }
    }
    this.orgWordSet = set;
    return set;
  }

  private isPersonWord(name: string): boolean {
    if (/\s/.test(name.trim()) || this.r.c.orgHeads.has(name)) return false;
    if (this.nicknames.has(name.toLowerCase())) return true;
    if (this.entityForAlias(name) || this.personByInitials(name)) return true;
    const w = name.toLowerCase();
    return (this.runsByNameWord.get(w) ?? []).some((run) => run.name![1] - run.name![0] >= 2);
  }

  /** The name occurs where a capitalised run starts (not glued to the words before it). */
  private startsARun(name: string): boolean {
    const { text, wi } = this.r;
    let at = text.indexOf(name);
    for (let tries = 0; at >= 0 && tries < 5; tries++) {
      const prev = wi.get(wi.before(at));
      if (!prev || !prev.word || !prev.cap || !wi.sameLine(wi.before(at), wi.at(at))) return true;
      at = text.indexOf(name, at + 1);
    }
    return false;
  }

  /** A role phrase introducing this person somewhere in the narration (`Kepala X, Arifin`). */
  private introRole(full: string): WordRange | null {
    return memoised(this.introRoles, full, () => this.computeIntroRole(full));
  }

  private computeIntroRole(full: string): WordRange | null {
    const { wi } = this.r;
    const target = nameWords(full);
    for (const run of this.runsByNameWord.get(target[0] ?? '') ?? []) {
      if (!run.name || run.org) continue;
      if (!sameWords(nameWords(this.textOf(run.name)), target)) continue;
      if (run.role && this.hasRoleHead(run.role)) return run.role;
      // `ROLE, NAME`
      if (run.from >= 2 && wi.get(run.from - 1)!.text === ',') {
        const prev = this.runByEnd.get(run.from - 1);
        if (prev && !prev.name && prev.role && this.hasRoleHead(prev.role)) return prev.role;
        if (prev && prev.role && this.hasRoleHead(prev.role)) return [prev.from, prev.to];
      }
      // `NAME, ROLE` (appositive)
      const after = wi.get(run.to);
      if (after && after.text === ',') {
        const next = this.runByStart.get(run.to + 1);
        if (next && !next.name && next.role && this.hasRoleHead(next.role)) return next.role;
      }
    }
    return null;
  }

  private hasRoleHead(range: WordRange): boolean {
    const { wi, c } = this.r;
    for (let k = range[0]; k < range[1]; k++) {
      const w = wi.get(k)!;
      if (c.roleHeads.has(w.text) || c.roleHeadsLower.has(w.lower)) return true;
    }
    return false;
  }

  private personForName(name: string): { person: Person | null; how: Speaker['resolved'] } {
    const words = nameWords(name);
    const lower = name.toLowerCase();
    const full = this.fullestForm(name);
    for (const p of this.persons) {
      if (p.name.toLowerCase() === full.toLowerCase() || containsSequence(p.words, nameWords(full))) {
        p.aliases.add(lower);
        return { person: p, how: 'name' };
      }
    }
    if (full !== name) return { person: null, how: 'name' };
    for (const p of this.persons) {
      if (p.aliases.has(lower)) return { person: p, how: 'alias' };
    }
    const nick = this.nicknames.get(lower);
    if (nick) {
      const p = this.addPerson(this.dropLeadingBodies(nick, []));
      p.aliases.add(lower);
      return { person: p, how: 'alias' };
    }
    // A form the entity extractor lists as an alias of a person (`BHS` of `Bambang Hadi Santoso`), or the
    // initials of a person the article names (`SBY`).
    const canonical = this.entityForAlias(name) ?? this.personByInitials(name);
    if (canonical) {
      const p = this.addPerson(canonical);
      p.aliases.add(lower);
      return { person: p, how: 'alias' };
    }
    // Known speakers and introduced people: short forms and misspellings of their names.
    const candidates = [...this.persons, ...this.introducedNames()];
    if (words.length === 1) {
      const m = words[0]!;
      for (const p of candidates) {
        if (isSyllableShortForm(m, p.words) || p.words.some((w) => nearlySame(w, m) || isClippedForm(m, w))) {
          const person = this.persons.includes(p) ? p : this.addPerson(p.name);
          person.aliases.add(lower);
          return { person, how: 'alias' };
        }
      }
    }
    return { person: null, how: 'name' };
  }

  /** The cleaned name of the person entity that has this form as an alias. */
  private entityForAlias(name: string): string | null {
    return memoised(this.aliasCache, name.trim().toLowerCase(), () => this.computeEntityForAlias(name));
  }

  private readonly aliasCache = new Map<string, string | null>();

  private computeEntityForAlias(name: string): string | null {
    const lower = name.trim().toLowerCase();
    for (const e of this.ctx.result.people) {
      if (e.name.toLowerCase() === lower) continue;
      if (e.aliases.some((x) => x.toLowerCase() === lower)) {
        const clean = this.cleanName(e.name);
        if (!clean || clean.toLowerCase() === lower) continue;
        const words = nameWords(clean);
        if (words.length < 2) continue;
        // The alias is a form of the name (`JK`, `Bamsoet`, `Novanto`), or the name is written
        // as a name mid-sentence (a tagger's guess at a sentence opener is not trusted).
        const related = isShortFormOf(lower, words) || containsSequence(words, nameWords(lower));
        if (related || this.writtenAsName(clean)) return clean;
      }
    }
    return null;
  }

  /** Every word capitalised (or a name particle), and written so after a lower-case word or a
   *  comma somewhere: a name, not a capitalised sentence opener (`Kedatangan Lee`). */
  private readonly writtenAsNames = new Map<string, boolean>();

  private writtenAsName(name: string): boolean {
    return memoised(this.writtenAsNames, name, () => this.computeWrittenAsName(name));
  }

  private computeWrittenAsName(name: string): boolean {
    const parts = name.split(/\s+/);
    if (!parts.every((w) => /^\p{Lu}/u.test(w) || this.r.c.particles.has(w))) return false;
    const { text } = this.r;
    let at = text.indexOf(name);
    for (let tries = 0; at >= 0 && tries < 5; tries++) {
      const before = text.slice(Math.max(0, at - 2), at);
      if (/(?:\p{Ll}|,) $/u.test(before)) return true;
      at = text.indexOf(name, at + 1);
    }
    return false;
  }

  /** `JK`, `SBY`, `AHY`: capitals that are the initials of a person named in full in the
   *  article, one letter per name word; not when an organisation is known by them. */
  private personByInitials(name: string): string | null {
    const t = name.trim();
    if (!/^\p{Lu}{2,4}$/u.test(t)) return null;
    const lower = t.toLowerCase();
    for (const o of this.ctx.result.organisations) {
      if (o.name.toLowerCase() === lower || o.aliases.some((x) => x.toLowerCase() === lower)) {
        if (o.name.toLowerCase() !== lower || o.aliases.length > 0) return null;
      }
    }
    const matches = (words: readonly string[]) => words.length === t.length && words.every((w, i) => w[0] === lower[i]);
    for (const p of this.persons) if (matches(p.words)) return p.name;
    for (const e of this.entityNames) if (matches(e.words)) return e.name;
    for (const p of this.introducedNames()) if (matches(p.words)) return p.name;
    return null;
  }

  /** People introduced with a role in the narration, as unregistered persons. */
  private introduced: Person[] | null = null;

  private introducedNames(): Person[] {
    if (this.introduced) return this.introduced;
    const out: Person[] = [];
    const seen = new Set<string>();
    for (const run of this.runs) {
      if (!run.name || run.org) continue;
      const name = this.textOf(run.name);
      const words = nameWords(name);
      if (words.length < 2 || seen.has(name)) continue;
      seen.add(name);
      out.push({ name, words, aliases: new Set(), role: run.role, entity: null, mentions: [] });
    }
    this.introduced = out;
    return out;
  }

  private personByRole(mention: [number, number]): Person | null {
    const roleText = this.r.text.slice(mention[0], mention[1]).toLowerCase();
    for (const p of this.persons) {
      if (p.role && this.textOf(p.role).toLowerCase().includes(roleText)) return p;
    }
    // Someone the narration introduces with this role (`Juru bicara KPK Febri Diansyah`).
    for (const p of this.introducedNames()) {
      if (p.role && p.role[1] - p.role[0] >= 2 && this.hasRoleHead(p.role) && this.textOf(p.role).toLowerCase() === roleText) return this.addPerson(p.name);
    }
    return null;
  }

  /** The person whose role, as the article introduces it, begins with this one position word
   *  (`Jaksa` → `Jaksa Penuntut Umum Budi Santoso`); the one named last before the mention. */
  private personHeadedBy(mention: [number, number]): Person | null {
    const word = this.r.text.slice(mention[0], mention[1]).trim().toLowerCase();
    const heads = (p: Person) => !!p.role && this.r.wi.get(p.role[0])!.lower === word;
    let best: Person | null = null;
    for (const p of this.persons) {
      if (!p.role && !p.roleSearched) {
        p.roleSearched = true;
        p.role = this.introRole(p.name);
      }
    }
    for (const p of this.persons) if (heads(p) && this.r.wi.get(p.role![0])!.start < mention[0]) best = p;
    if (best) return best;
    for (const p of this.introducedNames()) {
      if (heads(p) && this.r.wi.get(p.role![0])!.start < mention[0]) best = p;
    }
    return best ? this.addPerson(best.name) : null;
  }

  /** `Kuasa hukum Setnov mengatakan` where the article writes `Fedrich Yunadi, kuasa hukum Setnov`:
   *  a role held for another person (a lawyer, a spouse) followed by that person's name; the
   *  speaker is whoever the article puts in apposition with the same words, not the client. */
  private relationalAgent(a: Attribution): Person | null {
    const { text, wi, c } = this.r;
    if (!a.role || !a.name || c.relationalRoles.size === 0) return null;
    if (a.role[1] > a.name[0] || !/^\s*$/.test(text.slice(a.role[1], a.name[0]))) return null;
    const head = wi.get(wi.at(a.role[0]))!;
    if (!c.relationalRoles.has(head.lower)) return null;
    const client = nameWords(text.slice(a.name[0], a.name[1]));
    return this.personInApposition(text.slice(a.role[0], a.name[1]), client);
  }

  /** The person the narration puts in apposition with these words (`Saini, 35, warga Pulau
   *  Tidung,` / `warga Pulau Tidung, Saini`), whose name shares no word with `exclude`. The words
   *  are searched as written and with their first letter's case switched (opening a sentence). */
  private readonly appositions = new Map<string, string | null>();

  private personInApposition(phrase: string, exclude: readonly string[]): Person | null {
    // Once per phrase and article: the search reads the text.
    const name = memoised(this.appositions, `${phrase}\u0000${exclude.join(' ')}`, () => this.nameInApposition(phrase, exclude) ?? null);
    return name ? (this.personForName(name).person ?? this.addPerson(name)) : null;
  }

  private nameInApposition(phrase: string, exclude: readonly string[]): string | null {
    const { text, wi } = this.r;
    const first = phrase[0];
    if (!first) return null;
    const other = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
    for (const form of [phrase, other + phrase.slice(1)]) {
      let at = text.indexOf(form);
      for (let tries = 0; at >= 0 && tries < 10; tries++) {
        const run = this.appositionRun(wi.before(at), wi.at(at + form.length));
        const opens = !!run && (run.from === 0 || !wi.get(run.from - 1)!.word || !wi.sameLine(run.from - 1, run.from));
        if (run && opens && run.name && !run.org && !run.role) {
          const name = this.textOf(run.name);
          const words = nameWords(name);
          if (!words.some((w) => exclude.includes(w))) return name;
        }
        at = text.indexOf(form, at + 1);
      }
    }
    return null;
  }

  /** The name run before the comma at `before` (over an age: `Saini, 35,`, `Saini (35),`), or
   *  after the comma at `after`. */
  private appositionRun(before: number, after: number): NameRun | undefined {
    const { wi } = this.r;
    const w = (k: number) => wi.get(k)?.text ?? '';
    if (w(before) === ',') {
      let e = before;
      if (/^\p{N}+$/u.test(w(e - 1)) && w(e - 2) === ',') e -= 2;
      else if (w(e - 1) === ')' && /^\p{N}+$/u.test(w(e - 2)) && w(e - 3) === '(') e -= 3;
      return this.runByEnd.get(e);
    }
    return w(after) === ',' ? this.runByStart.get(after + 1) : undefined;
  }

  /** A role phrase that names no person: a spokesperson's role stands for the body it names
   *  (`Juru bicara Kementerian Dalam Negeri India` → the ministry, with role and affiliation); a
   *  position word with only lower-case words after it is a description that is the source
   *  itself (`pejabat setempat`, `kuasa hukum tersangka`). Null for anything else. */
  private roleSpeaker(a: Attribution, words?: WordRange): Speaker | null {
    const { wi, c, text } = this.r;
    const { doc } = this.ctx;
    const range = words ?? this.wordRange(a.mention!);
    const offsets: [number, number] = [wi.get(range[0])!.start, wi.get(range[1] - 1)!.end];
    const mention = doc.span(offsets[0], offsets[1]);
    const spans = this.roleAndAffiliation(range);
    if (spans.role && spans.affiliation && c.spokespersonRoles.has(spans.role.text.toLowerCase())) {
      // The body is everything after the role (`Kementerian Dalam Negeri India`).
      const at = text.indexOf(spans.affiliation.text, offsets[0]);
      const body: [number, number] = [at, offsets[1]];
      const org = this.orgSpeaker({ ...a, name: body });
      return { ...org, mention, role: spans.role, affiliation: doc.span(body[0], body[1]) };
    }
    // A description: a position word written in lower case, or followed by a lower-case word
    // (`pejabat Israel`, `Petugas keamanan AS`), or a word for a kind of people (`Pejabat AS`).
    const first = wi.get(range[0])!;
    const second = wi.get(range[0] + 1);
    if (range[1] - range[0] < 2 || !second || !second.word) return null;
    // Only a word for a kind of people, a role held for someone, or a spokesperson: other
    // positions (`pelatih asal Prancis`, `politikus Gerindra`) are epithets of someone named before.
    const kind = c.groupRoles.has(first.lower) || c.relationalRoles.has(first.lower) || c.spokespersonRoles.has(`${first.lower} ${second.lower}`) || c.spokespersonRoles.has(first.lower);
    if (!kind || !/\p{L}/u.test(second.text)) return null;
    // A capitalised position inside a sentence is a title (`Putri Indonesia`), not a description.
    const prev = wi.get(range[0] - 1);
    if (first.cap && prev && prev.word && wi.sameLine(range[0] - 1, range[0])) return null;
    return { name: text.slice(offsets[0], offsets[1]), entity: null, mention, resolved: 'name', role: null, affiliation: null };
  }

  /** The words of a descriptive mention up to its first circumstance word (`juru bicara` of `juru
   *  bicara dalam sebuah pernyataan`), when it has no demonstrative, relative clause or
   *  capitalised word after its first: a description of the source, not a pointer back. */
  private bareDescription(a: Attribution): WordRange | null {
    if (!a.mention) return null;
    const { wi, c } = this.r;
    const [from, to] = this.wordRange(a.mention);
    let end = from + 1;
    while (end < to) {
      const w = wi.get(end)!;
      if (!w.word || c.stops.has(w.lower) || c.isActiveVerb(w.lower, 4)) break;
      if (w.cap || c.anaphoric.has(w.lower) || c.relativisers.has(w.lower) || c.fillers.has(w.lower)) return null;
      end++;
    }
    return end - from >= 2 ? [from, end] : null;
  }

  // ---- anchors for pronouns --------------------------------------------------------------

  /** Where persons are named in subject position in the narration, in document order. */
  private collectAnchors(): void {
    const { wi, c } = this.r;
    // A name inside reported speech (`BHS menilai, Ratna Kusumawati sudah …`) is talked about,
    // not talking: it never becomes the antecedent of a later `katanya`.
    const reported: [number, number][] = [];
    for (const a of this.analysis.attributions) if (a.quote.kind === 'indirect') reported.push([a.start, a.end]);
    let ri = 0;
    for (const run of this.runs) {
      if (!run.name || run.org) continue;
      const at = wi.get(run.from)!.start;
      while (ri < reported.length && reported[ri]![1] <= at) ri++;
      if (ri < reported.length && reported[ri]![0] <= at) continue;
      // Skip lower-case role words before the name (`dari gubernur Basuki`), then look at the
      // word before: a preposition or a verb makes the name an object, not a subject.
      let b = run.from - 1;
      while (b >= 0 && wi.get(b)!.word && !wi.get(b)!.cap && (c.roleHeadsLower.has(wi.get(b)!.lower) || c.roleConnectors.has(wi.get(b)!.lower))) b--;
      const prev = wi.get(b);
      const objectPosition = prev && prev.word && !prev.cap && !c.postCues.has(prev.lower) && !c.cueLeaders.has(prev.lower) && !c.subjectConnectives.has(prev.lower);
      if (objectPosition) continue;
      const text = this.textOf(run.name);
      const words = nameWords(text);
      // A place the gazetteer knows (`Persib Bandung` split as body + `Bandung`) is nobody.
      if (words.length === 1 && this.r.gazetteer.placeWords.has(text)) continue;
      let person = this.persons.find((p) => p.aliases.has(text.toLowerCase()) || containsSequence(p.words, words));
      if (!person && ((run.role && this.hasRoleHead(run.role)) || this.introRole(text) || this.actsAsSubject(run))) person = this.addPerson(text);
      // `Kvitova mengakhiri perjalanan …`: a person the article names in full elsewhere, as the
      // subject of any verb, is the latest antecedent too (not only of a reporting verb).
      if (!person && this.actsAsSubject(run, true) && this.namedInFull(words)) person = this.addPerson(text);
      if (!person && words.length === 1) {
        const m = words[0]!;
        person = this.persons.find((p) => isSyllableShortForm(m, p.words) || p.words.some((w) => nearlySame(w, m)));
      }
      if (person) this.anchors.push({ position: wi.get(run.from)!.start, person });
    }
    for (const a of this.analysis.attributions) {
      if (a.kind === 'name' && a.name && a.mention) {
        const person = this.persons.find((p) => p.aliases.has(this.r.text.slice(a.name![0], a.name![1]).toLowerCase()));
        if (person) this.anchors.push({ position: a.mention[0], person });
      }
    }
    this.anchors.sort((x, y) => x.position - y.position);
  }

  /** A name followed by a reporting verb (`Siti Aminah (45), mengaku …`, `Megawati pun berharap`):
   *  someone the article introduces, whom a later pronoun may mean. Places and bodies the
   *  article marks as such are not. */
  /** The words end a fuller name of a person entity, written as a name in the text. */
  private namedInFull(words: readonly string[]): boolean {
    // The words end the name (`Kvitova` of `Petra Kvitova`): people are named again by their
    // surname, while `Vietjet` of `Vietjet Air` is a company the tagger took for a person.
    return this.entityNames.some((e) => e.words.length > words.length && sameWords(e.words.slice(e.words.length - words.length), words) && this.writtenAsName(e.name));
  }

  private actsAsSubject(run: NameRun, anyVerb = false): boolean {
    const { wi, c, places, orgs } = this.r;
    const name = run.name!;
    let allKnown = true;
    for (let k = name[0]; k < name[1]; k++) {
      const w = wi.get(k)!;
      if (w.word && !places.has(w.text) && !orgs.has(w.text)) allKnown = false;
    }
    if (allKnown) return false;
    let k = run.to;
    if (wi.get(k)?.text === ',') k++;
    for (let fillers = 0; fillers < 2; fillers++) {
      const w = wi.get(k);
      if (w && w.word && !w.cap && c.fillers.has(w.lower)) k++;
    }
    const v = wi.get(k);
    if (!v || !v.word || v.cap) return false;
    // Only where the name opens its clause (`…, tangan kiri Kvitova mengalami` is no subject).
    if (anyVerb) {
      // Where the name opens its sentence: the subject the next sentences go on about.
      const before = wi.get(run.from - 1);
      const opens = !before || !wi.sameLine(run.from - 1, run.from) || /^[.!?]$/.test(before.text);
      return opens && c.isActiveVerb(v.lower, 4) && !c.activeLookalikes.has(v.lower);
    }
    return c.clauseVerbs.has(v.lower) || c.objectVerbs.has(v.lower);
  }

  /** How many anchors stand before the position (anchors are in text order). */
  private anchorsBefore(position: number): number {
    return firstNotBefore(this.anchors.length, (i) => this.anchors[i]!.position < position);
  }

  private latestAnchorAt(position: number): Anchor | null {
    const before = this.anchorsBefore(position);
    return before > 0 ? this.anchors[before - 1]! : null;
  }

  /** The person a pronoun or `-nya` cue points back to: the latest named before it, but not one
   *  the quote itself names (`Ia mengaku tinggal melanjutkan jejak … dari Ferry` is not Ferry
   *  speaking); then the one before. */
  private antecedentOf(a: Attribution, position: number): Person | null {
    const first = this.latestAnchorAt(position);
    if (!first) return null;
    // Capitalised words only: `abu` (ash) in the quote is not `Abu Nafi`.
    const said = new Set((a.quote.text.match(CAPITALISED_WORD) ?? []).map((w) => w.toLowerCase()));
    const named = (p: Person) => p.words.some((w) => w.length > 2 && said.has(w));
    if (!named(first.person)) return first.person;
    const before = this.anchorsBefore(position);
    for (let i = before - 1; i >= 0 && i >= before - 8; i--) {
      const p = this.anchors[i]!.person;
      if (p !== first.person && !named(p)) return p;
    }
    return first.person;
  }

  private latestAnchor(position: number): Person | null {
    return this.latestAnchorAt(position)?.person ?? null;
  }

  // ---- speakers ---------------------------------------------------------------------------

  private personSpeaker(p: Person, a: Attribution, resolved: Speaker['resolved']): Speaker {
    const { doc } = this.ctx;
    if (!p.role && !p.roleSearched) {
      p.roleSearched = true;
      p.role = this.introRole(p.name);
    }
    const mention = a.mention ? doc.span(a.mention[0], a.mention[1]) : null;
    if (mention && (a.kind === 'name' || a.kind === 'role')) p.mentions.push(a.name ? doc.span(a.name[0], a.name[1]) : mention);
    p.roleSpans ??= this.roleAndAffiliation(p.role);
    const { role, affiliation } = p.roleSpans;
    return { name: p.name, entity: null, mention, resolved, role, affiliation };
  }

  /** A pronoun attribution goes on with an unnamed source: within the continuation distance, and
   *  no person named in the narration between the two. */
  private staysWithUnnamed(unnamed: Attribution, a: Attribution): boolean {
    if (!withinContinuation(unnamed, a)) return false;
    const anchor = this.latestAnchorAt(a.position);
    return !anchor || anchor.position < (unnamed.mention?.[0] ?? unnamed.position);
  }

  private followsOn(previous: { a: Attribution; speaker: Speaker } | null, a: Attribution): boolean {
    return !!previous && withinContinuation(previous.a, a);
  }

  /** The speaker is a body or a group of people (`pejabat rumah sakit`), not a person. */
  private isBodyOrGroup(x: { a: Attribution; speaker: Speaker }): boolean {
    if (x.a.kind === 'org' || this.isPluralPronoun(x.a)) return true;
    return x.a.kind === 'role' && !this.persons.some((p) => p.name === x.speaker.name);
  }

  private isPluralPronoun(a: Attribution): boolean {
    return !!a.mention && this.r.c.pluralPronouns.has(this.r.text.slice(a.mention[0], a.mention[1]).toLowerCase());
  }

  private isGroupPronoun(a: Attribution): boolean {
    return !!a.mention && this.r.c.groupPronouns.has(this.r.text.slice(a.mention[0], a.mention[1]).toLowerCase());
  }

  private orgSpeaker(a: Attribution): Speaker {
    const { doc, result } = this.ctx;
    let raw = this.r.text.slice(a.name![0], a.name![1]);
    // `Kementerian menegaskan …`: a bare head word stands for the body of that kind named last.
    const specific = this.isGenericHead(raw) ? this.lastBodyHeaded(raw, a.position) : null;
    if (specific) raw = specific;
    // `Manajemen Crestar menilai`: a generic word before a company's short name stands for the
    // company the article names in full (`Crestar Education Group`).
    const space = raw.indexOf(' ');
    if (space > 0 && this.r.c.orgPrefixes.has(raw.slice(0, space).toLowerCase()) && !this.r.c.groupPrefixes.has(raw.slice(0, space).toLowerCase())) {
      const company = this.bodyNamedInFull(raw.slice(space + 1));
      if (company) raw = company;
    }
    const lower = stripParenthesis(raw).toLowerCase();
    // A country or city speaking (`Israel mengatakan`) keeps its own name, in full where the
    // article gives it (`Saudi` → `Arab Saudi`), never a body named after it (`Pemerintah Israel`).
    const place = isPlaceName(this.r.gazetteer, raw);
    const fullest = this.fullestOrganisation(raw);
    let name = this.groups.get(raw.toLowerCase()) ?? (place && !isPlaceName(this.r.gazetteer, fullest) ? raw : fullest);
    if (!this.r.c.legalFormAtEnd.test(name)) name = stripParenthesis(name);
    // `Bank Samudra Raya (BSR) Group`: the short form in brackets inside the name is not part of it.
    name = name.replace(this.r.c.shortFormInside, '');
    let entity: string | null = null;
    const nameLower = name.toLowerCase();
    for (const o of result.organisations) {
      const forms = place ? [o.name.toLowerCase()] : [o.name, ...o.aliases].map((x) => x.toLowerCase());
      if (forms.includes(lower) || forms.includes(raw.toLowerCase()) || forms.includes(nameLower)) {
        name = o.name;
        entity = o.id;
        break;
      }
    }
    return { name, entity, mention: a.mention ? doc.span(a.mention[0], a.mention[1]) : null, resolved: 'name', role: null, affiliation: null };
  }

  /** The longest body the article names whose name begins with these capitalised words
   *  (`Crestar` → `Crestar Education Group`): an organisation entity, or a run of the narration
   *  ending in a word of a body's name (`Group`, `Tbk`) or starting with a body's head word. */
  private readonly bodiesInFull = new Map<string, string | null>();

  private bodyNamedInFull(short: string): string | null {
    return memoised(this.bodiesInFull, short, () => this.computeBodyNamedInFull(short));
  }

  private computeBodyNamedInFull(short: string): string | null {
    if (!/^\p{Lu}/u.test(short)) return null;
    const { wi, c } = this.r;
    const target = nameWords(short);
    let best: string | null = null;
    let bestLen = target.length;
    // The fuller name must end in a word of a body's name or a place (`… Group`, `Persela Lamongan`),
    // not in a product's or a person's name (`Truecaller Pay`).
    const endsAsBody = (name: string) => {
      const last = name.slice(name.lastIndexOf(' ') + 1);
      return c.roleWords.has(last) || c.orgHeads.has(last) || this.r.gazetteer.placeWords.has(last) || this.r.places.has(last);
    };
    const consider = (name: string) => {
      const words = nameWords(name);
      if (words.length > bestLen && words.length <= 6 && sameWords(words.slice(0, target.length), target) && endsAsBody(name)) {
        best = name;
        bestLen = words.length;
      }
    };
    for (const o of this.ctx.result.organisations) consider(o.name);
    for (const run of this.runsByNameWord.get(target[0]!) ?? []) {
      const last = wi.get(run.to - 1)!;
      if (c.roleWords.has(last.text)) consider(this.textOf([run.from, run.to]));
    }
    for (const run of this.runs) if (run.org && wi.get(run.from)!.lower === target[0]) consider(this.textOf([run.from, run.to]));
    return best;
  }

  /** One word that heads bodies (`Kementerian`, `Kepolisian`, `Pemerintah`), not a name of its own. */
  private isGenericHead(raw: string): boolean {
    const { c } = this.r;
    return !/\s/.test(raw) && (c.orgHeads.has(raw) || c.orgPrefixes.has(raw.toLowerCase()));
  }

  private bodiesByHead: Map<string, NameRun[]> | null = null;

  /** The last body before `position` whose name begins with the head word (`Kementerian ESDM`). */
  private lastBodyHeaded(head: string, position: number): string | null {
    if (!this.bodiesByHead) {
      this.bodiesByHead = new Map();
      for (const run of this.runs) {
        if (!run.org || !run.name || run.name[1] - run.name[0] < 2) continue;
        const first = this.r.wi.get(run.name[0])!.lower;
        const list = this.bodiesByHead.get(first);
        if (list) list.push(run);
        else this.bodiesByHead.set(first, [run]);
      }
    }
    const list = this.bodiesByHead.get(head.toLowerCase());
    if (!list) return null;
    let best: NameRun | null = null;
    for (const run of list) {
      if (this.r.wi.get(run.from)!.start >= position) break;
      best = run;
    }
    return best ? this.textOf(best.name!) : null;
  }

  /** `Komnas HAM` → `Komisi Nasional Hak Asasi Manusia` (written `LONG (SHORT)`); `Pertamina` →
   *  `PT Pertamina (Persero)` (the longest body name holding it). */
  private fullestOrganisation(raw: string): string {
    return memoised(this.fullestOrgs, raw, () => this.computeFullestOrganisation(raw));
  }

  private computeFullestOrganisation(raw: string): string {
    const { text, wi, c } = this.r;
    const bare = stripParenthesis(raw);
    const inParens = `(${bare})`;
    let at = text.indexOf(inParens);
    let tries = 0;
    while (at >= 0 && tries < 20) {
      const j = wi.before(at);
      let start = j;
      while (start - 1 >= 0 && wi.get(start - 1)!.cap && wi.sameLine(start - 1, start)) start--;
      while (start < j && !(c.orgHeads.has(wi.get(start)!.text))) start++;
      if (start <= j && c.orgHeads.has(wi.get(start)!.text)) {
        const long = text.slice(wi.get(start)!.start, wi.get(j)!.end);
        // `United Overseas Bank (UOB) Group`: a word of a body's name after the short form ends the name.
        const close = wi.at(at + inParens.length - 1);
        const tail = wi.get(close + 1);
        const after = wi.get(close + 2);
        const ends = !after || !after.word || !after.cap || !wi.sameLine(close + 1, close + 2);
        return tail && tail.word && tail.cap && c.roleWords.has(tail.text) && !c.roleHeads.has(tail.text) && ends && wi.sameLine(close, close + 1) ? `${long} ${tail.text}` : long;
      }
      at = text.indexOf(inParens, at + 1);
      tries++;
    }
    let best = bare;
    const target = nameWords(bare);
    for (const run of this.runs) {
      if (!run.org || !run.name) continue;
      const t = this.textOf(run.name);
      const words = nameWords(t);
      if (words.length > nameWords(best).length && containsSequence(words, target)) best = t;
    }
    // `PT Pertamina (Persero)`: a legal form in brackets right after the name belongs to it.
    const idx = text.indexOf(best);
    if (idx >= 0 && best !== bare) {
      const m = this.r.c.legalFormAfter.exec(text.slice(idx + best.length, idx + best.length + 14));
      if (m) best += m[0];
    }
    return best;
  }

  /** Role and affiliation spans from a role phrase: the affiliation is an organisation named at
   *  its end (from an organisation head, or a name the article also uses alone), or the ministry
   *  a minister's title names (`Menteri Koperasi dan UKM` → `Kementerian Koperasi dan UKM`). */
  private roleAndAffiliation(range: WordRange | null): { role: Span | null; affiliation: Span | null } {
    if (!range) return { role: null, affiliation: null };
    const { wi, c, text } = this.r;
    const { doc } = this.ctx;
    let [a, b] = range;
    // The role starts after connectives (`Namun Direktur X` → `Direktur X`).
    while (a < b - 1) {
      const w = wi.get(a)!;
      if (w.word && (c.roleHeads.has(w.text) || c.roleHeadsLower.has(w.lower) || (w.cap && !c.notNames.has(w.text)))) break;
      a++;
    }
    while (b > a && !wi.get(b - 1)!.word && wi.get(b - 1)!.text !== ')') b--;
    const span = (from: number, to: number) => doc.span(wi.get(from)!.start, wi.get(to - 1)!.end);
    // `CEO Kampusku.id`: a web name in the role is the company.
    for (let m = a + 1; m < b; m++) {
      if (wi.get(m)!.domain) return { role: span(a, m), affiliation: span(m, b) };
    }
    // `Ketua DPD PDI Perjuangan`, `Kepala Pusat Penerangan Kemendagri`: an organisation the
    // gazetteer knows is the affiliation; the words before it are the role.
    const orgNames = new Set<string>();
    for (const o of this.ctx.result.organisations) {
      orgNames.add(o.name.toLowerCase());
      for (const x of o.aliases) orgNames.add(x.toLowerCase());
    }
    for (let m = a + 1; m < b; m++) {
      const end = organisationAt(this.r.gazetteer, wi, m, b);
      if (end <= m) continue;
      // ... up to the end of the phrase where the article names the body so (`TikTok Indonesia`).
      const tail = text.slice(wi.get(m)!.start, wi.get(b - 1)!.end);
      const whole = end < b && (orgNames.has(tail.toLowerCase()) || this.usedAlone(tail, m, b));
      return { role: span(a, m), affiliation: span(m, whole ? b : end) };
    }
    for (let m = a + 1; m < b; m++) {
      // `Presiden Amerika Serikat`: a head word inside a place's name heads no body.
      const place = placeAt(this.r.gazetteer, wi, m, b);
      if (place > m) m = place - 1;
      else if (c.orgHeads.has(wi.get(m)!.text)) return { role: span(a, m), affiliation: span(m, b) };
    }
    for (let m = a + 1; m < b; m++) {
      const w = wi.get(m)!;
      if (!w.cap || c.roleHeads.has(w.text) || c.roleWords.has(w.text)) continue;
      const tail = text.slice(w.start, wi.get(b - 1)!.end);
      // `kuasa hukum Setnov`: a person's name after the role is whom the role serves, not a body.
      if (!orgNames.has(tail.toLowerCase()) && this.namesPerson(tail)) continue;
      if (orgNames.has(tail.toLowerCase()) || this.usedAlone(tail, m, b)) return { role: span(a, m), affiliation: span(m, b) };
    }
    const role = span(a, b);
    // A minister's ministry, where the article names it.
    for (const [title, ministry] of c.lex.ministryOf) {
      const titleWords = title.split(/\s+/);
      for (let m = a; m + titleWords.length <= b; m++) {
        if (!titleWords.every((t, j) => wi.get(m + j)!.text === t)) continue;
        const from = m + titleWords.length;
        for (let to = b; to > from; to--) {
          const candidate = `${ministry} ${text.slice(wi.get(from)!.start, wi.get(to - 1)!.end)}`;
          const at = text.indexOf(candidate);
          if (at >= 0 && !/[\p{L}]/u.test(text[at + candidate.length] ?? ' ')) {
            return { role, affiliation: doc.span(at, at + candidate.length) };
          }
        }
      }
    }
    return { role, affiliation: null };
  }

  /** The words name a person the article knows (a speaker or a person entity, in part). */
  private namesPerson(tail: string): boolean {
    const words = nameWords(tail);
    return this.persons.some((p) => containsSequence(p.words, words)) || this.entityNames.some((e) => containsSequence(e.words, words)) || this.isPersonWord(tail);
  }

  /** The words are used on their own as a name elsewhere in the narration, as the object or
   *  subject of a verb (`memanggil TikTok Indonesia`), not as a place (`di Indonesia`, `, Bekasi,`). */
  private usedAlone(tail: string, from: number, to: number): boolean {
    const { wi, c } = this.r;
    const triggers = new Set(c.lex.placeTriggers);
    for (const run of this.runs) {
      if (run.from >= from && run.to <= to) continue;
      if (this.textOf([run.from, run.to]) !== tail) continue;
      const prev = wi.get(run.from - 1);
      if (prev && prev.word && !prev.cap && !triggers.has(prev.text)) return true;
    }
    return false;
  }

  // ---- entities ---------------------------------------------------------------------------

  private linkPeople(): void {
    const { result, pack } = this.ctx;
    let next = 1;
    for (const p of result.people) {
      const n = /^p(\d+)$/.exec(p.id);
      if (n) next = Math.max(next, Number(n[1]) + 1);
    }
    const byName = new Map<string, Person>();
    for (const p of this.persons) byName.set(p.name, p);
    for (const q of result.quotes) {
      const s = q.speaker;
      if (!s || s.entity) continue;
      const p = byName.get(s.name);
      if (!p) continue;
      if (!p.entity) {
        // The entity of the same name; else one whose (cleaned) name is a shorter form of it.
        const canonical = p.name.toLowerCase();
        const found =
          result.people.find((e) => e.name.toLowerCase() === canonical) ??
          this.entityNames.find((e) => e.name.toLowerCase() === canonical)?.entity ??
          this.entityNames.find((e) => containsSequence(p.words, e.words))?.entity;
        if (found) p.entity = found;
        else {
          const aliases = [...p.aliases].filter((x) => x !== p.name.toLowerCase());
          const mentions = dedupeSpans(p.mentions);
          p.entity = {
            id: `p${next++}`,
            name: p.name,
            rule: `${pack.code}.person.speaker`,
            aliases: aliases.map((x) => originalCase(mentions, x) ?? x),
            mentions,
          };
          result.people.push(p.entity);
        }
      }
      s.entity = p.entity.id;
    }
  }
}

/** The cached value of `key`, computed once (undefined is never a computed value here). */
function memoised<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = compute();
    cache.set(key, hit);
  }
  return hit;
}

function nameWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s“”"'‘’()]+/)
    .filter((w) => w.length > 0);
}

function containsSequence(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** `Djanur` from `Djadjang Nurdjaman`, `Jokowi` from `Joko Widodo`, `SBY` from `Susilo Bambang
 *  Yudhoyono`: the short form is the beginnings of two or more of the name's words, in order. */
function isSyllableShortForm(short: string, words: readonly string[]): boolean {
  if (short.length < 3 || words.length < 2) return false;
  const go = (pos: number, wi: number, used: number): boolean => {
    if (pos === short.length) return used >= 2;
    if (wi >= words.length) return false;
    const w = words[wi]!;
    for (let len = Math.min(w.length, short.length - pos); len >= 1; len--) {
      if (short.startsWith(w.slice(0, len), pos) && go(pos + len, wi + 1, used + 1)) return true;
    }
    return false;
  };
  return go(0, 0, 0) && !words.includes(short);
}

/** `bhs` for `bambang hadi santoso`, `hbs` for `bambang santoso` (a title's initial before them), `bamsoet`
 *  for `bambang soesatyo`: a short form built from the name's words. */
function isShortFormOf(short: string, words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const initials = words.map((w) => w[0]).join('');
  if (short === initials) return true;
  if (short.length >= 3 && short.length - initials.length === 1 && short.endsWith(initials)) return true;
  return isSyllableShortForm(short, words);
}

/** One letter added, dropped or changed in a name of five letters or more (`Ghalib`/`Ghalieb`). */
function nearlySame(a: string, b: string): boolean {
  if (a === b || a.length < 5 || b.length < 5 || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Two names of two words or more, word for word equal or one letter apart (`Fredrich
 *  Yunadi`/`Fedrich Yunadi`), with at least one word written the same. */
function sameNameSpeltOtherwise(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  let equal = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) equal++;
    else if (!nearlySame(a[i]!, b[i]!)) return false;
  }
  return equal > 0 && equal < a.length;
}

/** `Hardi` for `Hardisiswan`: a name cut short, four letters or more. */
function isClippedForm(short: string, word: string): boolean {
  return short.length >= 4 && word.length > short.length && word.startsWith(short);
}

function stripParenthesis(s: string): string {
  return s.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

function originalCase(mentions: Span[], lower: string): string | undefined {
  return mentions.find((m) => m.text.toLowerCase() === lower)?.text;
}
