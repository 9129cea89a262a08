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
import { chronoFor, parseWindow } from './dates/chrono-config.js';
import { candidatesFromChrono } from './dates/native.js';
import { CANDIDATES } from './dates/parsers.js';
import { compileDates, type CompiledDates } from './dates/patterns.js';
import { refineCandidates, resolveAll } from './dates/refine.js';
import type { DateLexicon } from '../lang/date-lexicon.js';

/** Characters of context on each side of a trigger word that chrono sees. */
const WINDOW = 48;
/** The longest text handed to chrono in one call. */
const MAX_WINDOW = 1024;

interface Window {
  start: number;
  end: number;
}

/** Spans of content worth parsing: trigger tokens with context, merged, inside one paragraph. */
export function dateWindows(doc: ArticleDoc, c: CompiledDates): Window[] {
  const text = doc.text;
  const windows: Window[] = [];
  let paragraph: { start: number; end: number } | undefined;
  for (const t of doc.tokens) {
    if (!isTrigger(t.text, c)) continue;
    if (!paragraph || t.start >= paragraph.end || t.start < paragraph.start) paragraph = doc.paragraphAt(t.start);
    if (!paragraph) continue;
    let start = Math.max(paragraph.start, t.start - WINDOW);
    const end = Math.min(paragraph.end, t.end + WINDOW);
    // Never begin inside a word: a cut word could read as another word.
    while (start > paragraph.start && start < t.start && !/\s/.test(text[start - 1]!)) start++;
    const prev = windows[windows.length - 1];
    // Windows merge while short: chrono's cost grows faster than linearly with its text (it
    // restarts a failed match on a copy of the rest), so a text dense with numbers is cut.
    if (prev && start <= prev.end && prev.start >= paragraph.start && end - prev.start <= MAX_WINDOW) prev.end = Math.max(prev.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

function isTrigger(token: string, c: CompiledDates): boolean {
  const first = token.charCodeAt(0);
  if (first >= 48 && first <= 57) return c.triggerNumber.test(token);
  // Most tokens are ASCII words: looked up as written, with no toLowerCase.
  const known = c.triggerTable.lookup(token);
  if (known >= 0) return known === 1;
  const lower = token.toLowerCase();
  if (c.triggerWords.has(lower)) return true;
  // `tahun-tahun`, `bertahun-tahun`, `90-an` split otherwise: look at the parts.
  if (lower.includes('-')) return lower.split('-').some((part) => c.triggerWords.has(part));
  return false;
}

/** The article's own dateline (`Rabu (26/7/2023)`), the reference date when metadata has none. */
export function findDateline(doc: ArticleDoc, lex: DateLexicon): Ymd | null {
  const c = compileDates(lex);
  for (const p of doc.paragraphs) {
    if (p.kind !== 'content' && p.kind !== 'title') continue;
    // The dateline has two slashes: a paragraph without one is not searched.
    if (!p.text.includes('/')) continue;
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
  // One chrono call per window: chrono restarts a failed match on a copy of the rest of its
  // text, so short texts keep that cheap (a joined text of all windows measured slower).
  for (const w of dateWindows(doc, c)) {
    const slice = text.slice(w.start, w.end);
    for (const r of parseWindow(engine, slice, chronoRef)) {
      const own = CANDIDATES.get(r as never);
      for (const cand of own ? [own] : candidatesFromChrono(r, c, slice)) {
        candidates.push({ ...cand, start: cand.start + w.start, end: cand.end + w.start, calendar: cand.calendar });
      }
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
    // One push per item: spreading hundreds of thousands of dates as arguments overflows the stack.
    for (const date of extractDates(doc, pack.dates, ref, pack.code, result.warnings)) result.dates.push(date);
  },
};

