import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectLanguage, forcedLanguage, languageSample, MIN_LETTERS, WORD_SAMPLE_CHARS } from '../../src/extractors/language.js';
import { identifiableLanguages } from '../../src/lang/languages.js';
import { ArticleDoc } from '../../src/engine/document.js';
import { languagePacks } from '../../src/lang/index.js';
import { analyze } from '../../src/engine/pipeline.js';

const lexicons = Object.values(languagePacks).map((p) => p.document);
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const seed = fixture('tiktok-project-s.txt');
const malayArticle = fixture('language/ms-article.txt');

describe('detectLanguage', () => {
  it('identifies the seed article as Indonesian with a share-based confidence', () => {
    const language = detectLanguage(new ArticleDoc(seed, lexicons).contentText());
    expect(language.code).toBe('id');
    expect(language.iso639_3).toBe('ind');
    expect(language.confidence).toBe(0.999);
    expect(language.alternatives.map((a) => a.code)).toEqual(['ms', 'min', 'jv']);
    expect(language.alternatives.every((a) => a.confidence === 0)).toBe(true);
  });

  it('identifies a Malaysian Malay article as Malay, not Indonesian', () => {
    const language = detectLanguage(new ArticleDoc(malayArticle, lexicons).contentText());
    expect(language).toMatchObject({ code: 'ms', iso639_3: 'zlm', confidence: 0.999 });
    expect(language.alternatives.find((a) => a.code === 'id')?.confidence ?? 0).toBe(0);
  });

  it('lets the marker words decide between Indonesian and Malay', () => {
    // The same sentence in both spellings: only bahwa/bahawa, karena/kerana, persen/peratus differ.
    const indonesian = detectLanguage('Dia menjelaskan bahwa harga beras naik 5 persen karena musim kemarau panjang.');
    const malay = detectLanguage('Dia menjelaskan bahawa harga beras naik 5 peratus kerana musim kemarau panjang.');
    expect([indonesian.code, indonesian.confidence]).toEqual(['id', 0.951]);
    expect([malay.code, malay.confidence]).toEqual(['ms', 0.813]);
    // Each marker word weighs against the relative: the other one drops out of the running.
    const share = (info: typeof malay, code: string) => info.alternatives.find((a) => a.code === code)?.confidence ?? 0;
    expect(share(indonesian, 'ms')).toBeLessThan(0.001);
    expect(share(malay, 'id')).toBeLessThan(0.001);
  });

  it('prefers Indonesian, without certainty, when no word sets it apart from Malay', () => {
    const language = detectLanguage('Dia pergi ke pasar untuk membeli sayur.');
    expect(language.code).toBe('id');
    expect(language.confidence).toBe(0.903);
    expect(language.alternatives[0]).toEqual({ code: 'ms', confidence: 0.094 });
  });

  it('identifies English, even with Indonesian names and an Indonesian marker word', () => {
    const language = detectLanguage('The governor said the rupiah had strengthened against the dollar over the past two weeks.');
    expect(language.code).toBe('en');
    expect(language.iso639_3).toBe('eng');
    expect(language.confidence).toBeGreaterThan(0.95);
    expect(detectLanguage('President Joko Widodo inaugurated a new toll road connecting Semarang and Solo on Monday.').code).toBe('en');
  });

  it('identifies Javanese and Sundanese, which warta does not analyse', () => {
    const javanese = detectLanguage(
      'Bapak lan ibu wis lunga menyang pasar esuk iki amarga arep tuku sayuran kanggo slametan ing omah. ' +
        'Wong-wong ing desa kuwi padha nyambut gawe ing sawah saben dina, nanging panene durung akeh amarga udan ora teka.',
    );
    expect([javanese.code, javanese.iso639_3, javanese.confidence]).toEqual(['jv', 'jav', 0.999]);
    const sundanese = detectLanguage(
      'Kamari abdi indit ka pasar jeung indung pikeun meuli sayuran, tapi pasarna geus tutup. ' +
        'Barudak di lembur éta ayeuna keur diajar maca jeung nulis di sakola anyar.',
    );
    expect([sundanese.code, sundanese.iso639_3]).toEqual(['su', 'sun']);
    expect(sundanese.confidence).toBeGreaterThan(0.99);
  });

  it('answers und for empty, short, non-Latin and letterless text', () => {
    const und = { code: 'und', iso639_3: 'und', confidence: 0, alternatives: [] };
    expect(detectLanguage('')).toEqual(und);
    expect(detectLanguage('Jakarta')).toEqual(und);
    expect(detectLanguage('12.500 / 3.000 = 4,17 %')).toEqual(und);
    expect(detectLanguage('Президент России заявил сегодня о новых мерах поддержки экономики.')).toEqual(und);
    // One letter short of MIN_LETTERS is und; MIN_LETTERS letters are enough to answer.
    expect(detectLanguage('a'.repeat(MIN_LETTERS - 1)).code).toBe('und');
    expect(detectLanguage('Harga beras naik lagi.').code).toBe('und'); // 18 letters
    expect(detectLanguage('Harga beras naik lagi hari ini.').code).toBe('id');
  });

  it('gives confidences that are shares: ordered, between 0 and 1, summing to at most 1', () => {
    for (const text of [seed, malayArticle, 'Ketua DPR mengatakan rapat ditunda.', 'Menteri berkata mesyuarat ditangguhkan.']) {
      const { confidence, alternatives } = detectLanguage(text);
      const all = [confidence, ...alternatives.map((a) => a.confidence)];
      expect(all.every((c) => c >= 0 && c <= 1)).toBe(true);
      expect([...all].sort((a, b) => b - a)).toEqual(all);
      expect(all.reduce((s, c) => s + c, 0)).toBeLessThanOrEqual(1.001);
      expect(alternatives).toHaveLength(3);
    }
  });

  it('reads only the start of a long text', () => {
    const sample = languageSample(seed, 100);
    expect(sample).toBe('Market\n\nTikTok Ancam UMKM Indonesia, Kemenkop dan UKM Melunak\n\nKementerian Koperasi dan UKM');
    expect(languageSample('pendek', 100)).toBe('pendek');
    // Words are counted in the first WORD_SAMPLE_CHARS only: a Malay tail after them is not read.
    const content = new ArticleDoc(seed, lexicons).contentText();
    expect(content.length).toBeGreaterThan(WORD_SAMPLE_CHARS);
    const tail = 'Kerajaan berkata bahawa peratus itu naik kerana wang. '.repeat(100);
    expect(detectLanguage(content + '\n\n' + tail).code).toBe('id');
    expect(detectLanguage(content.slice(0, 600) + '\n\n' + tail).code).toBe('ms');
  });

  it('reports a forced language as certain', () => {
    expect(forcedLanguage('en', 'eng')).toEqual({ code: 'en', iso639_3: 'eng', confidence: 1, alternatives: [] });
  });
});

describe('language profiles (src/lang/*/language.ts)', () => {
  it('keep the Indonesian and Malay marker lists apart, in lower case, without duplicates', () => {
    const id = identifiableLanguages.find((l) => l.code === 'id')!;
    const ms = identifiableLanguages.find((l) => l.code === 'ms')!;
    const msWords = new Set(ms.distinctiveWords);
    expect(id.distinctiveWords.filter((w) => msWords.has(w))).toEqual([]);
    for (const l of identifiableLanguages) {
      for (const list of [l.commonWords, l.distinctiveWords]) {
        expect(list.filter((w) => w !== w.toLowerCase())).toEqual([]);
        expect(new Set(list).size).toBe(list.length);
      }
    }
    expect(id.distinctiveWords).toEqual(expect.arrayContaining(['bahwa', 'karena', 'persen', 'pemerintah', 'mengatakan', 'uang']));
    expect(ms.distinctiveWords).toEqual(expect.arrayContaining(['bahawa', 'kerana', 'peratus', 'kerajaan', 'wang']));
  });

  it('name distinct franc models and ISO codes', () => {
    const isos = identifiableLanguages.map((l) => l.iso639_3);
    expect(new Set(isos).size).toBe(isos.length);
    expect(isos).toEqual(['ind', 'eng', 'zlm', 'jav', 'sun', 'min']);
  });
});

describe('analyze() and the language', () => {
  it('analyses Indonesian and warns on Malay with empty extraction arrays', () => {
    const malay = analyze(malayArticle);
    expect(malay.language.code).toBe('ms');
    expect(malay.warnings).toEqual([
      'language "ms" is not analysed (supported: id, en); use --lang to force one',
    ]);
    expect([malay.quotes, malay.people, malay.figures, malay.dates]).toEqual([[], [], [], []]);
    expect(analyze(seed).language.code).toBe('id');
  });
});
