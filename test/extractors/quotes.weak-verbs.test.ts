import { describe, expect, it } from 'vitest';
import { compact, cpSlice, quotesOf, type ExpectedQuote, quoteFixture as fixture } from './quotes.helpers.js';

// Reporting verbs that also take a noun object (`menyebut`, `menyebutkan`, `mencatat`,
// `mengusulkan`, `meminta`), written without a comma or `bahwa` before their clause (a short
// article written for these tests): the clause shows itself by a noun phrase and its own verb
// (`menyebutkan petugas menindak …`, `meminta pengendara mematuhi …`), or by `untuk` and a verb
// after the person asked. A noun object stays out: a thing asked for (`tambahan anggaran untuk
// pengadaan …`), a `-nya` noun and its complement (`alasannya memperketat …`), a thing named
// (`aplikasi bernama …`).

describe('weaker reporting verbs before a clause (Indonesian)', () => {
  const text = fixture('weak-verbs-id.txt');
  const result = quotesOf(text);

  it('finds the clauses with their speakers and offsets, and no noun object', () => {
    const expected: ExpectedQuote[] = [
      {"id":"q1","kind":"indirect","rule":"id.quote.indirect-verb","text":"petugas menindak 219 pengendara pada hari pertama","span":[141,190],"cue":["menyebutkan",129,140],"speaker":{"name":"Sigit Purnomo","mention":["Kepala Subdirektorat Penegakan Hukum Polda Metro Jaya AKBP Sigit Purnomo",56,128],"resolved":"name","role":["Kepala Subdirektorat Penegakan Hukum",56,92],"affiliation":["Polda Metro Jaya",93,109]}},
      {"id":"q2","kind":"indirect","rule":"id.quote.indirect-verb","text":"sebagian besar pelanggar belum mengetahui aturan baru itu","span":[208,265],"cue":["menyebut",199,207],"speaker":{"name":"Sigit Purnomo","mention":["Sigit",193,198],"resolved":"name","role":["Kepala Subdirektorat Penegakan Hukum",56,92],"affiliation":["Polda Metro Jaya",93,109]}},
      {"id":"q3","kind":"indirect","rule":"id.quote.indirect-verb","text":"jumlah kendaraan di ibu kota naik 9 persen setiap tahun","span":[300,355],"cue":["mencatat",290,298],"speaker":{"name":"Badan Pusat Statistik","mention":["Badan Pusat Statistik",268,289],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q4","kind":"indirect","rule":"id.quote.indirect-verb","text":"pemerintah provinsi untuk menambah armada bus di jalur ganjil-genap","span":[401,468],"cue":["mengusulkan",389,400],"speaker":{"name":"Rina Maharani","mention":["Wakil Ketua DPRD Rina Maharani",358,388],"resolved":"name","role":["Wakil Ketua DPRD",358,374],"affiliation":null}},
      {"id":"q5","kind":"indirect","rule":"id.quote.indirect-verb","text":"pengendara mematuhi rambu di setiap persimpangan","span":[572,620],"cue":["meminta",564,571],"speaker":{"name":"Sigit Purnomo","mention":["Sigit",553,558],"resolved":"name","role":["Kepala Subdirektorat Penegakan Hukum",56,92],"affiliation":["Polda Metro Jaya",93,109]}},
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
    for (const q of result.quotes) expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
  });

  it('leaves out a thing asked for, a -nya noun with its complement and a thing named', () => {
    const texts = result.quotes.map((q) => q.text).join(' | ');
    expect(texts).not.toContain('tambahan anggaran');
    expect(texts).not.toContain('alasannya');
    expect(texts).not.toContain('Jalan Aman');
  });

  it('reads `hal itu` before a circumstance as the object, and before a predicate as a clause', () => {
    const t = 'Judul\n\nHarga beras akan turun bulan depan. Menteri Budi Santoso menyampaikan hal itu saat meninjau Pasar Induk, Senin.\n\nNamun Budi menyebut hal itu bukanlah masalah besar bagi petani.\n';
    expect(quotesOf(t).quotes.map((q) => [q.rule, q.text, q.speaker?.name])).toEqual([
      ['id.quote.indirect-verb', 'hal itu bukanlah masalah besar bagi petani', 'Budi Santoso'],
    ]);
  });

  it('reads a subject before when the words were said, written without commas', () => {
    const t = 'Judul\n\nKementerian Luar Negeri Suriah pada Selasa (4/4) menyatakan militer Suriah tak memiliki senjata kimia jenis apa pun.\n\nKantor Presiden dalam pernyataannya hari ini mengatakan presiden sudah berbicara dengan Perdana Menteri Jepang.\n\nMenteri Keuangan Sri Mulyani Indrawati kemarin menjelaskan defisit anggaran masih terkendali.\n';
    expect(quotesOf(t).quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.mention?.text, q.span.start, q.span.end])).toEqual([
      ['militer Suriah tak memiliki senjata kimia jenis apa pun', 'Kementerian Luar Negeri Suriah', 'Kementerian Luar Negeri Suriah', 67, 122],
      ['presiden sudah berbicara dengan Perdana Menteri Jepang', 'Kantor Presiden', 'Kantor Presiden', 181, 235],
      ['defisit anggaran masih terkendali', 'Sri Mulyani Indrawati', 'Menteri Keuangan Sri Mulyani Indrawati', 297, 330],
    ]);
  });

  it('leaves `menurut` inside a relative clause to the sentence around it', () => {
    const t = 'Judul\n\nSekretaris Jenderal PBB Antonio Guterres meminta otoritas Myanmar mengakhiri kekerasan yang menurut dia bisa mengancam keamanan kawasan.\n\nTinia juga menyinggung soal kekuatan lift Monas yang menurutnya harus terus dijaga.\n';
    expect(quotesOf(t).quotes.map((q) => [q.rule, q.text, q.speaker?.name])).toEqual([
      ['id.quote.indirect-verb', 'otoritas Myanmar mengakhiri kekerasan yang menurut dia bisa mengancam keamanan kawasan', 'Antonio Guterres'],
    ]);
  });
});

