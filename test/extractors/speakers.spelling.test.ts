import { describe, expect, it } from 'vitest';
import { compact, cpSlice, quotesOf, type ExpectedQuote, quoteFixture as fixture } from './quotes.helpers.js';

// One name spelt two ways in one article (a short article written for these tests): a letter
// dropped (`Fredrich`/`Fedrich`) or doubled (`Wulandari`/`Wulandarri`) in one word of a full
// name whose other words match is one person, named as the article first writes it.

describe('a name spelt two ways (Indonesian)', () => {
  const text = fixture('spelling-id.txt');
  const result = quotesOf(text);

  it('gives each quote the first spelling as the canonical name, with offsets', () => {
    const expected: ExpectedQuote[] = [
      {"id":"q1","kind":"indirect","rule":"id.quote.indirect-verb","text":"kliennya masih dirawat intensif di rumah sakit","span":[97,143],"cue":["mengatakan",86,96],"speaker":{"name":"Fredrich Santoso","mention":["Pengacara Fredrich Santoso",59,85],"resolved":"name","role":["Pengacara",59,68],"affiliation":null}},
      {"id":"q2","kind":"direct","rule":"id.quote.post-cue","text":"Dia belum bisa diperiksa penyidik,","span":[146,182],"cue":["kata",183,187],"speaker":{"name":"Fredrich Santoso","mention":["Fedrich Santoso",188,203],"resolved":"name","role":["Pengacara",59,68],"affiliation":null}},
      {"id":"q3","kind":"indirect","rule":"id.quote.indirect-according-to","text":"dokter melarang kliennya menerima tamu selama tiga hari","span":[246,301],"cue":["Menurut",229,236],"speaker":{"name":"Fredrich Santoso","mention":["Fedrich",237,244],"resolved":"name","role":["Pengacara",59,68],"affiliation":null}},
      {"id":"q4","kind":"direct","rule":"id.quote.post-cue","text":"Penyidik bisa datang bersama dokter,","span":[437,475],"cue":["ujar",476,480],"speaker":{"name":"Rina Wulandari","mention":["Rina Wulandarri",481,496],"resolved":"name","role":null,"affiliation":null}},
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
    for (const q of result.quotes) expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
  });

  it('keeps two people apart when more than one letter differs or no word is the same', () => {
    const t = 'Judul\n\nBudi Santoso mengatakan harga beras naik.\n\n"Stok masih aman," kata Budi Susanto.\n\nMenurut Rudi Santosa, pasokan dari daerah lancar.\n';
    expect(quotesOf(t).quotes.map((q) => q.speaker?.name)).toEqual(['Budi Santoso', 'Budi Susanto', 'Rudi Santosa']);
  });
});
