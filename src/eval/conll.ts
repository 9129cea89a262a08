// Named-entity evaluation on CoNLL files (one `token ... TAG` line per token, the NER tag in the
// last column, BIO or IOBES tags, a blank line between sentences).
//
// - Each sentence's text is rebuilt from its tokens: joined by one space, except that a token
//   made only of closing punctuation (`,` `.` `;` `:` `!` `?` `)` `]` `}` `%`) is attached to the
//   token before it and a token made only of opening brackets to the token after it, so that
//   the sentence reads like news text (`Jokowi, kata dia.`). Each token's offsets are recorded
//   while joining, so predictions map back to tokens exactly.
// - A predicted entity mention (a span of an organisation, person or place) is mapped to the
//   tokens it touches; mentions are compared with the gold entities as token ranges, which is
//   how CoNLL scoring works (a prediction `Bawaslu` inside the token `(Bawaslu)` is that token).
// - `exact`: same first and last token and the same label; `overlap`: at least one shared token
//   and the same label. Both one to one, counts summed over all sentences (micro average).
import type { ArticleResult } from '../types.js';
import { matchOneToOne } from './match.js';
import { zeroCounts, type Counts } from './metrics.js';
import type { EvalError } from './article-eval.js';
import { utf16Offsets } from './locate.js';
import { contextAround } from './context.js';

export interface ConllToken {
  text: string;
  tag: string;
}

export interface ConllSentence {
  /** 1-based line number of the sentence's first token in the file. */
  line: number;
  tokens: ConllToken[];
}

/** Parse CoNLL text; lines without at least two columns are reported as problems and skipped. */
export function parseConll(content: string): { sentences: ConllSentence[]; problems: string[] } {
  const sentences: ConllSentence[] = [];
  const problems: string[] = [];
  let current: ConllSentence | null = null;
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('-DOCSTART-')) {
      if (current) sentences.push(current);
      current = null;
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols.length < 2) {
      problems.push(`line ${i + 1}: expected "token ... TAG", got "${line}"`);
      continue;
    }
    current ??= { line: i + 1, tokens: [] };
    current.tokens.push({ text: cols[0]!, tag: cols[cols.length - 1]! });
  }
  if (current) sentences.push(current);
  return { sentences, problems };
}

const CLOSING = /^[,.;:!?)\]}%]+$/;
const OPENING = /^[([{]+$/;

/** The sentence as text, and each token's UTF-16 [start, end) in it (see the joining rule above). */
export function sentenceText(tokens: readonly ConllToken[]): { text: string; offsets: [number, number][] } {
  let text = '';
  const offsets: [number, number][] = [];
  let glueNext = true;
  for (const t of tokens) {
    if (!glueNext && !CLOSING.test(t.text)) text += ' ';
    offsets.push([text.length, text.length + t.text.length]);
    text += t.text;
    glueNext = OPENING.test(t.text);
  }
  return { text, offsets };
}

/** An entity as a token range `[first, last]` with its label. */
export interface TokenMention {
  label: string;
  first: number;
  last: number;
}

/** Gold entities from BIO/IOBES tags (an `I-` that does not continue an entity of its type starts one, as conlleval does). */
export function goldMentions(tokens: readonly ConllToken[]): TokenMention[] {
  const out: TokenMention[] = [];
  let open: TokenMention | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const m = /^([BIES])-(.+)$/.exec(tokens[i]!.tag);
    if (!m) {
      open = null;
      continue;
    }
    const prefix = m[1]!;
    const label = m[2]!;
    if (open && open.label === label && (prefix === 'I' || prefix === 'E')) open.last = i;
    else {
      open = { label, first: i, last: i };
      out.push(open);
    }
    if (prefix === 'E' || prefix === 'S') open = null;
  }
  return out;
}

/** The result's arrays that name entities, and the CoNLL label of each. */
export const LABEL_OF_FIELD = { organisations: 'ORG', people: 'PER', places: 'LOC' } as const;

/** Predicted mentions as token ranges (deduplicated), from a result of analysing the sentence text. */
export function predictedMentions(
  result: Pick<ArticleResult, 'organisations' | 'people' | 'places'>,
  text: string,
  offsets: readonly [number, number][],
): TokenMention[] {
  const toUnit = utf16Offsets(text);
  const seen = new Set<string>();
  const out: TokenMention[] = [];
  for (const [field, label] of Object.entries(LABEL_OF_FIELD) as [keyof typeof LABEL_OF_FIELD, string][]) {
    for (const entity of result[field]) {
      for (const m of entity.mentions) {
        const start = toUnit(m.start);
        const end = toUnit(m.end);
        let first = -1;
        let last = -1;
        offsets.forEach(([s, e], i) => {
          if (s < end && start < e) {
            if (first < 0) first = i;
            last = i;
          }
        });
        if (first < 0) continue;
        const key = `${label}:${first}:${last}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ label, first, last });
      }
    }
  }
  return out.sort((a, b) => a.first - b.first || a.last - b.last);
}

export interface NerCounts {
  exact: Map<string, Counts>;
  overlap: Map<string, Counts>;
}

export const emptyNerCounts = (): NerCounts => ({ exact: new Map(), overlap: new Map() });

const sharedTokens = (a: TokenMention, b: TokenMention) => Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1);

function matchMentions(gold: readonly TokenMention[], pred: readonly TokenMention[], exact: boolean): number[] {
  const candidates = gold.map((g) =>
    pred
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.label === g.label && (exact ? p.first === g.first && p.last === g.last : sharedTokens(g, p) > 0))
      .sort((a, b) => sharedTokens(g, b.p) - sharedTokens(g, a.p) || a.i - b.i)
      .map(({ i }) => i),
  );
  return matchOneToOne(candidates, pred.length);
}

function add(map: Map<string, Counts>, label: string, key: keyof Counts): void {
  const c = map.get(label) ?? zeroCounts();
  c[key]++;
  map.set(label, c);
}

/**
 * Score one sentence into `into` (per label, exact and overlap) and return its errors: misses
 * and false hits under overlap matching (with a note when the other side has another label),
 * and boundary errors (overlapping, same label, not the same tokens).
 */
export function scoreSentence(
  document: string,
  text: string,
  offsets: readonly [number, number][],
  gold: readonly TokenMention[],
  pred: readonly TokenMention[],
  into: NerCounts,
): EvalError[] {
  const errors: EvalError[] = [];
  const surface = (m: TokenMention) => text.slice(offsets[m.first]![0], offsets[m.last]![1]);
  const context = (m: TokenMention) => contextAround(text, offsets[m.first]![0], offsets[m.last]![1]);
  for (const [mode, exact] of [['exact', true], ['overlap', false]] as const) {
    const map = into[mode];
    const match = matchMentions(gold, pred, exact);
    match.forEach((p, g) => add(map, gold[g]!.label, p >= 0 ? 'tp' : 'fn'));
    const matched = new Set(match);
    pred.forEach((p, i) => {
      if (!matched.has(i)) add(map, p.label, 'fp');
    });
    if (exact) continue;
    match.forEach((p, g) => {
      const gm = gold[g]!;
      if (p < 0) {
        const other = pred.find((q) => q.label !== gm.label && sharedTokens(gm, q) > 0);
        errors.push({ document, metric: `ner.${gm.label}`, type: 'miss', text: surface(gm), detail: other ? `predicted as ${other.label} "${surface(other)}"` : null, context: context(gm) });
      } else if (pred[p]!.first !== gm.first || pred[p]!.last !== gm.last) {
        errors.push({ document, metric: `ner.${gm.label}`, type: 'boundary', text: surface(gm), detail: `predicted "${surface(pred[p]!)}"`, context: context(gm) });
      }
    });
    pred.forEach((pm, i) => {
      if (matched.has(i)) return;
      const other = gold.find((q) => q.label !== pm.label && sharedTokens(pm, q) > 0);
      errors.push({ document, metric: `ner.${pm.label}`, type: 'false-hit', text: surface(pm), detail: other ? `gold says ${other.label} "${surface(other)}"` : null, context: context(pm) });
    });
  }
  return errors;
}
