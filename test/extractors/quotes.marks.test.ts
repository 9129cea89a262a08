import { describe, expect, it } from 'vitest';
import { ArticleDoc } from '../../src/engine/document.js';
import { languagePacks } from '../../src/lang/index.js';
import { scanQuotations } from '../../src/extractors/quotes/marks.js';
import { quotesOf } from './quotes.helpers.js';

const lexicons = Object.values(languagePacks).map((p) => p.document);
const marks = languagePacks.id!.quotes.marks;

/** The quoted stretches of a text, as the scanner pairs them. */
function pairs(text: string): string[] {
  const doc = new ArticleDoc(text, lexicons);
  return scanQuotations(doc.text, doc.paragraphs, marks).quotations.map((q) => text.slice(q.open, q.end));
}

describe('pairing quotation marks', () => {
  it('pairs each family of marks', () => {
    expect(pairs('Judul\n\n"Satu," kata A. “Dua,” kata B. ”Tiga,” kata C. «Empat,» kata D.')).toEqual([
      '"Satu,"',
      '“Dua,”',
      '”Tiga,”',
      '«Empat,»',
    ]);
  });

  it('keeps nested single marks inside and apostrophes out of the pairing', () => {
    expect(pairs(`Judul\n\n"Dia bilang 'tunggu' dan ‘sabar’ saja. Jum'at depan kita lihat," kata A.`)).toEqual([
      `"Dia bilang 'tunggu' dan ‘sabar’ saja. Jum'at depan kita lihat,"`,
    ]);
  });

  it('reads a closing mark written with the space on the wrong side', () => {
    expect(pairs('Judul\n\nIa datang.”Kita semua punya, ”ujar Rizal.')).toEqual(['”Kita semua punya, ”']);
  });

  it('runs a quotation on into a paragraph that opens with a mark, and no further', () => {
    const text = 'Judul\n\n“Paragraf pertama tanpa penutup.\n\n“Paragraf kedua,” kata A.\n\nNarasi biasa.';
    expect(pairs(text)).toEqual(['“Paragraf pertama tanpa penutup.\n\n“Paragraf kedua,”']);
  });

  it('ends an unclosed quotation at its paragraph instead of swallowing the article', () => {
    const text = 'Judul\n\n"Kalimat tanpa penutup yang cukup panjang.\n\nNarasi berikutnya.\n\n"Kutipan lain," kata B.';
    expect(pairs(text)).toEqual(['"Kalimat tanpa penutup yang cukup panjang.', '"Kutipan lain,"']);
  });

  it('restarts at a second opening mark when the first one never closed', () => {
    expect(pairs('Judul\n\nSkornya 3" lebih. "Kami menang," kata C.')).toEqual(['"Kami menang,"']);
  });
});

describe('stray marks', () => {
  it('survives thousands of unpaired marks and still finds the real quotation', () => {
    const noise = Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? 'ukuran 5" dan' : i % 3 === 1 ? '” lalu' : '“')).join(' ');
    const text = `Judul Berita\n\n${noise}\n\n"Kami tetap bekerja seperti biasa," kata Sutrisno.\n\nSelesai.`;
    const result = quotesOf(text);
    const direct = result.quotes.filter((q) => q.kind === 'direct' && q.speaker?.name === 'Sutrisno');
    expect(direct.map((q) => q.text)).toEqual(['Kami tetap bekerja seperti biasa,']);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^quotes: \d+ unpaired quotation marks \(first at offset \d+\)/);
  });

  it('reads one long line without paragraphs and many marks', () => {
    const sentence = '"Harga naik lagi," kata Wati. Pasar ramai sejak pagi 7" ';
    const text = sentence.repeat(3000);
    const result = quotesOf(text);
    expect(result.quotes.length).toBeGreaterThan(0);
    expect(result.quotes.every((q) => q.span.end - q.span.start < 100)).toBe(true);
  });
});
