// Speaker names compared as the guideline asks: canonical names without case, honorifics and
// ranks. `Kompol Budi Santoso`, `budi santoso` and `Budi Santoso, S.H.` are the same speaker.
// The titles come from the shared list of the Indonesian pack (src/lang/id/person-titles.ts).
import { personTitles, personDegrees } from '../lang/id/person-titles.js';

const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[("'“”‘’]+|[)"'“”‘’,.:;]+$/g, '').replace(/\./g, ''))
    .filter((w) => w !== '');

/** Title word sequences (lower case, without dots), longest first. */
const TITLE_SEQUENCES: string[][] = [...new Set(personTitles.map((t) => wordsOf(t).join(' ')))]
  .filter((t) => t !== '')
  .map((t) => t.split(' '))
  .sort((a, b) => b.length - a.length);

const DEGREES = new Set(personDegrees.map((d) => wordsOf(d).join(' ')));

function titleLengthAt(words: readonly string[], at: number): number {
  for (const seq of TITLE_SEQUENCES) {
    if (seq.length > words.length - at - 1) continue; // always leave one word of the name
    if (seq.every((w, i) => words[at + i] === w)) return seq.length;
  }
  return 0;
}

/** `Kompol Budi Santoso, S.H.` → `budi santoso`. */
export function normalizeSpeakerName(name: string): string {
  // Post-nominal degrees follow a comma; canonical names never contain one.
  const [head] = name.split(',');
  const words = wordsOf(head ?? '');
  let at = 0;
  for (let n = titleLengthAt(words, at); n > 0; n = titleLengthAt(words, at)) at += n;
  let end = words.length;
  while (end - 1 > at && DEGREES.has(words[end - 1]!)) end--;
  return words.slice(at, end).join(' ');
}

/** Same speaker: both unknown, or the same normalised name. */
export function sameSpeaker(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  if (!gold || !predicted) return !gold && !predicted;
  return normalizeSpeakerName(gold) === normalizeSpeakerName(predicted);
}
