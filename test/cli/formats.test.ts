// The renderers on a hand-made article result (the extractors fill these arrays in real runs;
// here the input is fixed so that every byte of the output can be asserted).
import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { csvRenderer, csvRows } from '../../src/cli/formats/csv.js';
import { jsonRenderer } from '../../src/cli/formats/json.js';
import { renderArticleTable } from '../../src/cli/formats/table.js';
import type { Sink } from '../../src/cli/formats/types.js';
import type { ArticleError, ArticleResult, Span } from '../../src/types.js';
import { ANSI, expectValidRecord } from './helpers.js';

const TEXT = readFileSync('fixtures/cli/banjir-bekasi.txt', 'utf8');

/** The span of the first `needle` after `from` (the fixture has no astral characters). */
function spanOf(needle: string, from = 0): Span {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`not in the fixture: ${needle}`);
  return { text: needle, start, end: start + needle.length };
}

const article: ArticleResult = {
  schema: 'warta/1',
  id: 'banjir-bekasi',
  source: 'fixtures/cli/banjir-bekasi.txt',
  title: 'Banjir Rendam Ratusan Rumah di Bekasi',
  published: '2024-03-05',
  language: { code: 'id', iso639_3: 'ind', confidence: 0.97, alternatives: [{ code: 'ms', confidence: 0.03 }] },
  stats: { characters: 406, paragraphs: 4, sentences: 4, tokens: 70 },
  quotes: [
    {
      id: 'q1',
      kind: 'direct',
      rule: 'id.quote.post-cue',
      text: 'Kami siagakan perahu karet dan dapur umum sampai air surut,',
      span: spanOf('“Kami siagakan perahu karet dan dapur umum sampai air surut,”'),
      cue: spanOf('kata'),
      speaker: {
        name: 'Hadi Prasetyo',
        entity: 'p1',
        mention: spanOf('Hadi', 380),
        resolved: 'alias',
        role: spanOf('Kepala Pelaksana'),
        affiliation: spanOf('BPBD Kota Bekasi'),
      },
    },
  ],
  organisations: [
    { id: 'o1', name: 'BPBD Kota Bekasi', rule: 'id.org.head', aliases: [], mentions: [spanOf('BPBD Kota Bekasi')] },
  ],
  people: [
    {
      id: 'p1',
      name: 'Hadi Prasetyo',
      rule: 'id.person.appositive',
      aliases: ['Hadi'],
      mentions: [spanOf('Hadi Prasetyo'), spanOf('Hadi', 380)],
      roles: ['Kepala Pelaksana BPBD Kota Bekasi'],
    },
  ],
  places: [
    { id: 'l1', name: 'Bekasi Timur', rule: 'id.place.kecamatan', aliases: [], mentions: [spanOf('Bekasi Timur')] },
  ],
  figures: [
    {
      ...spanOf('120 warga'),
      rule: 'id.figure.count',
      value: 120,
      kind: 'count',
      unit: 'warga',
      approximate: false,
      range: null,
      qualifier: null,
    },
  ],
  dates: [
    { ...spanOf('Senin (4/3/2024)'), rule: 'id.date.weekday-numeric', type: 'date', value: '2024-03-04', relative: false },
  ],
  warnings: [],
};

const failure: ArticleError = {
  schema: 'warta/1',
  id: 'missing',
  source: 'missing.txt',
  error: { code: 'not-found', message: 'no such file', file: 'missing.txt' },
};

function collect(): Sink & { text: () => string } {
  const chunks: string[] = [];
  return { write: async (c: string) => void chunks.push(c), text: () => chunks.join('') };
}

describe('the hand-made article', () => {
  it('is valid against the contract schema and its spans match the fixture text', () => {
    expectValidRecord(article);
    for (const row of csvRows(article)) expect(TEXT.slice(row.start as number, row.end as number)).toBe(row.text);
  });
});

describe('csv', () => {
  it('one row per item with stable columns, RFC 4180 quoting, CRLF, header once', async () => {
    const sink = collect();
    const r = csvRenderer(sink);
    await r.write(article);
    await r.write(failure);
    await r.write({ ...article, id: 'kedua', quotes: [], organisations: [], people: [], places: [], dates: [] });
    await r.end();
    expect(sink.text()).toBe(
      [
        'article_id,kind,text,start,end,value,unit,speaker,role,affiliation,rule',
        'banjir-bekasi,quote-direct,"“Kami siagakan perahu karet dan dapur umum sampai air surut,”",314,375,,,Hadi Prasetyo,Kepala Pelaksana,BPBD Kota Bekasi,id.quote.post-cue',
        'banjir-bekasi,organisation,BPBD Kota Bekasi,210,226,BPBD Kota Bekasi,,,,,id.org.head',
        'banjir-bekasi,person,Hadi Prasetyo,228,241,Hadi Prasetyo,,,Kepala Pelaksana BPBD Kota Bekasi,,id.person.appositive',
        'banjir-bekasi,person,Hadi,381,385,Hadi Prasetyo,,,Kepala Pelaksana BPBD Kota Bekasi,,id.person.appositive',
        'banjir-bekasi,place,Bekasi Timur,139,151,Bekasi Timur,,,,,id.place.kecamatan',
        'banjir-bekasi,figure,120 warga,281,290,120,warga,,,,id.figure.count',
        'banjir-bekasi,date,Senin (4/3/2024),81,97,2024-03-04,,,,,id.date.weekday-numeric',
        'kedua,figure,120 warga,281,290,120,warga,,,,id.figure.count',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes fields holding quotation marks and line breaks', async () => {
    const sink = collect();
    const r = csvRenderer(sink);
    const tricky = { ...article, organisations: [], people: [], places: [], figures: [], dates: [] };
    tricky.quotes = [{ ...article.quotes[0]!, span: { text: 'a "b"\nc', start: 0, end: 7 }, speaker: null }];
    await r.write(tricky);
    expect(sink.text().split('\r\n')[1]).toBe('banjir-bekasi,quote-direct,"a ""b""\nc",0,7,,,,,,id.quote.post-cue');
  });

  it('an empty run still writes the header', async () => {
    const sink = collect();
    await csvRenderer(sink).end();
    expect(sink.text()).toBe('article_id,kind,text,start,end,value,unit,speaker,role,affiliation,rule\r\n');
  });
});

describe('json', () => {
  it('no record gives an empty array; one an object; three an array in order', async () => {
    const none = collect();
    await jsonRenderer(none).end();
    expect(none.text()).toBe('[]\n');
    const three = collect();
    const r = jsonRenderer(three);
    for (const rec of [article, failure, article]) await r.write(rec);
    await r.end();
    expect(three.text()).toBe(`${JSON.stringify([article, failure, article], null, 2)}\n`);
  });
});

describe('table', () => {
  const plain = new Chalk({ level: 0 });

  it('renders the header and one table per kind, wrapped to the width, with no ANSI when colour is off', () => {
    const out = renderArticleTable(article, { chalk: plain, width: 72 });
    expect(out).not.toMatch(ANSI);
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Banjir Rendam Ratusan Rumah di Bekasi',
      'banjir-bekasi · fixtures/cli/banjir-bekasi.txt',
      'Language id (0.97; ms 0.03)   Published 2024-03-05',
      '4 paragraphs · 4 sentences · 70 tokens · 406 characters',
    ]);
    for (const heading of ['Quotes (1)', 'Organisations (1)', 'People (1)', 'Places (1)', 'Figures (1)', 'Dates (1)']) {
      expect(lines).toContain(heading);
    }
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(72);
    // the 61-character quotation is wrapped inside its cell, not cut
    const quoteCells = lines.filter((l) => l.startsWith('│ direct') || /^│\s+│ \S/.test(l)).join(' ');
    for (const word of ['“Kami', 'siagakan', 'perahu', 'karet', 'surut,”']) expect(quoteCells).toContain(word);
    expect(out).toContain('314–375');
    expect(lines.find((l) => l.includes('314–375'))).toMatch(/^│ direct +│ “Kami .*│ Hadi Prasetyo +│ 314–375 +│$/);
  });

  it('uses the whole width it is given, and no more', () => {
    for (const width of [50, 60, 100, 140]) {
      const lines = renderArticleTable(article, { chalk: plain, width }).split('\n');
      const tableLines = lines.filter((l) => l.startsWith('┌'));
      for (const l of tableLines) expect([...l].length).toBe(width);
    }
  });

  it('colours only through the Chalk instance given', () => {
    const coloured = renderArticleTable(article, { chalk: new Chalk({ level: 1 }), width: 100 });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(renderArticleTable(article, { chalk: plain, width: 100 }));
  });

  it('says so when an article has no items, and shows warnings', () => {
    const empty: ArticleResult = {
      ...article,
      title: null,
      published: null,
      quotes: [],
      organisations: [],
      people: [],
      places: [],
      figures: [],
      dates: [],
      warnings: ['language "und" is not analysed'],
    };
    expect(renderArticleTable(empty, { chalk: plain, width: 80 })).toBe(
      [
        '(no title)',
        'banjir-bekasi · fixtures/cli/banjir-bekasi.txt',
        'Language id (0.97; ms 0.03)   Published unknown',
        '4 paragraphs · 4 sentences · 70 tokens · 406 characters',
        'Warning: language "und" is not analysed',
        'No quotes, entities, figures or dates found.',
        '',
      ].join('\n'),
    );
  });
});
