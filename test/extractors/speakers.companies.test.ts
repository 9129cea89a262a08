import { describe, expect, it } from 'vitest';
import { compact, cpSlice, quotesOf, type ExpectedQuote, quoteFixture as fixture } from './quotes.helpers.js';

// A company named in full once and by a shorter form at the cue (a short article written for
// these tests): `Manajemen Lentera menilai` is the company `Lentera Edukasi Group`, and a short
// form defined in brackets inside the name (`Bank Samudra Raya (BSR) Group`) names the whole
// body, without the brackets.

describe('companies named by a shorter form at the cue (Indonesian)', () => {
  const text = fixture('companies-id.txt');
  const result = quotesOf(text);

  it('gives each quote the company named in full, with offsets', () => {
    const expected: ExpectedQuote[] = [
      {"id":"q1","kind":"indirect","rule":"id.quote.indirect-verb","text":"jumlah penduduk usia muda di Indonesia menjadi pasar yang menarik","span":[213,278],"cue":["menilai",204,211],"speaker":{"name":"Lentera Edukasi Group","mention":["Manajemen Lentera",186,203],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q2","kind":"direct","rule":"id.quote.post-cue-role","text":"Kami melihat peluang yang besar di sini,","span":[281,323],"cue":["kata",324,328],"speaker":{"name":"Tan Wei Ming","mention":["Direktur Lentera Edukasi Group Tan Wei Ming",329,372],"resolved":"name","role":["Direktur",329,337],"affiliation":["Lentera Edukasi Group",338,359]}},
      {"id":"q3","kind":"indirect","rule":"id.quote.indirect-verb","text":"dana nasabahnya yang mengalir ke Asia Tenggara naik 12 persen","span":[430,491],"cue":["mencatat",420,428],"speaker":{"name":"Bank Samudra Raya Group","mention":["Bank Samudra Raya (BSR) Group",390,419],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q4","kind":"indirect","rule":"id.quote.indirect-verb","text":"pertumbuhan ekonomi kawasan masih sangat kuat tahun depan","span":[507,564],"cue":["menilai",498,505],"speaker":{"name":"Bank Samudra Raya Group","mention":["BSR",494,497],"resolved":"name","role":null,"affiliation":null}},
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
    for (const q of result.quotes) expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
  });

  it('keeps the short name where the article gives no fuller body name', () => {
    const t = 'Judul\n\nManajemen Persiku menilai, pemain muda harus mendapat kesempatan tampil lebih sering.\n';
    expect(quotesOf(t).quotes.map((q) => q.speaker?.name)).toEqual(['Manajemen Persiku']);
  });

  it('keeps a name after a body head word whole where the article names the person so at a cue', () => {
    // `Sekretaris Fraksi Yandri Susanto`: `Fraksi` heads bodies, but `kata Yandri` shows whose name follows it.
    const t = 'Judul\n\n"Kami akan segera mengirim nama," kata Sekretaris Fraksi Yandri Susanto di Gedung DPR.\n\nKeputusan itu, kata Yandri, merupakan hasil pertimbangan bersama pengurus partai.\n';
    expect(quotesOf(t).quotes.map((q) => [q.speaker?.name, q.speaker?.mention?.text, q.speaker?.mention?.start, q.speaker?.mention?.end])).toEqual([
      ['Yandri Susanto', 'Sekretaris Fraksi Yandri Susanto', 46, 78],
      ['Yandri Susanto', 'Yandri', 115, 121],
    ]);
  });
});
