import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from '../../src/extractors/lowercase-words.js';
import { compileDates } from '../../src/extractors/dates/patterns.js';
import { languagePack } from '../../src/lang/index.js';

describe('lowerCaseWords', () => {
  const words = lowerCaseWords(['senin', 'jum\'at', 'pkl.', 'tiap-tiap', 'mei']);

  it('finds a word whatever its ASCII case, without building the lower case', () => {
    expect(['Senin', 'SENIN', 'senin', "Jum'at", 'PKL.', 'Mei'].map((t) => words.lookup(t))).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('rejects other ASCII tokens, also prefixes and longer words', () => {
    expect(['Seni', 'Seninnya', 'pkl', 'Me', '', '2017', ','].map((t) => words.lookup(t))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves tokens with a hyphen or a character beyond ASCII undecided', () => {
    expect(['tiap-tiap', 'Tiap-tiap', 'Sénin', 'İstanbul', 'Ｍei'].map((t) => words.lookup(t))).toEqual([-1, -1, -1, -1, -1]);
  });
});

describe('date trigger table', () => {
  it('agrees with toLowerCase and the trigger set on every decided token', () => {
    const c = compileDates(languagePack('id')!.dates);
    const tokens = ['Januari', 'JANUARI', 'Minggu', 'pekan', 'Pekan', 'tahunan', 'Kemarin', 'pukul', 'Pkl.', 'jam', 'Jakarta', 'harga', 'naik', 'Se', 'setiap', 'Rabu', 'rabuk', 'Des', 'des.', 'bulan', 'Bulanan', 'harian'];
    for (const t of tokens) {
      const decided = c.triggerTable.lookup(t);
      expect(decided, t).toBe(c.triggerWords.has(t.toLowerCase()) ? 1 : 0);
    }
  });
});

describe('parseWindow', () => {
  it('finds what chrono finds with every parser, leaving out those whose gate is closed', async () => {
    const { chronoFor, parseWindow } = await import('../../src/extractors/dates/chrono-config.js');
    const engine = chronoFor(languagePack('id')!.dates);
    const ref = new Date(2017, 5, 15, 12);
    const texts = [
      'Rapat digelar Senin (27/3/2017) pukul 10.00 WIB di Jakarta.',
      'Harga naik tiga hari lalu, dan kuartal III 2025 diperkirakan stabil.',
      'Sejak tahun 90-an, setiap Jumat warga berkumpul selama 2 jam 30 menit.',
      'Tidak ada tanggal di kalimat ini.',
      'Pada 1 Januari hingga 5 Februari 2018, bulan lalu dan pekan depan.',
    ];
    for (const text of texts) {
      const strip = (rs: { index: number; text: string }[]) => rs.map((r) => [r.index, r.text]);
      expect(strip(parseWindow(engine, text, ref)), text).toEqual(strip(engine.parse(text, ref)));
    }
    expect(parseWindow(engine, texts[0]!, ref).map((r) => r.text)).toEqual(['Senin (27/3/2017)', 'pukul 10.00']);
  });
});

describe('compound number words in dates', () => {
  it('reads `tiga puluh dua`, `dua belas` and `tiga ratus` as one count', async () => {
    const { ArticleDoc } = await import('../../src/engine/document.js');
    const { languagePacks } = await import('../../src/lang/index.js');
    const { extractDates } = await import('../../src/extractors/dates.js');
    const lexicons = Object.values(languagePacks).map((p) => p.document);
    const text = 'Judul Berita\n\nProyek itu berjalan selama tiga puluh dua hari. Warga menunggu dua belas tahun lalu, dan candi berdiri tiga ratus tahun.';
    const mentions = extractDates(new ArticleDoc(text, lexicons), languagePack('id')!.dates, { y: 2017, m: 6, d: 15 }, 'id', []);
    expect(mentions.map((m) => [m.text, m.start, m.end, m.rule, m.value])).toEqual([
      ['tiga puluh dua hari', 41, 60, 'id.date.duration', 'P32D'],
      ['dua belas tahun lalu', 77, 97, 'id.date.relative-ago', '2005'],
      ['tiga ratus tahun', 117, 133, 'id.date.duration', 'P300Y'],
    ]);
  });
});
