// Figures: what a counted noun or a unit takes with it (two-word compounds, `kabupaten/kota`,
// a density `per kilometer persegi`, a multiple `kali lipat`) and what it leaves (a price's
// `per kg`, a rate of time `per tahun`, which is a date). Run through analyze(): dates first,
// as the pipeline does. Texts are short sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/pipeline.js';

const figures = (text: string) =>
  analyze(text, { lang: 'id', published: '2023-07-26' }).figures.map((f) => [f.text, f.start, f.end, f.value, f.kind, f.unit]);
const dates = (text: string) => analyze(text, { lang: 'id', published: '2023-07-26' }).dates.map((d) => [d.text, d.start, d.end, d.type, d.value]);

describe('counted nouns of two words', () => {
  it('takes a lexicalised compound whole, also one that starts with a time unit', () => {
    const text = 'Polisi menyita 12 barang bukti dan tiga jam tangan dari rumah pelaku.';
    expect(figures(text)).toEqual([
      ['12 barang bukti', 15, 30, 12, 'count', 'barang bukti'],
      ['tiga jam tangan', 35, 50, 3, 'count', 'jam tangan'],
    ]);
    expect(dates(text)).toEqual([]); // `tiga jam` is no duration here
  });

  it('takes two nouns joined by a slash as one counted thing', () => {
    expect(figures('Bantuan disalurkan di 11 kabupaten/kota provinsi itu.')).toEqual([
      ['11 kabupaten/kota', 22, 39, 11, 'count', 'kabupaten/kota'],
    ]);
  });

  it('leaves a free noun after the counted noun outside', () => {
    expect(figures('Sebanyak 15 ribu warga Muslim hadir.')).toEqual([['15 ribu warga', 9, 22, 15000, 'count', 'warga']]);
  });
});

describe('rates and multiples', () => {
  it('reads a density as a quantity whose unit carries the rate', () => {
    expect(figures('Kepadatan penduduk kota itu mencapai 15.200 orang per kilometer persegi.')).toEqual([
      ['15.200 orang per kilometer persegi', 37, 71, 15200, 'quantity', 'orang per kilometer persegi'],
    ]);
  });

  it('keeps a price to its amount and currency', () => {
    expect(figures('Harga gula dipatok Rp 13.500 per kg.')).toEqual([['Rp 13.500', 19, 28, 13500, 'money', 'IDR']]);
  });

  it('leaves a rate of time to the dates as a set', () => {
    const text = 'Pabrik itu memproduksi 40 juta botol per tahun.';
    expect(figures(text)).toEqual([['40 juta botol', 23, 36, 40000000, 'count', 'botol']]);
    expect(dates(text)).toEqual([['per tahun', 37, 46, 'set', 'P1Y']]);
  });

  it('reads a multiple (`kali lipat`) as a quantity', () => {
    const text = 'Ekspor kopi naik dua kali lipat, impor naik 1,5 kali lipat.';
    expect(figures(text)).toEqual([
      ['dua kali lipat', 17, 31, 2, 'quantity', 'kali lipat'],
      ['1,5 kali lipat', 44, 58, 1.5, 'quantity', 'kali lipat'],
    ]);
  });
});

describe('context', () => {
  it('reads a count that opens a sentence after a long word and its full stop', () => {
    expect(figures('Klub itu gagal juara di Liga Primer. 12 laga tersisa akan menentukan nasib pelatih.')).toEqual([
      ['12 laga', 37, 44, 12, 'count', 'laga'],
    ]);
  });

  it('counts `dua pihak` but not the idiom `di satu pihak`', () => {
    expect(figures('Di satu pihak, warga setuju. Rapat itu dihadiri dua pihak yang bertikai.')).toEqual([
      ['dua pihak', 48, 57, 2, 'count', 'pihak'],
    ]);
  });

  it('reads no figure in an article number of a code', () => {
    expect(figures('Sanksi itu diatur dalam artikel 58 kode disiplin.')).toEqual([]);
  });

  it('reads seasons as a duration, not a count', () => {
    const text = 'Klub itu sudah delapan musim tanpa gelar.';
    expect(figures(text)).toEqual([]);
    expect(dates(text)).toEqual([['delapan musim', 15, 28, 'duration', 'P8Y']]);
  });
});

describe('ages', () => {
  it('reads an age whose age word stands a few words back in the clause', () => {
    const text = 'Usianya masih 28 tahun, tapi kontraknya 5 tahun. Warga berusia di bawah 30 tahun ikut.';
    expect(figures(text)).toEqual([
      ['28 tahun', 14, 22, 28, 'quantity', 'tahun'],
      ['30 tahun', 72, 80, 30, 'quantity', 'tahun'],
    ]);
    expect(dates(text)).toEqual([['5 tahun', 40, 47, 'duration', 'P5Y']]);
  });

  it('leaves a duration after a person noun a few words back (`pria yang sudah 20 tahun berkarier`)', () => {
    const text = 'Menurut pria yang sudah 20 tahun berkarier itu, pasar berubah.';
    expect(figures(text)).toEqual([]);
  });
});

describe('linked headlines', () => {
  it('reads the figures of a `Baca juga` line, capitalised as a headline', () => {
    const text = 'Partai itu menyiapkan tiga nama untuk pansus.\n\n[Baca juga: Gerindra Setor 4 Nama untuk Pansus Hak Angket]\n\nKeputusan diambil pekan depan.';
    expect(figures(text)).toEqual([
      ['tiga nama', 22, 31, 3, 'count', 'nama'],
      ['4 Nama', 74, 80, 4, 'count', 'Nama'],
    ]);
  });

  it('reads no headline capitals in a short content line (a line-up)', () => {
    expect(figures('Cadangan: 27 Dede Sulaiman, 28 Andri Ibo')).toEqual([]);
  });
});
