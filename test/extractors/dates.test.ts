import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ArticleDoc } from '../../src/engine/document.js';
import { languagePacks } from '../../src/lang/index.js';
import { dateExtractor, dateWindows } from '../../src/extractors/dates.js';
import { compileDates } from '../../src/extractors/dates/patterns.js';
import type { ArticleResult, DateMention } from '../../src/types.js';

const lexicons = Object.values(languagePacks).map((p) => p.document);

/** The dates extractor alone, as the pipeline runs it (published from metadata or null). */
function dates(text: string, published: string | null, lang = 'id'): { result: Pick<ArticleResult, 'published' | 'dates' | 'warnings'> } {
  const doc = new ArticleDoc(text, lexicons);
  const result = { published, dates: [] as DateMention[], warnings: [] as string[] };
  dateExtractor.extract({ doc, pack: languagePacks[lang]!, result: result as unknown as ArticleResult, options: {} });
  return { result };
}

interface CorpusLine {
  text: string;
  ref: string;
  expect: { text: string; type: string; value: string | null }[];
}

const readCorpus = (name: string): CorpusLine[] =>
  readFileSync(new URL(`../corpus/id/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as CorpusLine);

/** The mention's text at its code-point offsets. */
const at = (text: string, d: DateMention) => [...text].slice(d.start, d.end).join('');

describe('dates corpus (reference 2023-07-26)', () => {
  for (const line of readCorpus('dates.jsonl')) {
    it(line.text, () => {
      const { result } = dates(line.text, line.ref);
      expect(result.dates.map((d) => ({ text: d.text, type: d.type, value: d.value }))).toEqual(line.expect);
      for (const d of result.dates) expect(at(line.text, d)).toBe(d.text);
    });
  }
});

describe('dates negative corpus', () => {
  for (const line of readCorpus('dates.negative.jsonl')) {
    it(line.text, () => {
      expect(dates(line.text, line.ref).result.dates).toEqual([]);
    });
  }
});

describe('seed article', () => {
  const seed = readFileSync(new URL('../../fixtures/tiktok-project-s.txt', import.meta.url), 'utf8');

  it('finds the dateline, the duration and the year with exact offsets and rules', () => {
    const { result } = dates(seed, '2023-07-26');
    expect(result.dates).toEqual([
      { text: 'Rabu (26/7/2023)', start: 714, end: 730, rule: 'id.date.weekday-numeric', type: 'date', value: '2023-07-26', relative: false },
      { text: 'dua tahun', start: 1312, end: 1321, rule: 'id.date.duration', type: 'duration', value: 'P2Y', relative: false },
      { text: 'tahun 2024', start: 2158, end: 2168, rule: 'id.date.year', type: 'date', value: '2024', relative: false },
    ]);
    for (const d of result.dates) expect(at(seed, d)).toBe(d.text);
  });

  it('takes the reference date from the dateline when metadata has none', () => {
    const { result } = dates(seed, null);
    expect(result.published).toBe('2023-07-26');
  });
});

describe('reference date', () => {
  const article = 'Polisi Tangkap Pelaku Pencurian\n\nPolisi menangkap pelaku kemarin di Bekasi, Selasa (25/7/2023). Sidang digelar Senin (31/7).';

  it('resolves relative mentions against the dateline when there is no metadata', () => {
    const { result } = dates(article, null);
    expect(result.published).toBe('2023-07-25');
    expect(result.dates.map((d) => [d.text, d.value, d.relative])).toEqual([
      ['kemarin', '2023-07-24', true],
      ['Selasa (25/7/2023)', '2023-07-25', false],
      ['Senin (31/7)', '2023-07-31', true],
    ]);
  });

  it('leaves relative values null when there is no reference at all', () => {
    const { result } = dates('Polisi menangkap pelaku kemarin, Senin (24/7), pekan lalu.', null);
    expect(result.published).toBeNull();
    expect(result.dates.map((d) => [d.text, d.value])).toEqual([
      ['kemarin', null],
      ['Senin (24/7)', 'XXXX-07-24'],
      ['pekan lalu', null],
    ]);
  });

  it('keeps a written date whose weekday contradicts it, and warns', () => {
    const { result } = dates('Rapat berlangsung Kamis (26/7/2023).', '2023-07-27');
    expect(result.dates.map((d) => d.value)).toEqual(['2023-07-26']);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('Kamis (26/7/2023)');
  });

  it('takes the year of a yearless date from the reference (around new year)', () => {
    const { result } = dates('Kredit diteken Jumat (29/12) dan cair Selasa (2/1).', '2018-01-03');
    expect(result.dates.map((d) => d.value)).toEqual(['2017-12-29', '2018-01-02']);
  });

  it('prefers the past for a yearless date half a year away', () => {
    const { result } = dates('Sidang perdana digelar Selasa (1/3) di Jakarta.', '2016-09-16');
    expect(result.dates.map((d) => d.value)).toEqual(['2016-03-01']);
    expect(result.warnings).toEqual([]);
  });

  it('takes the day near publication when a yearless date slips its month', () => {
    const { result } = dates('kata Elia di Gedung DPR, Kamis (8/7).', '2017-06-09');
    expect(result.dates.map((d) => d.value)).toEqual(['2017-06-08']);
    expect(result.warnings).toHaveLength(1);
  });

  it('resolves a bare weekday to the latest such day, a future one after `akan`', () => {
    const { result } = dates('"Kami siap," kata dia, Senin. Tim akan berangkat pada Jumat.', '2023-07-26');
    expect(result.dates.map((d) => [d.text, d.value])).toEqual([
      ['Senin', '2023-07-24'],
      ['Jumat', '2023-07-28'],
    ]);
  });
});

describe('offsets and robustness', () => {
  it('counts offsets in code points after astral characters', () => {
    const text = 'Warga 🎉 hadir, Rabu (26/7/2023).';
    const { result } = dates(text, null);
    expect(result.dates[0]).toMatchObject({ text: 'Rabu (26/7/2023)', start: 15, end: 31 });
    expect(at(text, result.dates[0]!)).toBe('Rabu (26/7/2023)');
  });

  it('parses only windows around trigger words', () => {
    const c = compileDates(languagePacks.id!.dates);
    const filler = 'kata yang tidak berarti apa pun '.repeat(20);
    const doc = new ArticleDoc(`${filler}Rabu (26/7/2023) ${filler}`, lexicons);
    const windows = dateWindows(doc, c);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.end - windows[0]!.start).toBeLessThan(200);
  });

  it('reads a long single-line text full of numbers and slashes', () => {
    const text = '1/2 3/4 2024 12.00 '.repeat(20_000);
    const { result } = dates(text, '2023-07-26');
    expect(result.dates.length).toBeGreaterThanOrEqual(0);
    expect(result.dates.every((d) => at(text, d) === d.text)).toBe(true);
  });
});

describe('English articles', () => {
  it('uses chrono-node English with the same output shape', () => {
    const text = 'The deal was signed on July 26, 2023 and runs for two years, reviewed every year since 2019.';
    const { result } = dates(text, '2023-07-27', 'en');
    expect(result.dates.map((d) => [d.text, d.type, d.value, d.rule])).toEqual([
      ['July 26, 2023', 'date', '2023-07-26', 'en.date.chrono'],
      ['two years', 'duration', 'P2Y', 'en.date.duration'],
      ['every year', 'set', 'P1Y', 'en.date.set'],
      ['2019', 'date', '2019', 'en.date.year'],
    ]);
  });

  it('reads English relative dates and weekdays with TimeML values', () => {
    const text = 'JAKARTA, July 26 (Reuters) - The bank held rates on Wednesday. It will meet again next month. Last year it raised rates six times; shares fell three days ago.';
    const { result } = dates(text, '2023-07-26', 'en');
    expect(result.dates.map((d) => [d.text, d.value])).toEqual([
      ['July 26', '2023-07-26'],
      ['Wednesday', '2023-07-26'],
      ['next month', '2023-08'],
      ['Last year', '2022'],
      ['three days ago', '2023-07-23'],
    ]);
  });
});
