// Dates: rates (`per tahun`), year labels (`Tahun Anggaran`, `musim`), the word after a date
// with its year, clock ranges, regulation numbers, a weekday set off by commas, a range whose
// end takes the start's year, and a written date that contradicts its weekday. Texts are
// short sentences written for these tests; values resolve against the reference given.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/pipeline.js';

const run = (text: string, published: string) => analyze(text, { lang: 'id', published });
const dates = (text: string, published: string) => run(text, published).dates.map((d) => [d.text, d.start, d.end, d.type, d.value]);

describe('rates of time', () => {
  it('reads `per bulannya` as a set after a price', () => {
    expect(dates('Iuran anggota Rp 50 ribu per bulannya.', '2023-07-26')).toEqual([['per bulannya', 25, 37, 'set', 'P1M']]);
  });

  it('leaves `per hari` after a unit of measure to the figure', () => {
    const r = run('Produksi minyak 800 ribu barel per hari.', '2023-07-26');
    expect(r.dates).toEqual([]);
    expect(r.figures.map((f) => [f.text, f.start, f.end, f.unit])).toEqual([['800 ribu barel per hari', 16, 39, 'barel per hari']]);
  });

  it('reads `per hari ini` as today, not a rate', () => {
    expect(dates('Per hari ini, stok beras aman.', '2023-07-26')).toEqual([['hari ini', 4, 12, 'date', '2023-07-26']]);
  });

  it('reads `tahunan` after a capitalised word that opens the sentence', () => {
    expect(dates('Acara tahunan itu digelar di Ubud.', '2017-09-19')).toEqual([['tahunan', 6, 13, 'set', 'P1Y']]);
  });
});

describe('years and their labels', () => {
  it('takes a fiscal-year label into the mention, also inside a capitalised budget name', () => {
    expect(dates('Dana itu masuk APBD Tahun Anggaran 2018 milik Provinsi Jambi.', '2018-02-09')).toEqual([
      ['Tahun Anggaran 2018', 20, 39, 'date', '2018'],
    ]);
  });

  it('takes `musim` into a season and reads seasons as years', () => {
    expect(dates('Ia menjuarai liga pada musim 2007/2008 dan sudah delapan musim tanpa gelar.', '2017-05-25')).toEqual([
      ['musim 2007/2008', 23, 38, 'date', '2007/2008'],
      ['delapan musim', 49, 62, 'duration', 'P8Y'],
    ]);
  });

  it('keeps `lalu`/`silam`/`mendatang` after a date with its year written, as after one without', () => {
    expect(dates('Layanan itu diluncurkan pada Maret 2017 lalu, lalu diperluas Mei lalu.', '2017-07-18')).toEqual([
      ['Maret 2017 lalu', 29, 44, 'date', '2017-03'],
      ['Mei lalu', 61, 69, 'date', '2017-05'],
    ]);
    expect(dates('Gugatan didaftarkan 4 Januari 2016 silam; putusan dibacakan 9 Oktober 2017 mendatang.', '2017-09-01')).toEqual([
      ['4 Januari 2016 silam', 20, 40, 'date', '2016-01-04'],
      ['9 Oktober 2017 mendatang', 60, 84, 'date', '2017-10-09'],
    ]);
  });

  it('reads a season written with a two-digit end as one interval, label and all', () => {
    expect(dates('Gelandang itu dipinjamkan pada musim 2015/16, lalu kembali pada 2018-19.', '2019-02-01')).toEqual([
      ['musim 2015/16', 31, 44, 'date', '2015/2016'],
      ['2018-19', 64, 71, 'date', '2018/2019'],
    ]);
    // not a year cut out of a span it cannot read (`2000/03` is no one-year season)
    expect(dates('Kariernya dimulai pada musim 2000/03 bersama klub daerah.', '2019-02-01')).toEqual([]);
  });

  it('reads no duration in a regulation number', () => {
    expect(dates('Resolusi Nomor 2334 Tahun 2016 itu dibacakan ulang.', '2017-12-08')).toEqual([]);
  });
});

describe('times, weekdays and ranges', () => {
  it('reads two clock times joined by a hyphen as one interval', () => {
    expect(dates('Ganjil-genap berlaku pukul 06.00 WIB-10.00 WIB.', '2016-08-30')).toEqual([
      ['pukul 06.00 WIB-10.00 WIB', 21, 46, 'time', '2016-08-30T06:00/2016-08-30T10:00'],
    ]);
  });

  it('reads a capitalised `Minggu` before a comma as Sunday, not in a place name', () => {
    expect(dates('Peresmian digelar Minggu, dengan pemotongan pita.', '2017-10-16')).toEqual([['Minggu', 18, 24, 'date', '2017-10-15']]);
    expect(dates('Kemacetan terjadi di Pasar Minggu, Jakarta Selatan.', '2017-10-16')).toEqual([]);
  });

  it('gives the end of a worded range the year of its start', () => {
    expect(dates('Aturan itu berlaku mulai 10 April 2017 sampai September.', '2017-04-06')).toEqual([
      ['10 April 2017', 25, 38, 'date', '2017-04-10'],
      ['September', 46, 55, 'date', '2017-09'],
    ]);
  });

  it('keeps a written date a month back even when its weekday does not match', () => {
    const r = run('Rapat digelar Minggu (19/10) di Balai Kota.', '2017-11-20');
    expect(r.dates.map((d) => [d.text, d.start, d.end, d.value])).toEqual([['Minggu (19/10)', 14, 28, '2017-10-19']]);
    expect(r.warnings).toEqual(['date "Minggu (19/10)": the weekday does not match 2017-10-19; the written date is kept']);
  });

  it('takes `tengah` into a week', () => {
    expect(dates('Tim itu bertanding lagi tengah pekan depan.', '2017-09-19')).toEqual([['tengah pekan depan', 24, 42, 'date', '2017-W39']]);
  });

  it('reads clock times in words, afternoon and evening past noon, and no figure in them', () => {
    const r = run('Acara tayang pukul delapan pagi dan diulang pukul delapan malam, rapat jam tiga sore.', '2017-08-01');
    expect(r.dates.map((d) => [d.text, d.start, d.end, d.type, d.value])).toEqual([
      ['pukul delapan pagi', 13, 31, 'time', '2017-08-01T08:00'],
      ['pukul delapan malam', 44, 63, 'time', '2017-08-01T20:00'],
      ['jam tiga sore', 71, 84, 'time', '2017-08-01T15:00'],
    ]);
    expect(r.figures).toEqual([]);
  });

  it('reads a night hour after midnight before noon, and `jam` with a number word alone as no time', () => {
    const r = run('Kebakaran terjadi pukul tiga dini hari dan baru padam jam dua kemudian.', '2017-08-01');
    expect(r.dates.map((d) => [d.text, d.start, d.end, d.type, d.value])).toEqual([['pukul tiga dini hari', 18, 38, 'time', '2017-08-01T03:00']]);
    expect(r.figures).toEqual([]);
  });

  it('keeps a late night hour of `dini hari` before noon, where the same hour of `malam` is past noon', () => {
    // dayPartsAfterMidnight: without it `pukul enam dini hari` would read as 18:00 like `pukul enam malam`
    const r = run('Warga mengungsi pukul enam dini hari, dan bantuan tiba pukul enam malam.', '2017-08-01');
    expect(r.dates.map((d) => [d.text, d.start, d.end, d.type, d.value])).toEqual([
      ['pukul enam dini hari', 16, 36, 'time', '2017-08-01T06:00'],
      ['pukul enam malam', 55, 71, 'time', '2017-08-01T18:00'],
    ]);
  });

  it('reads no day of the month in a month followed by a decimal', () => {
    const r = run('Inflasi turun dari bulan Mei 7,1 persen menjadi 5 persen.', '2017-08-01');
    expect(r.dates.map((d) => [d.text, d.start, d.end, d.value])).toEqual([['Mei', 25, 28, '2017-05']]);
    expect(r.figures.map((f) => [f.text, f.start, f.end, f.value])).toEqual([
      ['7,1 persen', 29, 39, 7.1],
      ['5 persen', 48, 56, 5],
    ]);
  });
});
