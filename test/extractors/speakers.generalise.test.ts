import { describe, expect, it } from 'vitest';
import { compact, quotesOf, type ExpectedQuote, quoteFixture as fixture, spansHold } from './quotes.helpers.js';

// Speakers and reported speech as other outlets write them (short articles written for these
// tests): datelines glued to the first word, party and ministry names before a person's name,
// half names resolved to the fullest form, wire services that are credited but do not speak,
// countries and bare head words as speakers, `pihaknya`, names glued to a function word, and
// the indirect frames of issue 4 beyond `X mengatakan` (described subjects, `Hal itu
// disampaikan X`, a cue in mid-sentence without a comma, mixed quotations).

describe('speakers across outlets (Indonesian)', () => {
  const text = fixture('speakers-id.txt');
  const result = quotesOf(text);

  it('finds every quote with its canonical speaker, role, affiliation and offsets', () => {
    const expected: ExpectedQuote[] = [
      {"id":"q1","kind":"indirect","rule":"id.quote.indirect-verb","text":"pemerintah daerah segera mencairkan dana hibah pilkada","span":[83,137],"cue":["meminta",75,82],"speaker":{"name":"Kementerian Dalam Negeri","mention":["Kementerian Dalam Negeri",50,74],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q2","kind":"indirect","rule":"id.quote.indirect-verb","text":"partainya sudah menyiapkan kader terbaik","span":[227,267],"cue":["mengatakan",216,226],"speaker":{"name":"Sutrisno Wibowo","mention":["Ketua DPD PDI Perjuangan Jawa Tengah Sutrisno Wibowo",163,215],"resolved":"name","role":["Ketua DPD",163,172],"affiliation":["PDI Perjuangan",173,187]}},
      {"id":"q3","kind":"direct","rule":"id.quote.post-cue","text":"Kami tidak akan main-main,","span":[270,298],"cue":["kata",299,303],"speaker":{"name":"Sutrisno Wibowo","mention":["Sutrisno",304,312],"resolved":"name","role":["Ketua DPD",163,172],"affiliation":["PDI Perjuangan",173,187]}},
      {"id":"q4","kind":"indirect","rule":"id.quote.indirect-verb","text":"koalisi masih sangat cair","span":[387,412],"cue":["menilai",379,386],"speaker":{"name":"Rahmat Hidayat Siregar","mention":["Sekretaris Fraksi Partai Amanat Nasional Rahmat Hidayat Siregar",315,378],"resolved":"name","role":["Sekretaris Fraksi",315,332],"affiliation":["Partai Amanat Nasional",333,355]}},
      {"id":"q5","kind":"direct","rule":"id.quote.post-cue","text":"Semua kemungkinan masih terbuka,","span":[415,449],"cue":["ujar",450,454],"speaker":{"name":"Rahmat Hidayat Siregar","mention":["Siregar",455,462],"resolved":"name","role":["Sekretaris Fraksi",315,332],"affiliation":["Partai Amanat Nasional",333,355]}},
      {"id":"q6","kind":"indirect","rule":"id.quote.indirect-verb","text":"kesepakatan itu sangat buruk","span":[540,568],"cue":["menyebut",531,539],"speaker":{"name":"Donald Trump","mention":["Presiden Amerika Serikat Donald Trump",493,530],"resolved":"name","role":["Presiden Amerika Serikat",493,517],"affiliation":null}},
      {"id":"q7","kind":"indirect","rule":"id.quote.indirect-verb","text":"serangan udara itu menyasar gudang senjata","span":[689,731],"cue":["mengatakan",678,688],"speaker":{"name":"Israel","mention":["Israel",671,677],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q8","kind":"indirect","rule":"id.quote.indirect-verb","text":"harga bahan bakar tidak naik","span":[795,823],"cue":["menyatakan",784,794],"speaker":{"name":"Kementerian Energi dan Sumber Daya Mineral","mention":["Kementerian Energi dan Sumber Daya Mineral (ESDM)",734,783],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q9","kind":"indirect","rule":"id.quote.indirect-verb","text":"subsidi tetap berjalan hingga akhir tahun","span":[849,890],"cue":["menegaskan",838,848],"speaker":{"name":"Kementerian Energi dan Sumber Daya Mineral","mention":["Kementerian",826,837],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q10","kind":"indirect","rule":"id.quote.indirect-verb","text":"pasokan di daerah terpencil aman","span":[918,950],"cue":["memastikan",907,917],"speaker":{"name":"Kementerian Energi dan Sumber Daya Mineral","mention":["Pihaknya",893,901],"resolved":"pronoun","role":null,"affiliation":null}},
      {"id":"q11","kind":"direct","rule":"id.quote.post-cue","text":"Semua berjalan baik,","span":[1019,1041],"cue":["kata",1042,1046],"speaker":{"name":"Bambang Hadi Santoso","mention":["BHS",1047,1050],"resolved":"alias","role":["Wakil Presiden",953,967],"affiliation":null}},
      {"id":"q12","kind":"direct","rule":"id.quote.post-cue","text":"Kami senang bisa tampil,","span":[1153,1179],"cue":["ujar",1180,1184],"speaker":{"name":"Lucky Hakim","mention":["Lucky",1185,1190],"resolved":"name","role":null,"affiliation":null}}
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
  });

  it('keeps every span consistent with the article (code points)', () => spansHold(text, result.quotes));

  it('never lets a dateline, a party or a wire service into a speaker name', () => {
    const names = result.quotes.map((q) => q.speaker?.name ?? '');
    expect(names.some((n) => /Wartakita|Beritaku|Perjuangan|Amanat|Reuters|Xinhua|Antara/.test(n))).toBe(false);
    // `Reuters melaporkan, …` cites a medium: not a quotation (guideline: media citations).
    expect(result.quotes.some((q) => q.text.includes('pasukan pemerintah'))).toBe(false);
  });

  it('keeps a hyphenated name whole where no dateline is glued to it', () => {
    const t = 'Judul\n\nKarl-Heinz Rummenigge mengatakan Bayern tidak akan menjual pemainnya.\n';
    expect(quotesOf(t).quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Karl-Heinz Rummenigge', 'Bayern tidak akan menjual pemainnya']]);
  });

  it('keeps a country that speaks as itself and a body named with its head word', () => {
    const t = 'Judul\n\nPemerintah Israel menyatakan serangan itu sebagai pembalasan.\n\nIsrael mengatakan pihaknya tidak akan menghentikan operasi.\n\nPihak kepolisian memastikan pelaku sudah ditangkap.\n';
    expect(quotesOf(t).quotes.map((q) => q.speaker?.name)).toEqual(['Pemerintah Israel', 'Israel', 'Pihak kepolisian']);
  });
});

describe('indirect and mixed frames across outlets (Indonesian)', () => {
  const text = fixture('frames-more-id.txt');
  const result = quotesOf(text);

  it('finds every reported clause with its speaker and offsets', () => {
    const expected: ExpectedQuote[] = [
      {"id":"q1","kind":"indirect","rule":"id.quote.indirect-verb","text":"anak-anak asuhnya sudah berkumpul di Cibinong sejak Rabu","span":[73,129],"cue":["mengatakan",61,71],"speaker":{"name":"Hendra Saputra","mention":["Pelatih timnas U-19 Hendra Saputra",26,60],"resolved":"name","role":["Pelatih timnas U-19",26,45],"affiliation":null}},
      {"id":"q2","kind":"indirect","rule":"id.quote.indirect-verb","text":"persiapan timnya berjalan baik","span":[170,200],"cue":["menilai",156,163],"speaker":{"name":"Hendra Saputra","mention":["Pelatih asal Malang ini",132,155],"resolved":"pronoun","role":["Pelatih timnas U-19",26,45],"affiliation":null}},
      {"id":"q3","kind":"indirect","rule":"id.quote.indirect-verb","text":"pembinaan usia muda harus menjadi prioritas","span":[297,340],"cue":["mengatakan",285,295],"speaker":{"name":"Joko Prasetyo","mention":["Ketua Umum Persatuan Sepak Bola Seluruh Indonesia Joko Prasetyo",203,266],"resolved":"name","role":["Ketua Umum",203,213],"affiliation":["Persatuan Sepak Bola Seluruh Indonesia",214,252]}},
      {"id":"q4","kind":"indirect","rule":"id.quote.indirect-mid-cue","text":"pihaknya masih mencari tambahan sponsor untuk tur ke Eropa","span":[363,421],"cue":["kata",353,357],"speaker":{"name":"Joko Prasetyo","mention":["Joko",358,362],"resolved":"name","role":["Ketua Umum",203,213],"affiliation":["Persatuan Sepak Bola Seluruh Indonesia",214,252]}},
      {"id":"q5","kind":"indirect","rule":"id.quote.indirect-anaphoric","text":"Pemerintah akan membantu biaya perjalanan tim ke Spanyol","span":[424,480],"cue":["disampaikan",490,501],"speaker":{"name":"Rudi Santoso","mention":["Menteri Pemuda dan Olahraga Rudi Santoso",502,542],"resolved":"name","role":["Menteri Pemuda dan Olahraga",502,529],"affiliation":null}},
      {"id":"q6","kind":"mixed","rule":"id.quote.mixed-verb","text":"turnamen itu akan menjadi \"ujian yang sangat berat\" bagi para pemain muda","span":[579,652],"cue":["mengatakan",568,578],"speaker":{"name":"Rudi Santoso","mention":["Rudi",563,567],"resolved":"name","role":["Menteri Pemuda dan Olahraga",502,529],"affiliation":null}},
      {"id":"q7","kind":"indirect","rule":"id.quote.indirect-post-cue","text":"Tiket pertandingan uji coba sudah habis terjual","span":[655,702],"cue":["dikatakan",713,722],"speaker":{"name":"Rudi Santoso","mention":["Rudi",723,727],"resolved":"name","role":["Menteri Pemuda dan Olahraga",502,529],"affiliation":null}},
      {"id":"q8","kind":"indirect","rule":"id.quote.indirect-according-to","text":"dana itu akan cair pekan depan","span":[771,801],"cue":["Menurut",746,753],"speaker":{"name":"Rudi Santoso","mention":["Rudi",754,758],"resolved":"name","role":["Menteri Pemuda dan Olahraga",502,529],"affiliation":null}},
      {"id":"q9","kind":"indirect","rule":"id.quote.indirect-mid-cue","text":"dua pemain masih cedera ringan","span":[848,878],"cue":["kata",819,823],"speaker":{"name":"Hendra Saputra","mention":["Hendra",824,830],"resolved":"name","role":["Pelatih timnas U-19",26,45],"affiliation":null}}
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
  });

  it('keeps every span consistent with the article (code points)', () => spansHold(text, result.quotes));

  it('does not make a sentence before `Hal itu` reported speech when it already holds a quote', () => {
    const t = 'Judul\n\n"Kami siap bertanding," kata Rudi. Hal itu disampaikan Menteri Rudi Santoso di Jakarta.\n';
    expect(quotesOf(t).quotes.map((q) => [q.kind, q.rule])).toEqual([['direct', 'id.quote.post-cue']]);
  });

  it('keeps a term in marks inside reported speech indirect', () => {
    const t = 'Judul\n\nMenurut Rudi, program "Makan Bergizi Gratis" harus diperluas ke seluruh negeri.\n';
    expect(quotesOf(t).quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'program "Makan Bergizi Gratis" harus diperluas ke seluruh negeri']]);
  });
});
