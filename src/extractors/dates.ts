// dates (issue 7): dates, times, durations and sets, with TimeML values resolved against the
// publication date. chrono-node reads the explicit dates and clock times; warta's own parsers
// (dates/parsers.ts) read what Indonesian news writes besides; refiners (dates/refine.ts) join
// and anchor. chrono runs only on short windows around trigger words (dates/patterns.ts), so
// the cost stays small and linear on very long texts.
import type { Extractor } from '../engine/extractor.js';
import type { ArticleDoc } from '../engine/document.js';
import type { DateMention } from '../types.js';
import { fmtDay, isValidYmd, parseIsoDate, type Ymd } from './dates/calendar.js';
import type { Candidate } from './dates/candidate.js';
import { chronoFor } from './dates/chrono-config.js';
import { fromChrono } from './dates/native.js';
import { CANDIDATES } from './dates/parsers.js';
import { compileDates, type CompiledDates } from './dates/patterns.js';
import { refineCandidates, resolveAll } from './dates/refine.js';
import type { DateLexicon } from '../lang/date-lexicon.js';

/** Characters of context on each side of a trigger word that chrono sees. */
const WINDOW = 64;

interface Window {
  start: number;
  end: number;
}

/** Spans of content worth parsing: trigger words with context, merged, inside one paragraph. */
export function dateWindows(doc: ArticleDoc, c: CompiledDates): Window[] {
  const text = doc.text;
  const windows: Window[] = [];
  const trigger = c.trigger;
  trigger.lastIndex = 0;
  let lastParagraph = -1;
  let paraStart = 0;
  let paraEnd = 0;
  let paraOk = false;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    if (m.index >= paraEnd || lastParagraph < 0) {
      const p = doc.paragraphAt(m.index);
      if (!p) continue;
      lastParagraph = p.index;
      paraStart = p.start;
      paraEnd = p.end;
      paraOk = p.kind === 'content' || p.kind === 'title';
    }
    if (!paraOk) {
      trigger.lastIndex = Math.max(trigger.lastIndex, paraEnd);
      continue;
    }
    let start = Math.max(paraStart, m.index - WINDOW);
    const end = Math.min(paraEnd, m.index + m[0].length + WINDOW);
    // Never begin inside a word: a cut word could read as another word.
    while (start > paraStart && start < m.index && !/\s/.test(text[start - 1]!)) start++;
    const prev = windows[windows.length - 1];
    if (prev && start <= prev.end && prev.start >= paraStart) prev.end = Math.max(prev.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** The article's own dateline (`Rabu (26/7/2023)`), the reference date when metadata has none. */
export function findDateline(doc: ArticleDoc, lex: DateLexicon): Ymd | null {
  const c = compileDates(lex);
  for (const p of doc.paragraphs) {
    if (p.kind !== 'content' && p.kind !== 'title') continue;
    const m = c.dateline.exec(p.text);
    if (!m) continue;
    const t = { y: Number(m[4]), m: Number(m[3]), d: Number(m[2]) };
    if (isValidYmd(t.y, t.m, t.d)) return t;
  }
  return null;
}

/** All date mentions of a document, resolved against `ref`; warnings are appended to `warnings`. */
export function extractDates(doc: ArticleDoc, lex: DateLexicon, ref: Ymd | null, rulePrefix: string, warnings: string[]): DateMention[] {
  const c = compileDates(lex);
  const engine = chronoFor(lex);
  const chronoRef = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : new Date(2000, 0, 1, 12);
  const text = doc.text;
  const candidates: Candidate[] = [];
  for (const w of dateWindows(doc, c)) {
    const slice = text.slice(w.start, w.end);
    for (const r of engine.parse(slice, chronoRef)) {
      const cand = CANDIDATES.get(r as never) ?? fromChrono(r, c, slice);
      if (!cand) continue;
      candidates.push({ ...cand, start: cand.start + w.start, end: cand.end + w.start, calendar: cand.calendar });
    }
  }
  const refined = refineCandidates(candidates, text, c);
  const mentions: DateMention[] = [];
  for (const { cand, resolved, relative } of resolveAll(refined, text, ref)) {
    if (resolved.warning) warnings.push(resolved.warning);
    const span = doc.span(cand.start, cand.end);
    mentions.push({
      text: span.text,
      start: span.start,
      end: span.end,
      rule: `${rulePrefix}.${cand.rule}`,
      type: cand.type,
      value: resolved.value,
      relative,
    });
  }
  return mentions;
}

export const dateExtractor: Extractor = {
  id: 'dates',
  extract({ doc, pack, result }) {
    let ref = parseIsoDate(result.published);
    if (!ref) {
      ref = findDateline(doc, pack.dates);
      // The contract: `published` is the metadata's, else --ref-date, else the dateline's.
      if (ref) result.published = fmtDay(ref);
    }
    result.dates.push(...extractDates(doc, pack.dates, ref, pack.code, result.warnings));
  },
};

