import { describe, expect, it } from 'vitest';
import { compact, cpSlice, quotesOf, type ExpectedQuote, quoteFixture as fixture } from './quotes.helpers.js';


/** Every span of every quote gives back its own text from the article (code points). */
function expectSpansConsistent(text: string, quotes: ReturnType<typeof quotesOf>['quotes']): void {
  for (const q of quotes) {
    expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
    if (q.cue) expect(cpSlice(text, q.cue.start, q.cue.end)).toBe(q.cue.text);
    const s = q.speaker;
    if (s?.mention) expect(cpSlice(text, s.mention.start, s.mention.end)).toBe(s.mention.text);
    if (s?.role) expect(cpSlice(text, s.role.start, s.role.end)).toBe(s.role.text);
    if (s?.affiliation) expect(cpSlice(text, s.affiliation.start, s.affiliation.end)).toBe(s.affiliation.text);
  }
}

describe('quote frames (Indonesian)', () => {
  const text = fixture('frames-id.txt');
  const result = quotesOf(text);

  it('finds every frame with its rule, cue, speaker and offsets', () => {
    const expected: ExpectedQuote[] = [
    { id: 'q1', kind: 'indirect', rule: 'id.quote.indirect-verb', text: "air mulai surut sejak Selasa pagi", span: [134, 167], cue: ["mengatakan", 122, 132], speaker: { name: "Wahyu Pranoto", mention: ["Wahyu Pranoto", 108, 121], resolved: 'name', role: ["Kepala", 40, 46], affiliation: ["Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bekasi", 47, 106] } },
    { id: 'q2', kind: 'indirect', rule: 'id.quote.indirect-verb', text: "sebagian warga sudah kembali ke rumah", span: [190, 227], cue: ["menambahkan", 172, 183], speaker: { name: "Wahyu Pranoto", mention: ["Ia", 169, 171], resolved: 'pronoun', role: ["Kepala", 40, 46], affiliation: ["Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bekasi", 47, 106] } },
    { id: 'q3', kind: 'direct', rule: 'id.quote.post-cue', text: "Kami sudah menyiagakan tiga perahu karet di setiap kecamatan,", span: [230, 293], cue: ["kata", 294, 298], speaker: { name: "Wahyu Pranoto", mention: ["Wahyu", 299, 304], resolved: 'name', role: ["Kepala", 40, 46], affiliation: ["Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bekasi", 47, 106] } },
    { id: 'q4', kind: 'direct', rule: 'id.quote.post-cue-role', text: "Posko pengungsian tetap kami buka sampai air benar-benar surut,", span: [335, 400], cue: ["ujar", 401, 405], speaker: { name: "Rina Maharani", mention: ["Camat Tambun Selatan Rina Maharani", 406, 440], resolved: 'name', role: ["Camat Tambun Selatan", 406, 426], affiliation: null } },
    { id: 'q5', kind: 'direct', rule: 'id.quote.post-cue-nya', text: "Bantuan makanan datang dua kali sehari,", span: [443, 484], cue: ["ujarnya", 485, 492], speaker: { name: "Rina Maharani", mention: ["ujarnya", 485, 492], resolved: 'nya', role: ["Camat Tambun Selatan", 406, 426], affiliation: null } },
    { id: 'q6', kind: 'direct', rule: 'id.quote.pre-cue-role', text: "Lalu lintas di jalan utama sudah kami alihkan.", span: [557, 605], cue: ["menjelaskan", 544, 555], speaker: { name: "Hendra Gunawan", mention: ["Kapolres Metro Bekasi Kombes Pol. Hendra Gunawan", 495, 543], resolved: 'name', role: ["Kapolres Metro Bekasi", 495, 516], affiliation: null } },
    { id: 'q7', kind: 'direct', rule: 'id.quote.continuation', text: "Petugas kami berjaga selama 24 jam.", span: [607, 644], cue: null, speaker: { name: "Hendra Gunawan", mention: null, resolved: 'continuation', role: ["Kapolres Metro Bekasi", 495, 516], affiliation: null } },
    { id: 'q8', kind: 'indirect', rule: 'id.quote.indirect-according-to', text: "arus kendaraan di Jalan Sultan Hasanudin masih padat", span: [662, 714], cue: ["Menurut", 646, 653], speaker: { name: "Hendra Gunawan", mention: ["Hendra", 654, 660], resolved: 'name', role: ["Kapolres Metro Bekasi", 495, 516], affiliation: null } },
    { id: 'q9', kind: 'indirect', rule: 'id.quote.indirect-post-cue', text: "Petugas juga menjaga pintu air", span: [716, 746], cue: ["kata", 748, 752], speaker: { name: "Wahyu Pranoto", mention: ["Wahyu", 753, 758], resolved: 'name', role: ["Kepala", 40, 46], affiliation: ["Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bekasi", 47, 106] } },
    { id: 'q10', kind: 'indirect', rule: 'id.quote.indirect-cue-first', text: "pemerintah kabupaten menyiapkan dana darurat untuk perbaikan tanggul", span: [778, 846], cue: ["kata", 766, 770], speaker: { name: "Wahyu Pranoto", mention: ["Wahyu", 771, 776], resolved: 'name', role: ["Kepala", 40, 46], affiliation: ["Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bekasi", 47, 106] } },
    { id: 'q11', kind: 'indirect', rule: 'id.quote.indirect-mid-cue', text: "relawan membagikan selimut kepada anak-anak", span: [878, 921], cue: ["lanjut", 866, 872], speaker: { name: "Wahyu Pranoto", mention: ["dia", 873, 876], resolved: 'pronoun', role: ["Kepala", 40, 46], affiliation: ["Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bekasi", 47, 106] } },
    { id: 'q12', kind: 'direct', rule: 'id.quote.post-cue-pronoun', text: "Kami tidak akan membiarkan warga kedinginan,", span: [924, 970], cue: ["tegas", 971, 976], speaker: { name: "Wahyu Pranoto", mention: ["beliau", 977, 983], resolved: 'pronoun', role: ["Kepala", 40, 46], affiliation: ["Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bekasi", 47, 106] } },
    { id: 'q13', kind: 'indirect', rule: 'id.quote.indirect-verb', text: "curah hujan tertinggi terjadi pada awal Januari", span: [1014, 1061], cue: ["mencatat", 1005, 1013], speaker: { name: "BPS", mention: ["BPS", 1001, 1004], resolved: 'name', role: null, affiliation: null } },
    { id: 'q14', kind: 'indirect', rule: 'id.quote.indirect-cue-first', text: "sekolah di tiga kecamatan diliburkan sampai Jumat", span: [1294, 1343], cue: ["Dikatakan", 1272, 1281], speaker: { name: "Wahyu Pranoto", mention: ["Wahyu", 1287, 1292], resolved: 'name', role: ["Kepala", 40, 46], affiliation: ["Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bekasi", 47, 106] } },
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
    expectSpansConsistent(text, result.quotes);
  });

  it('leaves out terms in marks, noun objects, hearsay and documents after menurut', () => {
    const texts = result.quotes.map((q) => q.text).join(' | ');
    expect(texts).not.toContain('Kampung Tangguh Bencana');
    expect(texts).not.toContain('siaga mandiri');
    expect(texts).not.toContain('hujan lebat');
    expect(texts).not.toContain('program');
    expect(result.warnings).toEqual([]);
  });

  it('adds the people who speak, named as the quotes name them', () => {
    expect(result.people.map((p) => [p.id, p.name, p.rule, p.aliases])).toEqual([
      ['p1', 'Wahyu Pranoto', 'id.person.speaker', ['Wahyu']],
      ['p2', 'Rina Maharani', 'id.person.speaker', []],
      ['p3', 'Hendra Gunawan', 'id.person.speaker', ['Hendra']],
    ]);
    const ids = new Map(result.people.map((p) => [p.name, p.id]));
    for (const q of result.quotes) {
      if (q.speaker && ids.has(q.speaker.name)) expect(q.speaker.entity).toBe(ids.get(q.speaker.name));
    }
    // A body keeps its own name and is not made a person.
    expect(result.quotes.find((q) => q.id === 'q13')!.speaker).toMatchObject({ name: 'BPS', entity: null });
  });
});

describe('quotation marks', () => {
  const text = fixture('marks-id.txt');
  const result = quotesOf(text);

  it('pairs straight, curly, Kompas, guillemet and nested marks; joins run-on paragraphs', () => {
    const expected: ExpectedQuote[] = [
    { id: 'q1', kind: 'direct', rule: 'id.quote.post-cue', text: "Harga cabai sekarang hanya delapan ribu rupiah sekilo. Kami rugi besar,", span: [36, 109], cue: ["kata", 110, 114], speaker: { name: "Suparmi", mention: ["Suparmi", 115, 122], resolved: 'name', role: ["petani", 124, 130], affiliation: null } },
    { id: 'q2', kind: 'direct', rule: 'id.quote.post-cue', text: "Biaya pupuk saja tidak tertutup,", span: [150, 184], cue: ["ujar", 185, 189], speaker: { name: "Darto", mention: ["Darto", 190, 195], resolved: 'name', role: ["petani lain", 197, 208], affiliation: null } },
    { id: 'q3', kind: 'direct', rule: 'id.quote.post-cue', text: "Kami minta pemerintah membeli hasil panen,", span: [229, 273], cue: ["kata", 274, 278], speaker: { name: "Suparmi", mention: ["Suparmi", 279, 286], resolved: 'name', role: ["petani", 124, 130], affiliation: null } },
    { id: 'q4', kind: 'direct', rule: 'id.quote.post-cue', text: "Kata pedagang di pasar, ‘stok dari luar daerah sedang banjir’. Jadi harga ikut jatuh,", span: [289, 376], cue: ["tutur", 377, 382], speaker: { name: "Darto", mention: ["Darto", 383, 388], resolved: 'name', role: ["petani lain", 197, 208], affiliation: null } },
    { id: 'q5', kind: 'direct', rule: 'id.quote.post-cue-nya', text: "Anak saya bilang 'sabar dulu, Pak'. Tapi utang di koperasi terus jalan,", span: [391, 464], cue: ["tambahnya", 465, 474], speaker: { name: "Darto", mention: ["tambahnya", 465, 474], resolved: 'nya', role: ["petani lain", 197, 208], affiliation: null } },
    { id: 'q6', kind: 'direct', rule: 'id.quote.post-cue', text: "Tahun lalu harga sempat tiga puluh ribu. Kami sempat menanam lebih banyak.\n\nSekarang semua itu jadi beban,", span: [477, 586], cue: ["kata", 587, 591], speaker: { name: "Suparmi", mention: ["Suparmi", 592, 599], resolved: 'name', role: ["petani", 124, 130], affiliation: null } },
    { id: 'q7', kind: 'indirect', rule: 'id.quote.indirect-verb', text: "harga akan pulih bulan depan", span: [663, 691], cue: ["menilai", 655, 662], speaker: { name: "Budi Hartono", mention: ["Budi Hartono", 642, 654], resolved: 'name', role: ["Kepala", 602, 608], affiliation: ["Dinas Pertanian Kabupaten Garut", 609, 640] } },
    { id: 'q8', kind: 'direct', rule: 'id.quote.post-cue', text: "Pasokan akan berkurang setelah panen raya,", span: [693, 737], cue: ["ujar", 738, 742], speaker: { name: "Budi Hartono", mention: ["Budi", 743, 747], resolved: 'name', role: ["Kepala", 602, 608], affiliation: ["Dinas Pertanian Kabupaten Garut", 609, 640] } },
    { id: 'q9', kind: 'direct', rule: 'id.quote.post-cue', text: "Kami akan terus memantau harga,", span: [838, 871], cue: ["kata", 872, 876], speaker: { name: "Budi Hartono", mention: ["Budi", 877, 881], resolved: 'name', role: ["Kepala", 602, 608], affiliation: ["Dinas Pertanian Kabupaten Garut", 609, 640] } },
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
    expectSpansConsistent(text, result.quotes);
  });

  it('warns about the stray inch mark and still reads the quote after it', () => {
    expect(result.warnings).toEqual([
      'quotes: 1 unpaired quotation mark (first at offset 822); quotations around it were still read',
    ]);
    expect([...text][822]).toBe('"');
  });
});

describe('English articles', () => {
  const text = fixture('frames-en.txt');
  const result = quotesOf(text, 'en');

  it('reads English cues, pronouns and according to', () => {
    const expected: ExpectedQuote[] = [
    { id: 'q1', kind: 'direct', rule: 'en.quote.post-cue', text: "We have three rubber boats ready in every district,", span: [128, 181], cue: ["said", 188, 192], speaker: { name: "Wahyu Pranoto", mention: ["Wahyu", 182, 187], resolved: 'name', role: null, affiliation: null } },
    { id: 'q2', kind: 'direct', rule: 'en.quote.post-cue', text: "The shelters stay open until the water is gone,", span: [195, 244], cue: ["said", 245, 249], speaker: { name: "Rina Maharani", mention: ["Rina Maharani", 250, 263], resolved: 'name', role: ["head of South Tambun", 265, 285], affiliation: null } },
    { id: 'q3', kind: 'direct', rule: 'en.quote.post-cue-pronoun', text: "Food arrives twice a day,", span: [297, 324], cue: ["added", 329, 334], speaker: { name: "Rina Maharani", mention: ["she", 325, 328], resolved: 'pronoun', role: ["head of South Tambun", 265, 285], affiliation: null } },
    { id: 'q4', kind: 'indirect', rule: 'en.quote.indirect-according-to', text: "most residents have already returned home", span: [357, 398], cue: ["According to", 337, 349], speaker: { name: "Wahyu Pranoto", mention: ["Wahyu", 350, 355], resolved: 'name', role: null, affiliation: null } },
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
    expectSpansConsistent(text, result.quotes);
  });
});

describe('house styles of other outlets', () => {
  const text = fixture('outlets-id.txt');
  const result = quotesOf(text);

  it('reads name-comma-role subjects, ranks, request verbs, bodies and -nya after an introduced person', () => {
    const expected: ExpectedQuote[] = [
    { id: 'q1', kind: 'indirect', rule: 'id.quote.indirect-verb', text: "pihaknya akan menambah petugas di lokasi rawan", span: [124, 170], cue: ["mengatakan", 107, 117], speaker: { name: "Budi Santoso", mention: ["Budi Santoso", 54, 66], resolved: 'name', role: ["Kepala", 68, 74], affiliation: ["Dinas Perhubungan Kota Bandung", 75, 105] } },
    { id: 'q2', kind: 'direct', rule: 'id.quote.post-cue-role', text: "Pelaku sudah kami amankan beserta barang bukti,", span: [173, 222], cue: ["kata", 223, 227], speaker: { name: "Rio Wahyu Anggoro", mention: ["AKBP Rio Wahyu Anggoro", 244, 266], resolved: 'name', role: ["Kapolres Bogor", 228, 242], affiliation: null } },
    { id: 'q3', kind: 'direct', rule: 'id.quote.post-cue-pronoun', text: "Kami masih mendalami motifnya,", span: [304, 336], cue: ["ujar", 337, 341], speaker: { name: "Rio Wahyu Anggoro", mention: ["dia", 342, 345], resolved: 'pronoun', role: ["Kapolres Bogor", 228, 242], affiliation: null } },
    { id: 'q4', kind: 'indirect', rule: 'id.quote.indirect-verb', text: "pelaku beraksi di tiga lokasi berbeda dalam sepekan", span: [422, 473], cue: ["menuturkan", 410, 420], speaker: { name: "Teguh Kumara", mention: ["Kasat Reskrim Polres Bogor AKP Teguh Kumara", 366, 409], resolved: 'name', role: ["Kasat Reskrim", 366, 379], affiliation: ["Polres Bogor", 380, 392] } },
    { id: 'q5', kind: 'direct', rule: 'id.quote.post-cue', text: "Pelaku memanfaatkan kelengahan pemilik kendaraan,", span: [476, 527], cue: ["kata", 528, 532], speaker: { name: "Teguh Kumara", mention: ["Teguh", 533, 538], resolved: 'name', role: ["Kasat Reskrim", 366, 379], affiliation: ["Polres Bogor", 380, 392] } },
    { id: 'q6', kind: 'indirect', rule: 'id.quote.indirect-verb', text: "polisi tidak akan segan menindak tegas pelaku kejahatan jalanan", span: [600, 663], cue: ["menegaskan", 588, 598], speaker: { name: "Teguh Kumara", mention: ["Ia", 585, 587], resolved: 'pronoun', role: ["Kasat Reskrim", 366, 379], affiliation: ["Polres Bogor", 380, 392] } },
    { id: 'q7', kind: 'direct', rule: 'id.quote.post-cue', text: "Kalau ada yang melihat aktivitas mencurigakan, segera lapor,", span: [666, 728], cue: ["imbau", 729, 734], speaker: { name: "Teguh Kumara", mention: ["Teguh", 735, 740], resolved: 'name', role: ["Kasat Reskrim", 366, 379], affiliation: ["Polres Bogor", 380, 392] } },
    { id: 'q8', kind: 'direct', rule: 'id.quote.post-cue-nya', text: "Kami jadi tenang keluar malam,", span: [885, 917], cue: ["tuturnya", 918, 926], speaker: { name: "Siti Aminah", mention: ["tuturnya", 918, 926], resolved: 'nya', role: null, affiliation: null } },
    { id: 'q9', kind: 'indirect', rule: 'id.quote.indirect-verb', text: "masyarakat untuk memasang kunci ganda pada kendaraan", span: [976, 1028], cue: ["meminta", 968, 975], speaker: { name: "Pihak kepolisian", mention: ["Pihak kepolisian", 951, 967], resolved: 'name', role: null, affiliation: null } },
    { id: 'q10', kind: 'direct', rule: 'id.quote.post-cue-org', text: "Kami juga akan menggelar razia,", span: [1031, 1064], cue: ["tulis", 1065, 1070], speaker: { name: "Polres Bogor", mention: ["Polres Bogor", 1071, 1083], resolved: 'name', role: null, affiliation: null } },
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
    expectSpansConsistent(text, result.quotes);
    // `Menurut keterangan polisi` names a document, not a speaker.
    expect(result.quotes.some((q) => q.text.startsWith('pelaku sudah dua kali'))).toBe(false);
  });

  it('reads English wire copy: a clause before "X said", told, according to, a pronoun', () => {
    const en = fixture('wire-en.txt');
    const expected: ExpectedQuote[] = [
    { id: 'q1', kind: 'indirect', rule: 'en.quote.indirect-post-cue', text: "Indonesia will import an additional 500,000 tonnes of rice this year", span: [46, 114], cue: ["said", 144, 148], speaker: { name: "Budi Santoso", mention: ["Trade Minister Budi Santoso", 116, 143], resolved: 'name', role: ["Trade Minister", 116, 130], affiliation: null } },
    { id: 'q2', kind: 'direct', rule: 'en.quote.post-cue', text: "We need to secure stocks before the dry season,", span: [197, 246], cue: ["told", 255, 259], speaker: { name: "Budi Santoso", mention: ["Santoso", 247, 254], resolved: 'name', role: ["Trade Minister", 116, 130], affiliation: null } },
    { id: 'q3', kind: 'direct', rule: 'en.quote.continuation', text: "Prices have risen for three months in a row.", span: [282, 328], cue: null, speaker: { name: "Budi Santoso", mention: null, resolved: 'continuation', role: ["Trade Minister", 116, 130], affiliation: null } },
    { id: 'q4', kind: 'indirect', rule: 'en.quote.indirect-according-to', text: "the first cargoes are expected to arrive in March", span: [467, 516], cue: ["According to", 424, 436], speaker: { name: "Rudi Hartono", mention: ["Bulog spokesman Rudi Hartono", 437, 465], resolved: 'name', role: ["Bulog spokesman", 437, 452], affiliation: null } },
    { id: 'q5', kind: 'indirect', rule: 'en.quote.indirect-verb', text: "imports alone would not fix the problem", span: [554, 593], cue: ["warned", 542, 548], speaker: { name: "Faisal Basri", mention: ["Economist Faisal Basri", 519, 541], resolved: 'name', role: ["Economist", 519, 528], affiliation: null } },
    { id: 'q6', kind: 'direct', rule: 'en.quote.post-cue-pronoun', text: "The government keeps treating the symptom, not the disease,", span: [595, 656], cue: ["said", 660, 664], speaker: { name: "Faisal Basri", mention: ["he", 657, 659], resolved: 'pronoun', role: ["Economist", 519, 528], affiliation: null } },
    { id: 'q7', kind: 'direct', rule: 'en.quote.post-cue', text: "Our harvest is only two months away,", span: [709, 747], cue: ["said", 748, 752], speaker: { name: "Henry Saragih", mention: ["Henry Saragih", 753, 766], resolved: 'name', role: ["chairman of the Indonesian Peasants Union", 768, 809], affiliation: null } },
    ];
    const got = quotesOf(en, 'en');
    expect(got.quotes.map(compact)).toEqual(expected);
    expectSpansConsistent(en, got.quotes);
  });
});
