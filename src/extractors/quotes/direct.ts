// Direct quotations: each paired quotation is a quote when a cue attributes it (after it:
// `"…," kata X`; before it: `X mengatakan: "…"`), or when it stands as a sentence of its own
// next to attributed ones (a continuation). Short phrases in marks in the middle of a
// sentence, or after a noun like `program`/`istilah`, are titles and terms, not quotes.
import type { ArticleDoc } from '../../engine/document.js';
import type { Quote } from '../../types.js';
import type { Attribution } from './attribution.js';
import { postCueBase } from './lexicon.js';
import type { Quotation } from './marks.js';
import { phraseAfter, phraseBefore, runForward, splitRun, type PhraseReader, type SpeakerPhrase } from './phrases.js';

const SENTENCE_BEFORE = /[.!?:;)"”’»]/;
const ENDS_WITH_PUNCT = /[.,!?…;:-]\s*$/;
const SPACE = /\s/;

export function directQuote(doc: ArticleDoc, r: PhraseReader, code: string, q: Quotation): Attribution | null {
  const { text } = doc;
  const { wi, c } = r;
  const closed = q.close >= 0;
  let inner = text.slice(q.open + 1, closed ? q.close : q.end);
  if (q.continuations.length) {
    // The opening marks of run-on paragraphs are not part of the words.
    const parts: string[] = [];
    let from = q.open + 1;
    for (const m of q.continuations) {
      parts.push(text.slice(from, m));
      from = m + 1;
    }
    parts.push(text.slice(from, closed ? q.close : q.end));
    inner = parts.join('');
  }
  if (!/[\p{L}\p{N}]/u.test(inner)) return null;
  const para = doc.paragraphs[q.paragraph]!;
  const lastPara = doc.paragraphAt(q.end - 1) ?? para;

  // After the quotation: `"…," kata X`, `"…", ujarnya`, `"…" — tegas dia`.
  if (closed) {
    let k = wi.at(q.end);
    let w = wi.get(k);
    let skipped = 0;
    while (w && !w.word && /^[,.—–-]$/.test(w.text) && skipped < 2 && w.start < lastPara.end) {
      k++;
      w = wi.get(k);
      skipped++;
    }
    if (w && w.word && !w.cap && c.cueLeaders.has(w.lower)) {
      k++;
      w = wi.get(k);
    }
    if (w && w.word && w.start < lastPara.end && !w.cap) {
      const cue = postCueBase(c, w.lower);
      const isVerb = !cue && (c.clauseVerbs.has(w.lower) || c.objectVerbs.has(w.lower));
      if (cue || isVerb) {
        const cueRange: [number, number] = [w.start, w.end];
        let phrase: SpeakerPhrase | null;
        if (cue?.suffixed) phrase = { kind: 'nya', mention: [k, k + 1], name: null, role: null, next: k + 1 };
        else phrase = phraseAfter(r, k + 1, lastPara.end);
        return attribution(doc, r, code, q, inner, cueRange, phrase, 'post-cue');
      }
    }
    // A reporting word the lexicon lacks, recognised by its frame: `"…," seloroh Budi.`,
    // `"…," kenangnya.` — a lower-case word, then a name or pronoun (or `-nya`), then the end.
    if (w && w.word && !w.cap && w.start < lastPara.end && w.text.length >= 4 && !c.stops.has(w.lower) && /[,.!?…]\s*$/.test(inner)) {
      const closes = (m: number) => {
        const x = wi.get(m);
        return !x || x.start >= lastPara.end || (!x.word && /^[.,;]$/.test(x.text)) || (x.word && c.stops.has(x.lower));
      };
      if (c.suffix && w.lower.endsWith(c.suffix) && closes(k + 1)) {
        const phrase: SpeakerPhrase = { kind: 'nya', mention: [k, k + 1], name: null, role: null, next: k + 1 };
        return attribution(doc, r, code, q, inner, [w.start, w.end], phrase, 'post-cue');
      }
      const phrase = phraseAfter(r, k + 1, lastPara.end);
      if (phrase && (phrase.kind === 'name' || phrase.kind === 'pronoun') && closes(phrase.next)) {
        return attribution(doc, r, code, q, inner, [w.start, w.end], phrase, 'post-cue');
      }
    }
    // Speaker before the cue: `"…," he said`, `"…," Smith said`, `"…?" ia menambahkan`.
    if (w && w.word && w.start < lastPara.end && ENDS_WITH_PUNCT.test(inner)) {
      const e = c.pronouns.has(w.lower) ? k + 1 : runForward(r, k);
      const cueWord = e > k ? wi.get(e) : undefined;
      if (cueWord && cueWord.word && !cueWord.cap && (c.postCues.has(cueWord.lower) || c.clauseVerbs.has(cueWord.lower))) {
        const phrase: SpeakerPhrase | null = c.pronouns.has(w.lower)
          ? { kind: 'pronoun', mention: [k, k + 1], name: null, role: null, next: k + 1 }
          : nameOrNull(r, k, e);
        return attribution(doc, r, code, q, inner, [cueWord.start, cueWord.end], phrase, 'post-cue');
      }
    }
  }

  // Before the quotation: `X mengatakan: "…"`, `Wenger melanjutkan, ”…”`.
  let j = wi.before(q.open);
  const floor = wi.at(para.start);
  if (j >= floor && /^[:,]$/.test(wi.get(j)!.text)) j--;
  // `X mengatakan bahwa "…"`
  if (j > floor && wi.get(j)!.word && c.complementisers.has(wi.get(j)!.lower)) j--;
  if (j >= floor) {
    const v = wi.get(j)!;
    const punctuated = j + 1 < wi.words.length && /^[:,]$/.test(wi.get(j + 1)!.text);
    // A known reporting verb, or any prefixed verb right before `:`/`,` (`Onew pun berbahasa
    // Indonesia:` has a name before it; `X berkomentar, "…"`).
    const known = c.clauseVerbs.has(v.lower) || c.objectVerbs.has(v.lower);
    if (v.word && !v.cap && (known || (punctuated && c.isActiveVerb(v.lower, 3)))) {
      const phrase = phraseBefore(r, j, floor);
      if (phrase && (known || phrase.kind === 'name' || phrase.kind === 'pronoun')) {
        return attribution(doc, r, code, q, inner, [v.start, v.end], phrase, 'pre-cue');
      }
    }
  }

  if (!standsAsQuotation(doc, r, q, inner, para.start)) return null;
  const quote = makeQuote(doc, `${code}.quote.${closed ? 'continuation' : 'unclosed'}`, 'direct', inner, q.open, q.end, null);
  return { quote, kind: 'continuation', mention: null, name: null, role: null, position: q.open, paragraph: q.paragraph, start: q.open, end: q.end };
}

function nameOrNull(r: PhraseReader, from: number, to: number): SpeakerPhrase | null {
  const s = splitRun(r, from, to);
  if (s.org) return { kind: 'org', mention: [from, to], name: s.name, role: null, next: to };
  if (!s.name) return null;
  return { kind: 'name', mention: [from, to], name: s.name, role: s.role, next: to };
}

/** A quotation without a cue is a quote when it stands as a sentence (or a long stretch of
 *  speech), not when it is a short phrase inside a sentence or a name after a term noun. */
function standsAsQuotation(doc: ArticleDoc, r: PhraseReader, q: Quotation, inner: string, paraStart: number): boolean {
  const { text } = doc;
  const words = inner.trim().split(/\s+/).length;
  const prevWord = r.wi.get(r.wi.before(q.open));
  if (prevWord && prevWord.word && r.c.termNouns.has(prevWord.lower)) return false;
  let k = q.open - 1;
  while (k >= paraStart && SPACE.test(text[k]!)) k--;
  const atSentenceStart = k < paraStart || SENTENCE_BEFORE.test(text[k]!);
  if (q.close < 0) return atSentenceStart && words >= 4;
  const endsWithPunct = ENDS_WITH_PUNCT.test(inner);
  let a = q.end;
  while (a < text.length && text[a] === ' ') a++;
  const para = doc.paragraphAt(q.close);
  const followedBySentenceEnd = !para || a >= para.end || /[.!?\n\r]/.test(text[a]!);
  if (atSentenceStart && (endsWithPunct || followedBySentenceEnd) && words >= 3) return true;
  return endsWithPunct && words >= 10 && /^\s*\p{Lu}/u.test(inner);
}

function attribution(
  doc: ArticleDoc,
  r: PhraseReader,
  code: string,
  q: Quotation,
  inner: string,
  cue: [number, number],
  phrase: SpeakerPhrase | null,
  frame: 'post-cue' | 'pre-cue',
): Attribution {
  const { wi } = r;
  const suffix = phrase ? (phrase.kind === 'name' ? (phrase.role && phrase.name && phrase.role[0] < phrase.name[0] ? '-role' : '') : `-${phrase.kind}`) : '';
  const rule = `${code}.quote.${frame}${suffix}`;
  const quote = makeQuote(doc, rule, 'direct', inner, q.open, q.end, cue);
  const toRange = (w: [number, number] | null): [number, number] | null =>
    w ? [wi.get(w[0])!.start, wi.get(w[1] - 1)!.end] : null;
  return {
    quote,
    kind: phrase?.kind ?? 'none',
    mention: phrase ? toRange(phrase.mention) : null,
    name: phrase ? toRange(phrase.name) : null,
    role: phrase ? toRange(phrase.role) : null,
    position: cue[0],
    paragraph: q.paragraph,
    start: q.open,
    end: q.end,
  };
}

export function makeQuote(
  doc: ArticleDoc,
  rule: string,
  kind: Quote['kind'],
  text: string,
  start: number,
  end: number,
  cue: [number, number] | null,
): Quote {
  return {
    id: '',
    kind,
    rule,
    text,
    span: doc.span(start, end),
    cue: cue ? doc.span(cue[0], cue[1]) : null,
    speaker: null,
  };
}
