import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// Subjects that do not stand at the very start of their sentence (short articles written for
// these tests, in the style of indosum's house styles).

describe('a sentence adverb before the subject, without a comma (Indonesian)', () => {
  // `Lebih lanjut Arif mengatakan …`, `Lebih lanjut ia menjelaskan, …`, `Meski demikian Arif
  // mengakui …`: the adverb opens the sentence and the subject the clause. The last paragraph
  // (`Lebih lanjut, pengadaan bus dibiayai …`) has no cue and gives nothing.
  it('reads the subject after the adverb', () => {
    expect(quoteRows(quoteFixture('openers-id.txt'))).toEqual([
      ['id.quote.indirect-verb', 'sepuluh bus baru sudah tiba pekan lalu', 134, 172, 'mengatakan', 'Arif Wicaksono', 'Kepala Dinas Perhubungan Kota Malang Arif Wicaksono', 'name'],
      ['id.quote.indirect-verb', 'bus tersebut akan melayani rute pinggiran kota mulai bulan depan', 204, 268, 'mengatakan', 'Arif Wicaksono', 'Arif', 'name'],
      ['id.quote.indirect-verb', 'tarif bus sekolah tetap gratis bagi pelajar', 300, 343, 'menjelaskan', 'Arif Wicaksono', 'ia', 'pronoun'],
      ['id.quote.indirect-verb', 'jumlah sopir belum mencukupi', 375, 403, 'mengakui', 'Arif Wicaksono', 'Arif', 'name'],
    ]);
  });
});

describe('prepositions inside a role and a day before the verb (Indonesian)', () => {
  // `Kepala Perwakilan Bank Dunia di Indonesia X`, `Duta Besar Indonesia untuk Jepang X`: the
  // preposition belongs to the position the name follows. `X di Bogor, Kamis mengatakan` and
  // `Kepala Bidang …, Yuni Astuti, Senin menuturkan`: the day after a comma, with no comma of its
  // own before the verb. The last paragraph has no reporting verb.
  it('reads the whole role and the name after it', () => {
    expect(quoteRows(quoteFixture('role-circumstance-id.txt'))).toEqual([
      ['id.quote.indirect-verb', 'pembiayaan pasar akan dicairkan dalam dua tahap', 139, 186, 'mengatakan', 'Nurul Hidayati', 'Kepala Perwakilan Bank Dunia di Indonesia Nurul Hidayati', 'name'],
      ['id.quote.indirect-verb', 'kerja sama itu tetap berjalan tahun depan', 248, 289, 'menegaskan', 'Satria Wibawa', 'Duta Besar Indonesia untuk Jepang Satria Wibawa', 'name'],
      ['id.quote.indirect-verb', 'lahan pasar sudah dibebaskan sejak awal tahun', 364, 409, 'mengatakan', 'Hendri Gunawan', 'Sekretaris Daerah Kota Bogor Hendri Gunawan', 'name'],
      ['id.quote.indirect-verb', 'pedagang lama akan mendapat kios lebih dulu', 496, 539, 'menuturkan', 'Yuni Astuti', 'Yuni Astuti', 'name'],
    ]);
  });
});
