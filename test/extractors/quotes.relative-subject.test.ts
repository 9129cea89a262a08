import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// A short article written for these tests. Read: a name with a relative clause up to the verb
// (`… Raditya Hermawan yang hadir dalam peresmian gudang mengatakan …`), whose company the article
// names on its own (`Kedai Pintar didirikan …`), so it is no part of the name; a derived noun
// object with an auxiliary of its own (`menilai keberadaan gudang baru itu sudah …`). Not read: a
// document with a relative clause (`Laporan yang dirilis …`), a derived noun object without one
// (`menekankan pentingnya pelatihan`), an uploaded photo (`mengunggah foto …`), a reflexive
// object (`memastikan diri lolos …`).
const text = quoteFixture('relative-subject-id.txt');

describe('a subject with a relative clause, and noun objects (Indonesian)', () => {
  it('reads the two reports only', () => {
    expect(quoteRows(text)).toEqual([
      ['id.quote.indirect-verb', 'pihaknya akan menambah 200 mitra warung tahun ini', 225, 274, 'mengatakan', 'Raditya Hermawan', 'Co-Founder dan CEO Kedai Pintar Raditya Hermawan', 'name'],
      ['id.quote.indirect-verb', 'keberadaan gudang baru itu sudah sangat dibutuhkan para mitra', 390, 451, 'menilai', 'Raditya Hermawan', 'Raditya', 'name'],
    ]);
  });
});

describe('a one-word subject with a relative clause opening its sentence (Indonesian)', () => {
  // `Budi yang hadir … mengatakan`: one capitalised word opening the sentence is a name only where
  // the article also writes it capitalised inside a sentence (`dipimpin Budi`); else it may be a
  // common noun (`Rumor yang …`).
  it('reads the word as a name only where it is written so inside a sentence', () => {
    const alone = 'Rumor yang beredar sejak pekan lalu mengatakan harga beras akan turun.';
    expect(quoteRows(alone)).toEqual([]);
    const named = 'Rapat itu dipimpin Budi.\n\nBudi yang hadir dalam rapat itu mengatakan harga beras akan turun.';
    expect(quoteRows(named)).toEqual([['id.quote.indirect-verb', 'harga beras akan turun', 69, 91, 'mengatakan', 'Budi', 'Budi', 'name']]);
  });
});

