import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { francAll } from 'franc';
import { rankByTrigrams } from '../../src/extractors/language-trigrams.js';
import { identifiableLanguages } from '../../src/lang/languages.js';

const only = identifiableLanguages.map((l) => l.iso639_3);
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

// Texts of every kind franc has to rank: Indonesian, Malay and English prose, short phrases,
// digits and symbols only, other scripts, mixed scripts, repeated trigrams.
const samples = [
  fixture('tiktok-project-s.txt').slice(0, 400),
  fixture('tiktok-project-s.txt').slice(0, 3000),
  fixture('language/ms-article.txt').slice(0, 400),
  ...fixture('language/ms-sentences.txt').split('\n').filter(Boolean).slice(0, 15),
  ...fixture('language/en-sentences.txt').split('\n').filter(Boolean).slice(0, 15),
  'Warga Desa Sukamaju bergotong royong membersihkan saluran air menjelang musim hujan.',
  'Aku arep mangan sega karo tempe ing warung sing cedhak omah.',
  'Urang Sunda resep pisan kana kadaharan anu lada jeung seger.',
  'Pak',
  'a',
  '12/3/2024 - 15:30 (+62) 800-123',
  'Harga Rp 1.500.000,- per 10 kg: naik 3,5% (yoy).',
  'ааа Москва заявила о новых санкциях против ...',
  'Jokowi berkata: "مرحبا بكم" kepada tamu dari Arab Saudi di Istana.',
  'سلام عليكم ورحمة الله وبركاته dan selamat pagi',
  '東京 の ニュース',
  'ana ana ana ana ana ana ana ana ana ana',
  '    \n\t  ',
  '🎉🎉🎉 mantap jiwa 🎉',
];

describe('rankByTrigrams', () => {
  it('gives franc 6’s ranking and scores exactly, among the identifiable languages', () => {
    for (const text of samples) {
      expect(rankByTrigrams(text, only), text).toEqual(francAll(text, { only: [...only], minLength: 1 }));
    }
  });

  it('ranks an Indonesian sentence first as Indonesian, with franc’s normalised distances', () => {
    const guesses = rankByTrigrams('Pemerintah akan menaikkan harga bahan bakar minyak mulai pekan depan.', only);
    expect(guesses.map(([iso]) => iso)).toEqual(francAll('Pemerintah akan menaikkan harga bahan bakar minyak mulai pekan depan.', { only: [...only], minLength: 1 }).map(([iso]) => iso));
    expect(guesses).toHaveLength(6);
    expect(guesses[0]![1]).toBe(1);
    expect(guesses.every(([, score], i) => i === 0 || score <= guesses[i - 1]![1])).toBe(true);
  });

  it('says `und` for an empty text and for another script', () => {
    expect(rankByTrigrams('', only)).toEqual([['und', 1]]);
    expect(rankByTrigrams('Москва заявила о новых санкциях', only)).toEqual([['und', 1]]);
  });

  it('refuses a candidate franc has no Latin model for', () => {
    expect(() => rankByTrigrams('teks apa saja', ['ind', 'xyz'])).toThrow(/no Latin model for xyz/);
  });
});
