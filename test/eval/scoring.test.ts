import { describe, expect, it } from 'vitest';
import { evaluateArticle, type MetricName } from '../../src/eval/article-eval.js';
import { aggregateArticles, type MetricRow } from '../../src/eval/report.js';
import { scores } from '../../src/eval/metrics.js';
import { parseGoldArticle } from '../../src/eval/gold.js';
import { date, emptyPrediction, entity, figure, fixtureArticle, perfectPrediction, quote, spanOf } from './helpers.js';

const { text, gold } = fixtureArticle();

function rowsOf(prediction = perfectPrediction(text), g = gold, t = text): Record<string, MetricRow> {
  const ev = evaluateArticle('banjir-bekasi', t, g, prediction);
  return Object.fromEntries(aggregateArticles([ev]).map((r) => [r.metric, r]));
}

describe('scores', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(scores({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(scores({ tp: 3, fp: 0, fn: 1 }).f1).toBeCloseTo(6 / 7, 12);
  });
  it('leaves precision undefined without predictions and recall undefined without gold', () => {
    expect(scores({ tp: 0, fp: 0, fn: 4 })).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(scores({ tp: 0, fp: 2, fn: 0 })).toEqual({ precision: 0, recall: null, f1: 0 });
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
  });
});

describe('evaluateArticle on the fixture (hand-made predictions)', () => {
  it('scores a perfect prediction 1.0 everywhere, with full speaker and value accuracy', () => {
    const rows = rowsOf();
    const expected: [MetricName, number][] = [
      ['quotes.direct', 2],
      ['quotes.indirect', 2],
      ['quotes.all', 4],
      ['organisations', 1],
      ['people', 2],
      ['places', 3],
      ['figures', 5],
      ['figures.exact', 5],
      ['dates', 4],
      ['dates.exact', 4],
    ];
    expect(Object.keys(rows)).toEqual(expected.map(([m]) => m));
    for (const [metric, n] of expected) {
      expect(rows[metric], metric).toMatchObject({ gold: n, predicted: n, tp: n, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    }
    expect(rows['quotes.all']!.accuracy).toEqual({ of: 'speaker', correct: 4, total: 4, accuracy: 1 });
    expect(rows['figures']!.accuracy).toEqual({ of: 'value', correct: 5, total: 5, accuracy: 1 });
    expect(rows['dates']!.accuracy).toEqual({ of: 'value', correct: 4, total: 4, accuracy: 1 });
  });

  it('gives recall 0.75 when one quote of four is missed', () => {
    const p = perfectPrediction(text);
    p.quotes.splice(2, 1); // the `Menurut Agus, ...` quote
    const rows = rowsOf(p);
    expect(rows['quotes.all']).toMatchObject({ gold: 4, predicted: 3, tp: 3, fp: 0, fn: 1, precision: 1, recall: 0.75 });
    expect(rows['quotes.all']!.f1).toBeCloseTo(6 / 7, 12);
    expect(rows['quotes.indirect']).toMatchObject({ tp: 1, fn: 1, recall: 0.5 });
    expect(rows['quotes.direct']).toMatchObject({ tp: 2, fn: 0, recall: 1 });
    const ev = evaluateArticle('banjir-bekasi', text, gold, p);
    expect(ev.errors).toEqual([
      {
        document: 'banjir-bekasi',
        metric: 'quotes.indirect',
        type: 'miss',
        text: 'tanggul Kali Bekasi jebol di dua titik',
        detail: null,
        context: '…pengungsian. ¶ Menurut Agus, ⟦tanggul Kali Bekasi jebol di dua titik⟧. ¶ “Kami meminta warga tetap…',
      },
    ]);
  });

  it('does not match a quote that overlaps less than half of the gold quote, and does at exactly half', () => {
    // Gold: `tanggul Kali Bekasi jebol di dua titik` (38 characters).
    const goldSpan = spanOf(text, 'tanggul Kali Bekasi jebol di dua titik');
    expect(goldSpan.end - goldSpan.start).toBe(38);
    const withQuote = (start: number, end: number) => {
      const p = perfectPrediction(text);
      const q = p.quotes[2]!;
      q.span = { text: [...text].slice(start, end).join(''), start, end };
      return rowsOf(p)['quotes.all']!;
    };
    // 18 of 38 characters (from `Menurut ` up to `Bekasi j`): less than half.
    expect(withQuote(goldSpan.start - 8, goldSpan.start + 18)).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    // 19 of 38: exactly half.
    expect(withQuote(goldSpan.start - 8, goldSpan.start + 19)).toMatchObject({ tp: 4, fp: 0, fn: 0 });
  });

  it('counts a quote of the wrong kind in the all row only', () => {
    const p = perfectPrediction(text);
    p.quotes[0] = quote(text, 'indirect', 'Air mulai naik sejak pukul 03.00 WIB karena hujan deras semalaman,', 'Agus Wibowo');
    const rows = rowsOf(p);
    expect(rows['quotes.all']).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(rows['quotes.direct']).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(rows['quotes.indirect']).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    const ev = evaluateArticle('banjir-bekasi', text, gold, p);
    expect(ev.errors.map((e) => [e.metric, e.type, e.detail])).toEqual([
      ['quotes.direct', 'miss', 'predicted as indirect'],
      ['quotes.indirect', 'false-hit', 'gold says direct'],
    ]);
  });

  it('compares speakers without case, honorifics and ranks, but not a short form for the full name', () => {
    const p = perfectPrediction(text);
    p.quotes[0]!.speaker!.name = 'Dr. agus WIBOWO';
    p.quotes[1]!.speaker!.name = 'Kompol Agus Wibowo, S.H.';
    p.quotes[2]!.speaker!.name = 'Agus';
    p.quotes[3]!.speaker = null;
    const rows = rowsOf(p);
    expect(rows['quotes.all']!.accuracy).toEqual({ of: 'speaker', correct: 2, total: 4, accuracy: 0.5 });
    expect(rows['quotes.direct']!.accuracy).toEqual({ of: 'speaker', correct: 1, total: 2, accuracy: 0.5 });
    const ev = evaluateArticle('banjir-bekasi', text, gold, p);
    expect(ev.errors.filter((e) => e.type === 'wrong-speaker').map((e) => e.detail)).toEqual([
      'gold "Agus Wibowo", predicted "Agus"',
      'gold "Agus Wibowo", predicted none',
    ]);
  });

  it('matches an entity by one of its aliases, one to one', () => {
    const p = perfectPrediction(text);
    // The gold names it `Badan Penanggulangan Bencana Daerah Kota Bekasi` with alias `BPBD Kota Bekasi`.
    p.organisations = [entity(text, 'BPBD Kota Bekasi')];
    expect(rowsOf(p)['organisations']).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    // Case does not matter; a second prediction of the same organisation is a false hit.
    p.organisations = [entity(text, 'bpbd kota bekasi', [], 'BPBD Kota Bekasi'), entity(text, 'BPBD')];
    expect(rowsOf(p)['organisations']).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5 });
    // A form the gold does not list does not match.
    p.organisations = [entity(text, 'Badan Penanggulangan Bencana Daerah')];
    expect(rowsOf(p)['organisations']).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('prefers the assignment that matches more entities (one to one, maximum matching)', () => {
    // A confused prediction named `Kecamatan Bekasi Utara` with alias `Kota Bekasi` is the gold
    // Kecamatan Bekasi Utara's first choice (same name) but Kota Bekasi's only one; the other
    // prediction can only be Kecamatan Bekasi Utara. Both gold places get one.
    const p = perfectPrediction(text);
    p.places = [
      entity(text, 'Kecamatan Bekasi Utara', ['Kota Bekasi']),
      entity(text, 'Bekasi Utara', ['Kecamatan Bekasi Utara']),
    ];
    expect(rowsOf(p)['places']).toMatchObject({ tp: 2, fp: 0, fn: 1 });
  });

  it('matches figures and dates by overlap, checks values, and keeps exact spans apart', () => {
    const p = perfectPrediction(text);
    p.figures[1] = figure(text, '1,2', 1.2000000000001); // shorter span, same value within tolerance
    p.figures[4] = figure(text, '2,5 miliar', 2_500_000); // wrong value
    p.dates[0] = date(text, '(14/1/2025)', '2025-01-14');
    p.dates.push(date(text, 'semalaman', 'P1D'));
    const rows = rowsOf(p);
    expect(rows['figures']).toMatchObject({ tp: 5, fp: 0, fn: 0 });
    expect(rows['figures']!.accuracy).toEqual({ of: 'value', correct: 4, total: 5, accuracy: 0.8 });
    expect(rows['figures.exact']).toMatchObject({ tp: 3, fp: 2, fn: 2 });
    expect(rows['dates']).toMatchObject({ tp: 4, fp: 1, fn: 0, precision: 0.8 });
    expect(rows['dates.exact']).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    const ev = evaluateArticle('banjir-bekasi', text, gold, p);
    expect(ev.errors.map((e) => [e.metric, e.type, e.text, e.detail])).toEqual([
      ['figures', 'wrong-value', 'Rp 2,5 miliar', 'gold 2500000000, predicted 2500000'],
      ['dates', 'false-hit', 'semalaman', 'value "P1D"'],
    ]);
  });

  it('checks date values only where the gold value is fully specified', () => {
    const g = parseGoldArticle(
      JSON.stringify({ ...gold, dates: [{ text: 'pukul 03.00 WIB', value: 'XXXX-XX-XXT03:00', type: 'time' }] }),
    );
    const p = emptyPrediction();
    p.dates = [date(text, 'pukul 03.00 WIB', '2025-01-14T03:00')];
    expect(rowsOf(p, g)['dates']).toMatchObject({ tp: 1, accuracy: { of: 'value', correct: 0, total: 0, accuracy: null } });
  });

  it('leaves out a field the gold file does not annotate', () => {
    const g = parseGoldArticle(JSON.stringify({ id: 'banjir-bekasi', quotes: gold.quotes }));
    expect(Object.keys(rowsOf(perfectPrediction(text), g))).toEqual(['quotes.direct', 'quotes.indirect', 'quotes.all']);
  });

  it('locates gold text by code points when the article has astral characters', () => {
    const t = 'Warga 🎉 senang. “Kami bahagia,” kata Rina.';
    const g = parseGoldArticle(JSON.stringify({ id: 'x', quotes: [{ kind: 'direct', text: 'Kami bahagia,', speaker: 'Rina' }] }));
    const p = emptyPrediction();
    p.quotes = [quote(t, 'direct', '“Kami bahagia,”', 'Rina')];
    expect(p.quotes[0]!.span.start).toBe(16); // code points: the emoji counts once
    expect(rowsOf(p, g, t)['quotes.all']).toMatchObject({ tp: 1, fp: 0, fn: 0, accuracy: { correct: 1, total: 1 } });
  });

  it('reports a gold string that is not in the article as a warning and a miss', () => {
    const g = parseGoldArticle(JSON.stringify({ id: 'banjir-bekasi', figures: [{ text: '999 rumah', value: 999 }] }));
    const ev = evaluateArticle('banjir-bekasi', text, g, emptyPrediction());
    expect(ev.warnings).toEqual(['banjir-bekasi: figures: gold text not found in the article: "999 rumah"']);
    expect(ev.metrics.figures!.counts).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('sums counts over articles before computing the scores (micro average)', () => {
    const half = perfectPrediction(text);
    half.quotes = half.quotes.slice(0, 1); // 1 of 4
    const a = evaluateArticle('a', text, gold, perfectPrediction(text)); // 4 of 4
    const b = evaluateArticle('b', text, gold, half);
    const row = aggregateArticles([a, b]).find((r) => r.metric === 'quotes.all')!;
    expect(row).toMatchObject({ gold: 8, predicted: 5, tp: 5, fp: 0, fn: 3, precision: 1, recall: 0.625 });
  });
});
