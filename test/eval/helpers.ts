// Builders of predicted items for the eval tests: hand-made predictions with exact spans, so
// that the scoring is tested independently of what the extractors find today.
import { readFileSync } from 'node:fs';
import type { DateMention, Entity, Figure, Quote, Span } from '../../src/types.js';
import type { Prediction } from '../../src/eval/article-eval.js';
import { parseGoldArticle, type GoldArticle } from '../../src/eval/gold.js';

export const FIXTURE_DIR = new URL('../../fixtures/eval/gold/', import.meta.url).pathname;
export const CONLL_FIXTURE = new URL('../../fixtures/eval/conll/tiny.txt', import.meta.url).pathname;

export function fixtureArticle(): { text: string; published: string; gold: GoldArticle } {
  const line = readFileSync(FIXTURE_DIR + 'articles.jsonl', 'utf8').trim();
  const { text, published } = JSON.parse(line) as { text: string; published: string };
  const gold = parseGoldArticle(readFileSync(FIXTURE_DIR + 'banjir-bekasi.json', 'utf8'));
  return { text, published, gold };
}

/** The n-th occurrence of `needle` as a span in code points. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in the text`);
  }
  const cp = (i: number) => [...text.slice(0, i)].length;
  return { text: needle, start: cp(at), end: cp(at + needle.length) };
}

export function quote(text: string, kind: Quote['kind'], spanText: string, speaker: string | null, nth = 0): Quote {
  const span = spanOf(text, spanText, nth);
  const inner = kind === 'indirect' ? spanText : spanText.slice(1, -1);
  return {
    id: 'q',
    kind,
    rule: 'test',
    text: inner,
    span,
    cue: null,
    speaker: speaker === null ? null : { name: speaker, entity: null, mention: null, resolved: 'name', role: null, affiliation: null },
  };
}

export function entity(text: string, name: string, aliases: string[] = [], mention = name): Entity {
  return { id: 'e', name, rule: 'test', aliases, mentions: [spanOf(text, mention)] };
}

export function figure(text: string, spanText: string, value: number, nth = 0): Figure {
  const s = spanOf(text, spanText, nth);
  return { ...s, rule: 'test', value, kind: 'count', unit: null, approximate: false, range: null, qualifier: null };
}

export function date(text: string, spanText: string, value: string | null, nth = 0): DateMention {
  const s = spanOf(text, spanText, nth);
  return { ...s, rule: 'test', type: 'date', value, relative: false };
}

export const emptyPrediction = (): Prediction => ({ quotes: [], organisations: [], people: [], places: [], figures: [], dates: [] });

/** What a perfect analyser would return on the fixture article. */
export function perfectPrediction(text: string): Prediction {
  return {
    quotes: [
      quote(text, 'direct', '“Air mulai naik sejak pukul 03.00 WIB karena hujan deras semalaman,”', 'Agus Wibowo'),
      quote(text, 'indirect', 'petugas telah mengevakuasi 120 warga ke posko pengungsian', 'Agus Wibowo'),
      quote(text, 'indirect', 'tanggul Kali Bekasi jebol di dua titik', 'Agus Wibowo'),
      quote(text, 'direct', '“Kami meminta warga tetap waspada karena hujan diperkirakan turun hingga pekan depan,”', 'Agus Wibowo'),
    ],
    organisations: [entity(text, 'Badan Penanggulangan Bencana Daerah Kota Bekasi', ['BPBD'], 'Badan Penanggulangan Bencana Daerah')],
    people: [entity(text, 'Agus Wibowo', ['Agus']), entity(text, 'Tri Adhianto')],
    places: [entity(text, 'Kecamatan Bekasi Utara'), entity(text, 'Kota Bekasi'), entity(text, 'Kali Bekasi')],
    figures: [
      figure(text, '350 rumah', 350),
      figure(text, '1,2 meter', 1.2),
      figure(text, '120 warga', 120),
      figure(text, 'dua titik', 2),
      figure(text, 'Rp 2,5 miliar', 2_500_000_000),
    ],
    dates: [
      date(text, 'Selasa (14/1/2025)', '2025-01-14'),
      date(text, 'pukul 03.00 WIB', '2025-01-14T03:00'),
      date(text, 'pekan depan', '2025-W04'),
      date(text, 'Rabu (15/1/2025)', '2025-01-15'),
    ],
  };
}
