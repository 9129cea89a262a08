import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/pipeline.js';
import { compact, cpSlice, quotesOf, type ExpectedQuote } from './quotes.helpers.js';

const seed = readFileSync(new URL('../../fixtures/tiktok-project-s.txt', import.meta.url), 'utf8');

const ANGGINI_ROLE: [string, number, number] = ['Head of Communications', 235, 257];
const ANGGINI_AFFILIATION: [string, number, number] = ['TikTok Indonesia', 258, 274];
const FIKI_ROLE: [string, number, number] = ['Staf Khusus Menteri Koperasi dan UKM bidang Pemberdayaan Ekonomi Kreatif', 1716, 1788];
// The ministry the role names, where the article spells it out (first paragraph).
const FIKI_AFFILIATION: [string, number, number] = ['Kementerian Koperasi dan UKM', 63, 91];

const expected: ExpectedQuote[] = [
  {
    id: 'q1', kind: 'direct', rule: 'id.quote.post-cue',
    text: 'Kami jelaskan kepada Kemenkop dan UKM. semuanya kita luruskan. Kami tak ingin terjadi mis-informasi mengenai TikTok Shop yang beredar di media dan secara daring,',
    span: [478, 641], cue: ['kata', 642, 646],
    speaker: { name: 'Anggini Setiawan', mention: ['Anggini', 647, 654], resolved: 'name', role: ANGGINI_ROLE, affiliation: ANGGINI_AFFILIATION },
  },
  {
    id: 'q2', kind: 'direct', rule: 'id.quote.post-cue',
    text: 'Tidak benar bahwa kami akan meluncurkan inisiatif lintas batas di Indonesia. Kami tidak berniat untuk menciptakan produk e-commerce sendiri atau menjadi wholesaler yang akan berkompetisi dengan para penjual Indonesia,',
    span: [733, 952], cue: ['imbuh', 953, 958],
    speaker: { name: 'Anggini Setiawan', mention: ['Anggini', 959, 966], resolved: 'name', role: ANGGINI_ROLE, affiliation: ANGGINI_AFFILIATION },
  },
  {
    id: 'q3', kind: 'indirect', rule: 'id.quote.indirect-cue-first',
    text: 'selama dua tahun beroperasi di Indonesia, TikTok selalu menyesuaikan semua bentuk layanannya dengan UMKM',
    span: [1305, 1409], cue: ['kata', 1291, 1295],
    speaker: { name: 'Anggini Setiawan', mention: ['Anggini', 1296, 1303], resolved: 'name', role: ANGGINI_ROLE, affiliation: ANGGINI_AFFILIATION },
  },
  {
    id: 'q4', kind: 'direct', rule: 'id.quote.post-cue-pronoun',
    text: 'Kami meyakini bahwa model TikTok Shop yang telah kami sesuaikan dengan pasar Indonesia dapat memberdayakan dan membawa manfaat bagi para penjual lokal, dan kami akan terus menerapkan pendekatan ini,',
    span: [1503, 1703], cue: ['jelas', 1704, 1709],
    speaker: { name: 'Anggini Setiawan', mention: ['dia', 1710, 1713], resolved: 'pronoun', role: ANGGINI_ROLE, affiliation: ANGGINI_AFFILIATION },
  },
  {
    id: 'q5', kind: 'indirect', rule: 'id.quote.indirect-verb',
    text: 'pihaknya memanggil TikTok lantaran ada keluhan dari pelaku UMKM mengenai Project S',
    span: [1814, 1896], cue: ['mengatakan', 1802, 1812],
    speaker: { name: 'Fiki Satari', mention: ['Fiki Satari', 1790, 1801], resolved: 'name', role: FIKI_ROLE, affiliation: FIKI_AFFILIATION },
  },
  {
    id: 'q6', kind: 'indirect', rule: 'id.quote.indirect-mid-cue',
    text: 'dalam pertemuan tersebut Kemenkop-UKM bersama TikTok, membahas upaya-upaya sinergisitas agar bisa tetap mendorong pertumbuhan UMKM melalui digital',
    span: [1923, 2069], cue: ['lanjut', 1911, 1917],
    speaker: { name: 'Fiki Satari', mention: ['dia', 1918, 1921], resolved: 'pronoun', role: FIKI_ROLE, affiliation: FIKI_AFFILIATION },
  },
  {
    id: 'q7', kind: 'direct', rule: 'id.quote.post-cue',
    text: 'Ada laporan pelaku UMKM, laporannya banyak. Saya juga ingin garis bawahi, Pak Teten (Menkop UKM) dalam hal ini, sangat terbuka. Mengajak semua stake holder bersinergi untuk memastikan UMKM naik kelas untuk bsia segera on board di paltform digital. Target go digital 30 juta dan data yang ideal sudah 22 juta,',
    span: [2171, 2481], cue: ['kata', 2482, 2486],
    speaker: { name: 'Fiki Satari', mention: ['Fiki', 2487, 2491], resolved: 'name', role: FIKI_ROLE, affiliation: FIKI_AFFILIATION },
  },
];

describe('the seed article', () => {
  it('gives exactly its four direct and three indirect quotations, with speakers and offsets', () => {
    const result = analyze(seed, { id: 'tiktok-project-s' });
    expect(result.quotes.map(compact)).toEqual(expected);
    expect(result.quotes.filter((q) => q.kind === 'direct')).toHaveLength(4);
    expect(result.quotes.filter((q) => q.kind === 'indirect')).toHaveLength(3);
    for (const q of result.quotes) {
      expect(cpSlice(seed, q.span.start, q.span.end)).toBe(q.span.text);
      // Direct spans hold the marks, the text does not.
      if (q.kind === 'direct') expect(q.span.text).toBe(`“${q.text}”`);
      else expect(q.span.text).toBe(q.text);
    }
  });

  it('links every speaker to the person entity of the same name', () => {
    const result = analyze(seed, { id: 'tiktok-project-s' });
    for (const q of result.quotes) {
      const person = result.people.find((p) => p.id === q.speaker!.entity);
      expect(person?.name).toBe(q.speaker!.name);
    }
  });

  it('gives the same quotes when no entity extractor ran before', () => {
    const result = quotesOf(seed);
    expect(result.quotes.map(compact)).toEqual(expected);
    expect(result.people.map((p) => [p.id, p.name, p.rule])).toEqual([
      ['p1', 'Anggini Setiawan', 'id.person.speaker'],
      ['p2', 'Fiki Satari', 'id.person.speaker'],
    ]);
    expect(result.people[0]!.aliases).toEqual(['Anggini']);
    expect(result.people[0]!.mentions.map((m) => [m.text, m.start])).toEqual([
      ['Anggini', 647],
      ['Anggini', 959],
      ['Anggini', 1296],
    ]);
  });
});
