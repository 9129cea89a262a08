import { describe, expect, it } from 'vitest';
import { compact, quotesOf, type ExpectedQuote, quoteFixture as fixture, spansHold } from './quotes.helpers.js';

// Subjects that are roles or descriptions rather than names (a short article written for these
// tests): a lawyer introduced in apposition and later named only by the role and the client's
// name (`Penasihat hukum Darmawan menegaskan`), a spokesperson without a name speaking for the
// body, a spokesperson with one, a description of a kind of people (`pejabat setempat`); an
// eyewitness (`Saksi mata`) is a source the article does not name, so the quote has no speaker
// (guideline: null where the article does not say who).

describe('role and description subjects (Indonesian)', () => {
  const text = fixture('roles-id.txt');
  const result = quotesOf(text);

  it('finds every quote with its speaker and offsets', () => {
    const expected: ExpectedQuote[] = [
      {"id":"q1","kind":"indirect","rule":"id.quote.indirect-verb","text":"kliennya akan mengajukan praperadilan pekan depan","span":[193,242],"cue":["mengatakan",182,192],"speaker":{"name":"Hendra Kurniawan","mention":["Hendra Kurniawan",164,180],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q2","kind":"indirect","rule":"id.quote.indirect-verb","text":"tim masih mengumpulkan bukti baru","span":[305,338],"cue":["menambahkan",293,304],"speaker":{"name":"Rudi Hartanto","mention":["Rudi Hartanto",245,258],"resolved":"name","role":["penasihat hukum Darmawan lainnya",260,292],"affiliation":null}},
      {"id":"q3","kind":"indirect","rule":"id.quote.indirect-verb","text":"kliennya tidak pernah menerima uang dari kontraktor","span":[377,428],"cue":["menegaskan",366,376],"speaker":{"name":"Rudi Hartanto","mention":["Penasihat hukum Darmawan",341,365],"resolved":"alias","role":["penasihat hukum Darmawan lainnya",260,292],"affiliation":null}},
      {"id":"q4","kind":"direct","rule":"id.quote.post-cue","text":"Kami yakin hakim akan melihat fakta yang sebenarnya,","span":[431,485],"cue":["kata",486,490],"speaker":{"name":"Hendra Kurniawan","mention":["Hendra",491,497],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q5","kind":"indirect","rule":"id.quote.indirect-verb","text":"penyidik sudah memeriksa sebelas saksi","span":[568,606],"cue":["menjelaskan",556,567],"speaker":{"name":"Komisi Antikorupsi Daerah","mention":["Juru bicara Komisi Antikorupsi Daerah",518,555],"resolved":"name","role":["Juru bicara",518,529],"affiliation":["Komisi Antikorupsi Daerah",530,555]}},
      {"id":"q6","kind":"indirect","rule":"id.quote.indirect-verb","text":"pengamanan sidang sudah disiapkan","span":[672,705],"cue":["menyatakan",661,671],"speaker":{"name":"Argo Wibisono","mention":["Juru bicara Polda Lembah Hijau Kombes Argo Wibisono",609,660],"resolved":"name","role":["Juru bicara",609,620],"affiliation":["Polda Lembah Hijau",621,639]}},
      {"id":"q7","kind":"indirect","rule":"id.quote.indirect-verb","text":"pelayanan di kantor bupati tetap berjalan seperti biasa","span":[751,806],"cue":["mengatakan",740,750],"speaker":{"name":"pejabat setempat","mention":["pejabat setempat",723,739],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q8","kind":"indirect","rule":"id.quote.indirect-verb","text":"petugas datang ke rumah dinas bupati sejak pagi","span":[831,878],"cue":["menuturkan",820,830],"speaker":null},
      {"id":"q9","kind":"direct","rule":"id.quote.post-cue","text":"Tidak ada yang ditutup-tutupi,","span":[881,913],"cue":["ujar",914,918],"speaker":{"name":"Hendra Kurniawan","mention":["Hendra",919,925],"resolved":"name","role":null,"affiliation":null}},
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
  });

  it('keeps every span consistent with the article (code points)', () => spansHold(text, result.quotes));

  it('never takes the client named after a lawyer for the speaker', () => {
    expect(result.quotes.some((q) => q.speaker?.name.includes('Darmawan'))).toBe(false);
  });

  it('reads a description without anyone named as the source, and a capitalised post as a pointer', () => {
    const t = 'Judul\n\nPolisi menangkap Joni Saputra di rumahnya.\n\nKuasa hukum tersangka mengatakan pihaknya akan mengajukan praperadilan.\n';
    expect(quotesOf(t).quotes.map((q) => [q.speaker?.name, q.speaker?.mention?.text, q.text])).toEqual([
      ['Kuasa hukum tersangka', 'Kuasa hukum tersangka', 'pihaknya akan mengajukan praperadilan'],
    ]);
    const u = 'Judul\n\nMenteri Luar Negeri Rudi Salim bertemu duta besar Inggris di Tripoli.\n\nPejabat itu juga mengatakan bahwa kedua negara sepakat memperkuat kerja sama keamanan.\n';
    expect(quotesOf(u).quotes.map((q) => [q.speaker?.name, q.speaker?.mention?.text, q.speaker?.resolved])).toEqual([['Rudi Salim', 'Pejabat itu', 'pronoun']]);
  });
});
