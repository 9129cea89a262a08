// Figures: the example corpus (test/corpus/id/figures.jsonl, `{text, expect}` per line), the
// negative corpus (strings that must give no figure), the seed article, and linear-time input.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ArticleDoc } from '../../src/engine/document.js';
import { languagePacks } from '../../src/lang/index.js';
import { extractFigures } from '../../src/extractors/figures.js';
import { analyze } from '../../src/engine/pipeline.js';
import { SCHEMA_VERSION, type ArticleResult, type DateMention, type Figure } from '../../src/types.js';

const lexicons = Object.values(languagePacks).map((p) => p.document);

interface Expected {
  text: string;
  value: number;
  kind: Figure['kind'];
  unit: string | null;
  approximate?: boolean;
  range?: Figure['range'];
  qualifier?: string | null;
  rule?: string;
}

function readJsonl<T>(name: string): T[] {
  return readFileSync(new URL(`../corpus/id/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

function figuresOf(text: string, lang = 'id', dates: DateMention[] = []): Figure[] {
  const doc = new ArticleDoc(text, lexicons);
  const result = {
    schema: SCHEMA_VERSION,
    figures: [],
    dates,
  } as unknown as ArticleResult;
  return extractFigures({ doc, pack: languagePacks[lang]!, result, options: {} });
}

/** Code-point offsets of each expected text, searched in order through the line. */
function withOffsets(text: string, expected: Expected[]) {
  const cps = [...text];
  let from = 0;
  return expected.map((e) => {
    const at16 = text.indexOf(e.text, from);
    expect(at16, `"${e.text}" is in the line`).toBeGreaterThanOrEqual(0);
    from = at16 + e.text.length;
    const start = [...text.slice(0, at16)].length;
    const end = start + [...e.text].length;
    expect(cps.slice(start, end).join('')).toBe(e.text);
    return { e, start, end };
  });
}

describe('figures corpus (test/corpus/id/figures.jsonl)', () => {
  const lines = readJsonl<{ text: string; lang?: string; expect: Expected[] }>('figures.jsonl');
  it('has a corpus that covers the grammar', () => {
    expect(lines.length).toBeGreaterThanOrEqual(80);
  });
  for (const line of lines) {
    it(line.text, () => {
      const got = figuresOf(line.text, line.lang);
      const want = withOffsets(line.text, line.expect);
      expect(got.map((f) => f.text)).toEqual(want.map((w) => w.e.text));
      want.forEach(({ e, start, end }, k) => {
        const f = got[k]!;
        expect(f).toMatchObject({
          text: e.text,
          start,
          end,
          value: e.value,
          kind: e.kind,
          unit: e.unit,
          approximate: e.approximate ?? false,
          range: e.range ?? null,
          qualifier: e.qualifier ?? null,
        });
        if (e.rule) expect(f.rule).toBe(e.rule);
        expect(f.rule).toMatch(/^(id|en)\.figure\.[a-z-]+$/);
      });
    });
  }
});

describe('figures negative corpus (test/corpus/id/figures.negative.jsonl)', () => {
  const lines = readJsonl<{ text: string }>('figures.negative.jsonl');
  it('has enough negatives', () => {
    expect(lines.length).toBeGreaterThanOrEqual(30);
  });
  for (const { text } of lines) {
    it(text, () => {
      expect(figuresOf(text)).toEqual([]);
    });
  }
});

describe('figures in the seed article', () => {
  const seed = readFileSync(new URL('../../fixtures/tiktok-project-s.txt', import.meta.url), 'utf8');
  const cp = (s: string, from = 0) => [...seed.slice(0, seed.indexOf(s, from))].length;

  it('finds the target, and the two figures of Fiki Satari’s quotation with the noun carried', () => {
    const figures = analyze(seed, { lang: 'id' }).figures;
    const quote = seed.indexOf('Target go digital');
    expect(figures).toEqual([
      {
        text: '30 juta UMKM', start: cp('30 juta UMKM'), end: cp('30 juta UMKM') + 12, rule: 'id.figure.scale',
        value: 30000000, kind: 'count', unit: 'UMKM', approximate: false, range: null, qualifier: 'target',
      },
      {
        text: '30 juta', start: cp('30 juta', quote), end: cp('30 juta', quote) + 7, rule: 'id.figure.carried-unit',
        value: 30000000, kind: 'count', unit: 'UMKM', approximate: false, range: null, qualifier: 'target',
      },
      {
        text: '22 juta', start: cp('22 juta'), end: cp('22 juta') + 7, rule: 'id.figure.carried-unit',
        value: 22000000, kind: 'count', unit: 'UMKM', approximate: false, range: null, qualifier: 'reached',
      },
    ]);
    // the offsets as literal numbers, so a change in offset arithmetic cannot hide
    expect(figures.map((f) => [f.start, f.end])).toEqual([[2138, 2150], [2438, 2445], [2472, 2479]]);
  });
});

describe('figures in a title-case headline', () => {
  it('reads capitalised number words and nouns in the title, and still skips names', () => {
    const text =
      'Sindikasi 12 Bank Kucurkan Kredit Rp 19,2 T untuk Tiga Proyek\n\n' +
      'Sebanyak 12 bank menyalurkan kredit sindikasi untuk proyek kereta di Liga 1 kota.';
    const figures = figuresOf(text);
    expect(figures.map((f) => [f.text, f.value, f.unit, f.start])).toEqual([
      ['12 Bank', 12, 'Bank', 10],
      ['Rp 19,2 T', 19200000000000, 'IDR', 34],
      ['Tiga Proyek', 3, 'Proyek', 50],
      ['12 bank', 12, 'bank', 72],
    ]);
  });
});

describe('figures: offsets, dates and hostile input', () => {
  it('counts offsets in code points after astral characters', () => {
    const [f] = figuresOf('Warga 🎉 menerima Rp 5 juta.');
    expect(f).toMatchObject({ text: 'Rp 5 juta', start: 17, end: 26, value: 5000000 });
  });

  it('skips numbers inside the spans the dates extractor found', () => {
    const text = 'Kontrak berjalan 18 bulan dan bernilai Rp 2 miliar.';
    const date: DateMention = {
      text: '18 bulan', start: 17, end: 25, rule: 'id.date.duration', type: 'duration', value: 'P18M', relative: false,
    };
    expect(figuresOf(text, 'id', [date]).map((f) => f.text)).toEqual(['Rp 2 miliar']);
    const year: DateMention = {
      text: '2024 UMKM', start: 0, end: 9, rule: 'test', type: 'date', value: '2024', relative: false,
    };
    expect(figuresOf('2024 UMKM terdaftar.', 'id', [year])).toEqual([]);
  });

  it('reads a 10 MB line of digits and a line of stray marks without a figure', () => {
    // A one-paragraph document without wink-nlp: this tests the figure reader alone.
    const bare = (text: string) => {
      const doc = {
        text,
        paragraphs: [{ index: 0, start: 0, end: text.length, text, kind: 'content', rule: null }],
        span: (s: number, e: number) => ({ text: text.slice(s, e), start: s, end: e }),
        unit: (c: number) => c,
      } as unknown as ArticleDoc;
      const result = { figures: [], dates: [] } as unknown as ArticleResult;
      return extractFigures({ doc, pack: languagePacks.id!, result, options: {} });
    };
    const digits = '7'.repeat(10_000_000);
    expect(bare(`Nilainya ${digits} rupiah.`)).toEqual([]);
    expect(bare(`Nilainya 1.${'000.'.repeat(2_000_000)}000 rupiah.`)).toEqual([]);
    const marks = '"“'.repeat(200_000) + ' Rp 1 juta';
    expect(bare(marks).map((f) => f.value)).toEqual([1000000]);
  });
});
