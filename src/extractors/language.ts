// Language identification: franc's trigram model restricted to the languages warta analyses
// and the ones franc confuses them with (src/lang/languages.ts), plus word evidence from each
// language's lists: the function words that tell the Malay family from Javanese, Sundanese or
// English, and the distinctive words that tell Indonesian from Malaysian Malay, which franc's
// trigrams cannot (its Malay model comes from a short text, and the two share most trigrams).
//
// Confidence is a share, not franc's score (franc gives 1 to every top guess). Each candidate
// gets a log-score in nats, the sum of:
//   - franc: its trigram distance above the best one, one nat per TRIGRAM_DISTANCE_PER_NAT.
//     franc reports 1 - (d - dBest) / (300 * n - dBest) for a sample of n characters; the
//     distance gap d - dBest is recovered as (1 - score) * 300 * n (dBest, at most a fraction
//     of 300 * n, is left out: it shrinks all gaps alike). Between close relatives (Indonesian
//     and Malay) only RELATIVE_TRIGRAM_WEIGHT of their mutual gap counts: franc alone ranked
//     Malay first for over a third of IndoSum's (Indonesian) paragraphs;
//   - words: COMMON_WORD_NATS for each of its function words written in lower case, and
//     -DISTINCTIVE_WORD_NATS for each word that is distinctive of a relative (`bahwa` counts
//     against Malay, `bahawa` against Indonesian, and neither against English);
//   - its prior (src/lang/<code>/language.ts, src/lang/languages.ts): Indonesian +2, the
//     regional languages -1;
// and the confidences are the softmax of these log-scores over the candidates, rounded to three
// decimals and at most MAX_CONFIDENCE. In effect: Indonesian against English differs by dozens
// of nats on any paragraph; an Indonesian sentence without a distinctive word is `id` 0.90
// against `ms` 0.09 (the prior); each `bahwa`, `persen` or `Senin` multiplies the odds against
// Malay by e^2.5 ≈ 12. The weights were chosen on IndoSum paragraphs and sentences and the
// Malay and English sentences of fixtures/language/ (scripts/measure-language.mjs).
//
// Speed: franc's cost grows with the number of candidates and the sample (on IndoSum, franc on
// 500 characters among ten candidates cost 0.44 of a wink readDoc of the whole article; among
// six, on 400 characters, about 0.25, much of it a fixed cost: 250 characters cost the same), so
// franc reads only the first SAMPLE_CHARS of the content (cut at a space) among six
// candidates (about 0.16 ms an article), and the words of the first WORD_SAMPLE_CHARS are
// counted in one cheap pass, hashed while read (evidenceSlot).
import { francAll } from 'franc';
import type { LanguageInfo } from '../types.js';
import { identifiableLanguages } from '../lang/languages.js';

/** Characters of content fed to franc (its cost grows with them; it reads at most 2,048). */
export const SAMPLE_CHARS = 400;
/** Characters of content whose words are counted (a cheap pass: one regex and a Map). */
export const WORD_SAMPLE_CHARS = 2000;
/** Fewer letters than this: too little text to tell (`und`). */
export const MIN_LETTERS = 20;
const TRIGRAM_DISTANCE_PER_NAT = 1500;
/** Between close relatives (a profile's `distinctFrom`), franc's trigram gap counts only this
 *  much: its Malay model cannot tell Malay from Indonesian reliably, the words do. */
const RELATIVE_TRIGRAM_WEIGHT = 0.25;
const COMMON_WORD_NATS = 0.5;
const DISTINCTIVE_WORD_NATS = 2.5;
/** franc's penalty for a trigram missing from a model (MAX_DIFFERENCE in franc 6). */
const FRANC_MAX_DIFFERENCE = 300;
/** A confidence is never reported as certainty. */
const MAX_CONFIDENCE = 0.999;
const ALTERNATIVES = 3;

/** Below this share of Latin letters in the sample, the text is another script or no prose
 *  (tables of numbers): `und`. franc would otherwise call Jawi (Arabic-script) text Malay. */
const MIN_LATIN_SHARE = 0.4;

const ONLY = identifiableLanguages.map((l) => l.iso639_3);
const INDEX_BY_ISO = new Map<string, number>(identifiableLanguages.map((l, i) => [l.iso639_3, i]));
const indexOfCode = (code: string): number => {
  const i = identifiableLanguages.findIndex((l) => l.code === code);
  if (i < 0) throw new Error(`language profiles: unknown relative "${code}"`);
  return i;
};
/** Index pairs of close relatives (each pair once). */
const RELATIVE_PAIRS: [number, number][] = [];
identifiableLanguages.forEach((l, i) => {
  for (const code of l.distinctFrom) {
    const j = indexOfCode(code);
    if (!RELATIVE_PAIRS.some(([a, b]) => (a === j && b === i) || (a === i && b === j))) RELATIVE_PAIRS.push([i, j]);
  }
});

/** word → the nats it adds to each language (index into identifiableLanguages). */
interface WordEvidence {
  /** When written in lower case. */
  lower: [number, number][];
  /** In any case. */
  any: [number, number][];
}
const EVIDENCE = new Map<string, WordEvidence>();
identifiableLanguages.forEach((language, index) => {
  const add = (word: string, slot: 'lower' | 'any', target: number, nats: number) => {
    let e = EVIDENCE.get(word);
    if (!e) EVIDENCE.set(word, (e = { lower: [], any: [] }));
    e[slot].push([target, nats]);
  };
  for (const w of language.commonWords) add(w, 'lower', index, COMMON_WORD_NATS);
  for (const code of language.distinctFrom) {
    const relative = indexOfCode(code);
    for (const w of language.distinctiveWords) add(w, 'any', relative, -DISTINCTIVE_WORD_NATS);
  }
});

/**
 * The evidence words in an open-addressing table keyed by a hash of their (lower-case) letters,
 * so the scan of the sample hashes each word while reading it and compares letters only on a
 * hit: no slice, no toLowerCase and no string hash per word. Words with letters beyond ASCII take
 * the Map (EVIDENCE).
 */
const EVIDENCE_SLOTS = 4096; // a power of two, well above twice the number of words
const evidenceWords: string[] = [];
const evidenceOf: WordEvidence[] = [];
const evidenceSlot = new Int32Array(EVIDENCE_SLOTS).fill(-1);
const evidenceHash = new Int32Array(EVIDENCE_SLOTS);
/** FNV-1a over UTF-16 units. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
for (const [word, e] of EVIDENCE) {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  let slot = h & (EVIDENCE_SLOTS - 1);
  while (evidenceSlot[slot]! >= 0) slot = (slot + 1) & (EVIDENCE_SLOTS - 1);
  evidenceSlot[slot] = evidenceWords.length;
  evidenceHash[slot] = h;
  evidenceWords.push(word);
  evidenceOf.push(e);
}

/** The evidence of the ASCII word text[start, end) read in lower case (hash `h`), if any. */
function asciiEvidence(text: string, start: number, end: number, h: number): WordEvidence | undefined {
  const length = end - start;
  for (let slot = h & (EVIDENCE_SLOTS - 1); evidenceSlot[slot]! >= 0; slot = (slot + 1) & (EVIDENCE_SLOTS - 1)) {
    if (evidenceHash[slot] !== h) continue;
    const word = evidenceWords[evidenceSlot[slot]!]!;
    if (word.length !== length) continue;
    let same = true;
    for (let i = 0; i < length && same; i++) {
      const c = text.charCodeAt(start + i);
      same = (c >= 65 && c <= 90 ? c + 32 : c) === word.charCodeAt(i);
    }
    if (same) return evidenceOf[evidenceSlot[slot]!];
  }
  return undefined;
}

/** A letter of a word in Latin script, [A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]: ASCII,
 *  Latin-1 (without × and ÷), Latin Extended-A and -B. Words are runs of these letters. */
function isLatinLetter(c: number): boolean {
  return c <= 122 ? (c >= 97 || (c >= 65 && c <= 90)) : c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

const UNDETERMINED: LanguageInfo = { code: 'und', iso639_3: 'und', confidence: 0, alternatives: [] };

/** The start of `text`, at most `limit` characters, cut at a space (never inside a word). */
export function languageSample(text: string, limit = SAMPLE_CHARS): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return text.slice(0, cut > limit / 2 ? cut : limit);
}

export function detectLanguage(text: string): LanguageInfo {
  const sample = languageSample(text);
  const wordSample = languageSample(text, WORD_SAMPLE_CHARS);

  // Word evidence, and the share of Latin letters.
  const nats = Float64Array.from(identifiableLanguages, (l) => l.prior ?? 0);
  let letters = 0;
  let sampleLetters = 0;
  // The words (runs of Latin letters), read in one pass over the character codes (see
  // evidenceSlot).
  const length = wordSample.length;
  for (let i = 0; i < length; ) {
    if (!isLatinLetter(wordSample.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    let ascii = true;
    let upper = false;
    for (; i < length; i++) {
      const c = wordSample.charCodeAt(i);
      if (!isLatinLetter(c)) break;
      if (c > 122) ascii = false;
      else if (c <= 90) upper = true;
      h = Math.imul(h ^ (c <= 90 ? c + 32 : c), FNV_PRIME);
    }
    letters += i - start;
    if (start < sample.length) sampleLetters += i - start;
    let e: WordEvidence | undefined;
    let lowerCase: boolean;
    if (ascii) {
      e = asciiEvidence(wordSample, start, i, h);
      lowerCase = !upper;
    } else {
      const word = wordSample.slice(start, i);
      const lower = word.toLowerCase();
      e = EVIDENCE.get(lower);
      lowerCase = lower === word;
    }
    if (!e) continue;
    for (const [k, n] of e.any) nats[k]! += n;
    if (lowerCase) for (const [k, n] of e.lower) nats[k]! += n;
  }
  if (letters < MIN_LETTERS || sampleLetters < sample.length * MIN_LATIN_SHARE) return { ...UNDETERMINED };

  const guesses = francAll(sample, { only: ONLY, minLength: 1 });
  if (guesses[0]![0] === 'und') return { ...UNDETERMINED };

  const trigramNats = new Float64Array(identifiableLanguages.length).fill(-Infinity);
  for (const [iso, score] of guesses) {
    const distanceGap = (1 - score) * FRANC_MAX_DIFFERENCE * sample.length;
    trigramNats[INDEX_BY_ISO.get(iso)!] = -distanceGap / TRIGRAM_DISTANCE_PER_NAT;
  }
  // Close relatives share the better trigram score, each keeping a fraction of its own gap.
  const francNats = Float64Array.from(trigramNats);
  for (const [a, b] of RELATIVE_PAIRS) {
    const best = Math.max(trigramNats[a]!, trigramNats[b]!);
    francNats[a] = best + RELATIVE_TRIGRAM_WEIGHT * (trigramNats[a]! - best);
    francNats[b] = best + RELATIVE_TRIGRAM_WEIGHT * (trigramNats[b]! - best);
  }
  const scored = guesses.map(([iso]) => {
    const index = INDEX_BY_ISO.get(iso)!;
    return { language: identifiableLanguages[index]!, logScore: francNats[index]! + nats[index]! };
  });
  const best = Math.max(...scored.map((s) => s.logScore));
  let total = 0;
  for (const s of scored) total += Math.exp(s.logScore - best);
  const ranked = scored
    .map((s) => ({ language: s.language, share: Math.exp(s.logScore - best) / total }))
    .sort((a, b) => b.share - a.share || a.language.code.localeCompare(b.language.code));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const [top, ...others] = ranked;
  return {
    code: top!.language.code,
    iso639_3: top!.language.iso639_3,
    confidence: Math.min(MAX_CONFIDENCE, round(top!.share)),
    alternatives: others.slice(0, ALTERNATIVES).map((o) => ({ code: o.language.code, confidence: round(o.share) })),
  };
}

/** The contract's language object for a language forced with `--lang`. */
export function forcedLanguage(code: string, iso639_3: string): LanguageInfo {
  return { code, iso639_3, confidence: 1, alternatives: [] };
}
