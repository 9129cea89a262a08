// Dates named from another date: anaphoric periods (`tahun sebelumnya`, `keesokan harinya`),
// holidays by year (`Lebaran`, `Idul Adha 2016`, `libur Natal`), parts of yesterday
// (`malam kemarin`), and ranges ago (`2-3 bulan lalu`). Texts are short sentences written for
// these tests; values resolve against the reference date given.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/pipeline.js';

const dates = (text: string, published: string) =>
  analyze(text, { lang: 'id', published }).dates.map((d) => [d.text, d.start, d.end, d.type, d.value, d.rule]);

describe('anaphoric periods', () => {
  it('counts `tahun sebelumnya` from the last year written, not from publication', () => {
    expect(dates('Investasi pada 2016 lalu tumbuh dibandingkan tahun sebelumnya.', '2017-05-11')).toEqual([
      ['2016 lalu', 15, 24, 'date', '2016', 'id.date.year'],
      ['tahun sebelumnya', 45, 61, 'date', '2015', 'id.date.anaphoric'],
    ]);
  });

  it('counts `keesokan harinya` from the day written before it', () => {
    expect(dates('Laga digelar Sabtu (13/5). Keesokan harinya, tim bertolak ke Madrid.', '2017-05-15')).toEqual([
      ['Sabtu (13/5)', 13, 25, 'date', '2017-05-13', 'id.date.weekday-numeric'],
      ['Keesokan harinya', 27, 43, 'date', '2017-05-14', 'id.date.anaphoric'],
    ]);
  });

  it('counts from the reference date when no date came before', () => {
    expect(dates('Pada tahun berikutnya, ia pindah ke Bandung.', '2017-08-14')).toEqual([
      ['tahun berikutnya', 5, 21, 'date', '2018', 'id.date.anaphoric'],
    ]);
  });
});

describe('holidays', () => {
  it('reads Lebaran as Idul Fitri of the reference year, with `tahun lalu`, `lalu` and `mendatang`', () => {
    expect(dates('Harga naik usai Lebaran tahun lalu, saat Lebaran lalu, dan jelang Lebaran mendatang.', '2017-08-01')).toEqual([
      ['Lebaran tahun lalu', 16, 34, 'date', '2016-07-06', 'id.date.holiday'],
      ['Lebaran lalu', 41, 53, 'date', '2017-06-25', 'id.date.holiday'],
      ['Lebaran mendatang', 66, 83, 'date', '2018-06-15', 'id.date.holiday'],
    ]);
  });

  it('takes a written year, leaves a hijri year and a festival name outside', () => {
    expect(dates('Remisi Idul Adha 2016 diberikan. Lebaran Betawi digelar. Idul Fitri 1438 Hijriah tiba.', '2017-05-01')).toEqual([
      ['Idul Adha 2016', 7, 21, 'date', '2016-09-12', 'id.date.holiday'],
      ['Idul Fitri', 57, 67, 'date', '2017-06-25', 'id.date.holiday'],
    ]);
  });

  it('counts days before and after a holiday (`H-7 Lebaran`, `H+3 Lebaran`)', () => {
    expect(dates('Arus mudik memuncak pada H-7 Lebaran dan arus balik pada H+3 Lebaran.', '2023-04-10')).toEqual([
      ['H-7 Lebaran', 25, 36, 'date', '2023-04-15', 'id.date.holiday'],
      ['H+3 Lebaran', 57, 68, 'date', '2023-04-25', 'id.date.holiday'],
    ]);
  });

  it('reads Natal only where it names a time (`libur Natal`), not a thing (`pohon Natal`)', () => {
    expect(dates('Pohon Natal dipasang di mal. Libur Natal dimulai Senin.', '2017-12-10')).toEqual([
      ['Natal', 35, 40, 'date', '2017-12-25', 'id.date.holiday'],
      ['Senin', 49, 54, 'date', '2017-12-04', 'id.date.weekday'],
    ]);
  });
});

describe('parts of yesterday and ranges ago', () => {
  it('reads `malam kemarin` and `kemarin sore` as times of yesterday', () => {
    expect(dates('Ia masih sehat sampai malam kemarin, lalu dirawat kemarin sore.', '2017-08-14')).toEqual([
      ['malam kemarin', 22, 35, 'time', '2017-08-13TNI', 'id.date.relative-day'],
      ['kemarin sore', 50, 62, 'time', '2017-08-13TAF', 'id.date.relative-day'],
    ]);
  });

  it('reads `2-3 bulan lalu` as the interval of those months', () => {
    expect(dates('Karena 2-3 bulan lalu lahan itu belum dibebaskan.', '2017-10-13')).toEqual([
      ['2-3 bulan lalu', 7, 21, 'date', '2017-07/2017-08', 'id.date.relative-ago'],
    ]);
  });
});
