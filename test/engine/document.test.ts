import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ArticleDoc } from '../../src/engine/document.js';
import { languagePacks } from '../../src/lang/index.js';

const lexicons = Object.values(languagePacks).map((p) => p.document);
const seed = readFileSync(new URL('../../fixtures/tiktok-project-s.txt', import.meta.url), 'utf8');

describe('ArticleDoc', () => {
  it('counts offsets in code points when the text has astral characters', () => {
    const doc = new ArticleDoc('Judul Berita\n\nWarga 🎉🎉 di Jakarta senang.', lexicons);
    const at = doc.text.indexOf('Jakarta');
    expect(at).toBe(28); // UTF-16 index: two emoji are four units
    expect(doc.span(at, at + 7)).toEqual({ text: 'Jakarta', start: 26, end: 33 });
    expect(doc.unit(26)).toBe(28);
    expect(doc.length).toBe([...doc.text].length);
  });

  it('keeps Indonesian abbreviations and slashed dates whole', () => {
    const doc = new ArticleDoc('Judul Berita\n\nDia di Jl. Merdeka No. 5, Rabu (26/7/2023). PT Astra Tbk. naik.', lexicons);
    const words = doc.tokens.map((t) => t.text);
    expect(words).toContain('Jl.');
    expect(words).toContain('Tbk.');
    expect(words).toContain('26/7/2023');
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Judul Berita',
      'Dia di Jl. Merdeka No. 5, Rabu (26/7/2023).',
      'PT Astra Tbk. naik.',
    ]);
  });

  it('never cuts a quotation in its quotation-aware sentences', () => {
    const doc = new ArticleDoc('Judul Berita\n\n“Satu. Dua,” kata dia. Lalu pergi.', lexicons);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Judul Berita', '“Satu.', 'Dua,” kata dia.', 'Lalu pergi.']);
    expect(doc.quoteAwareSentences.map((s) => s.text)).toEqual(['Judul Berita', '“Satu. Dua,” kata dia.', 'Lalu pergi.']);
  });

  it('marks the seed article’s section label, title and footer', () => {
    const doc = new ArticleDoc(seed, lexicons);
    expect(doc.title).toBe('TikTok Ancam UMKM Indonesia, Kemenkop dan UKM Melunak');
    const marked = doc.paragraphs.filter((p) => p.kind !== 'content').map((p) => [p.kind, p.rule, p.text]);
    expect(marked).toEqual([
      ['label', 'document.section-label', 'Market'],
      ['title', 'document.title-first-line', 'TikTok Ancam UMKM Indonesia, Kemenkop dan UKM Melunak'],
      ['boilerplate', 'id.boilerplate.back-to-top', 'Back to top button'],
    ]);
    expect(doc.paragraphs.length).toBe(15);
    expect(doc.sentences.length).toBe(22);
  });
});
