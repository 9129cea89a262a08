import { describe, expect, it } from 'vitest';
import { compact, quotesOf, type ExpectedQuote, quoteFixture as fixture, spansHold } from './quotes.helpers.js';

// Speakers as other outlets write them: short forms defined in brackets and initials, web
// datelines and brands glued to names, name particles, names inside reported speech that are
// not the next `-nya` speaker, subjects separated from the verb by an apposition or a
// circumstance, and a source's own words in marks at the end of reported speech.

describe('speakers across house styles (Indonesian)', () => {
  const text = fixture('generalise-id.txt');
  const result = quotesOf(text);

  it('finds every quote with its canonical speaker and offsets', () => {
    const expected: ExpectedQuote[] = [
      {"id":"q1","kind":"indirect","rule":"id.quote.indirect-verb","text":"anggaran riset perguruan tinggi harus naik tahun depan","span":[117,171],"cue":["mengatakan",106,116],"speaker":{"name":"Bambang Hadi Santoso","mention":["Wakil Presiden Bambang Hadi Santoso (BHS)",64,105],"resolved":"name","role":["Wakil Presiden",64,78],"affiliation":null}},
      {"id":"q2","kind":"direct","rule":"id.quote.post-cue","text":"Riset itu investasi jangka panjang,","span":[174,211],"cue":["kata",212,216],"speaker":{"name":"Bambang Hadi Santoso","mention":["BHS",217,220],"resolved":"alias","role":["Wakil Presiden",64,78],"affiliation":null}},
      {"id":"q3","kind":"indirect","rule":"id.quote.indirect-verb","text":"Ratna Kusumawati sudah bekerja keras menyusun anggaran itu","span":[378,436],"cue":["menilai",369,376],"speaker":{"name":"Bambang Hadi Santoso","mention":["BHS",365,368],"resolved":"alias","role":["Wakil Presiden",64,78],"affiliation":null}},
      {"id":"q4","kind":"indirect","rule":"id.quote.indirect-according-to","text":"kampus di daerah masih tertinggal jauh","span":[458,496],"cue":["menurutnya",447,457],"speaker":{"name":"Bambang Hadi Santoso","mention":["menurutnya",447,457],"resolved":"nya","role":["Wakil Presiden",64,78],"affiliation":null}},
      {"id":"q5","kind":"direct","rule":"id.quote.post-cue-nya","text":"Kalau tidak sekarang, kapan lagi,","span":[499,534],"cue":["ujarnya",535,542],"speaker":{"name":"Bambang Hadi Santoso","mention":["ujarnya",535,542],"resolved":"nya","role":["Wakil Presiden",64,78],"affiliation":null}},
      {"id":"q6","kind":"indirect","rule":"id.quote.indirect-verb","text":"penambahan dana akan dipakai untuk laboratorium","span":[634,681],"cue":["menjelaskan",622,633],"speaker":{"name":"Gilang Pramudya","mention":["Kepala Lembaga Riset Nasional Gilang Pramudya",545,590],"resolved":"name","role":["Kepala",545,551],"affiliation":["Lembaga Riset Nasional",552,574]}},
      {"id":"q7","kind":"indirect","rule":"id.quote.indirect-verb","text":"kampus kecil akan mendapat prioritas","span":[752,788],"cue":["mengatakan",741,751],"speaker":{"name":"Gilang Pramudya","mention":["Gilang",684,690],"resolved":"name","role":["Kepala",545,551],"affiliation":["Lembaga Riset Nasional",552,574]}},
      {"id":"q8","kind":"indirect","rule":"id.quote.indirect-verb","text":"platformnya sudah dipakai 300 kampus","span":[849,885],"cue":["mengklaim",839,848],"speaker":{"name":"Andreas Wibisono","mention":["CEO Kampusku.id Andreas Wibisono",806,838],"resolved":"name","role":["CEO",806,809],"affiliation":["Kampusku.id",810,821]}},
      {"id":"q9","kind":"direct","rule":"id.quote.post-cue","text":"Kami siap membantu pemerintah,","span":[888,920],"cue":["tutur",921,926],"speaker":{"name":"Andreas Wibisono","mention":["Andreas",927,934],"resolved":"name","role":["CEO",806,809],"affiliation":["Kampusku.id",810,821]}},
      {"id":"q10","kind":"direct","rule":"id.quote.post-cue","text":"Kami bekerja keras sejak pagi,","span":[1033,1065],"cue":["kata",1066,1070],"speaker":{"name":"Marco van der Berg","mention":["Van der Berg",1071,1083],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q11","kind":"direct","rule":"id.quote.reported-words","text":"tekel keras yang membahayakan lawan","span":[1171,1208],"cue":["menuliskan",1143,1153],"speaker":{"name":"Carlos de Souza Mendes","mention":["wasit Carlos de Souza Mendes",1114,1142],"resolved":"name","role":["wasit",1114,1119],"affiliation":null}},
      {"id":"q12","kind":"indirect","rule":"id.quote.indirect-verb","text":"dana itu sudah cair sejak pekan lalu","span":[1290,1326],"cue":["mengaku",1282,1289],"speaker":{"name":"Dedi Kurniawan","mention":["Dedi Kurniawan",1226,1240],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q13","kind":"indirect","rule":"id.quote.indirect-according-to","text":"pelatihan gelombang kedua dibuka bulan depan","span":[1368,1412],"cue":["Menurut",1329,1336],"speaker":{"name":"Sari Wulandari","mention":["Kepala UPT-BLK Sari Wulandari",1337,1366],"resolved":"name","role":["Kepala UPT-BLK",1337,1351],"affiliation":null}},
      {"id":"q14","kind":"indirect","rule":"id.quote.indirect-verb","text":"pameran hasil pelatihan itu akan bertajuk “karya anak desa untuk negeri”","span":[1431,1503],"cue":["mengatakan",1420,1430],"speaker":{"name":"Sari Wulandari","mention":["Sari",1415,1419],"resolved":"name","role":["Kepala UPT-BLK",1337,1351],"affiliation":null}},
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
  });

  it('keeps every span consistent with the article (code points)', () => spansHold(text, result.quotes));

  it('keeps a name after a term noun inside reported speech as part of the paraphrase', () => {
    expect(result.quotes.at(-1)!.kind).toBe('indirect');
    expect(result.quotes.at(-1)!.text).toBe('pameran hasil pelatihan itu akan bertajuk “karya anak desa untuk negeri”');
  });

  it('never glues a web dateline or a brand to a name', () => {
    const names = result.people.map((p) => p.name);
    expect(names).toContain('Marco van der Berg');
    expect(names).toContain('Sari Wulandari');
    expect(names.some((n) => /\.(?:net|id|com)/i.test(n))).toBe(false);
  });

  it('gives initials the full name of the person they stand for', () => {
    const t = 'Judul\n\nMantan Presiden Susilo Bambang Yudhoyono hadir di acara itu.\n\n"Demokrasi kita sudah matang," kata SBY.';
    expect(quotesOf(t).quotes.map(compact)).toEqual([
      {"id":"q1","kind":"direct","rule":"id.quote.post-cue","text":"Demokrasi kita sudah matang,","span":[69,99],"cue":["kata",100,104],"speaker":{"name":"Susilo Bambang Yudhoyono","mention":["SBY",105,108],"resolved":"alias","role":["Mantan Presiden",7,22],"affiliation":null}},
    ]);
  });

  it('takes the canonical name from a person entity that lists the short form as an alias', () => {
    const t = 'Judul Berita\n\nWarga menyambut Saiful Hidayat di balai desa.\n\n"Kami tidak akan mundur," kata Ipul.';
    const result2 = quotesOf(t, 'id', [{ id: 'p1', name: 'Saiful Hidayat', rule: 'test', aliases: ['Ipul'], mentions: [] }]);
    expect(result2.quotes.map((q) => [q.speaker?.name, q.speaker?.resolved, q.speaker?.entity])).toEqual([['Saiful Hidayat', 'alias', 'p1']]);
    // A tagger's guess that glues a capitalised sentence opener to a name is not trusted.
    const t3 = 'Judul Berita\n\nKedatangan Lee Min Jae disambut penggemar.\n\n"Saya senang sekali," kata Min.';
    const guess = [{ id: 'p1', name: 'Kedatangan Lee Min', rule: 'test', aliases: ['Min'], mentions: [] }];
    expect(quotesOf(t3, 'id', guess).quotes.map((q) => q.speaker?.name)).not.toContain('Kedatangan Lee Min');
  });

  it('names a group by its `para` phrase, and later by its bare noun', () => {
    const t =
      'Judul\n\nSebelumnya para Penggugat menilai aturan itu dibuat tanpa konsultasi publik. Menurut Penggugat, aturan itu juga merugikan nelayan kecil.\n\n' +
      'Menteri Pertahanan Kenji Sato, kepada para wartawan mengatakan bahwa latihan gabungan akan digelar bulan depan.\n';
    // `kepada para wartawan` is who was told, never who spoke.
    expect(quotesOf(t).quotes.map(compact)).toEqual([
      {"id":"q1","kind":"indirect","rule":"id.quote.indirect-verb","text":"aturan itu dibuat tanpa konsultasi publik","span":[41,82],"cue":["menilai",33,40],"speaker":{"name":"para Penggugat","mention":["para Penggugat",18,32],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q2","kind":"indirect","rule":"id.quote.indirect-according-to","text":"aturan itu juga merugikan nelayan kecil","span":[103,142],"cue":["Menurut",84,91],"speaker":{"name":"para Penggugat","mention":["Penggugat",92,101],"resolved":"name","role":null,"affiliation":null}},
    ]);
  });

  it('keeps a derived noun or a passive cue that opens the sentence out of the name', () => {
    const t =
      'Judul\n\nPernyataan Wiranto itu disampaikan di depan wartawan. "Kami siap mengamankan pemilu," kata Wiranto.\n\n' +
      'Ditambahkan Rantala, penjagaan di perbatasan juga diperketat.\n';
    expect(quotesOf(t).quotes.map(compact)).toEqual([
      {"id":"q1","kind":"direct","rule":"id.quote.post-cue","text":"Kami siap mengamankan pemilu,","span":[61,92],"cue":["kata",93,97],"speaker":{"name":"Wiranto","mention":["Wiranto",98,105],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q2","kind":"indirect","rule":"id.quote.indirect-cue-first","text":"penjagaan di perbatasan juga diperketat","span":[129,168],"cue":["Ditambahkan",108,119],"speaker":{"name":"Rantala","mention":["Rantala",120,127],"resolved":"name","role":null,"affiliation":null}},
    ]);
  });
});
