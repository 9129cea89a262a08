// Indonesian entity vocabulary: what organisation, person and place names look like in
// Indonesian news. Gazetteers live in organisations.ts, places.ts and regions.ts (generated
// from idn-area-data, ODbL); titles and ranks in person-titles.ts.
import type { EntityLexicon } from '../entity-lexicon.js';
import { organisationGazetteer } from './organisations.js';
import { areaHeads, placeGazetteer, placeHeads, placeTriggers, placeModifiers } from './places.js';
import { provinces, regencies } from './regions.js';
import { personTitles, personDegrees } from './person-titles.js';
import { nerModel } from './ner-model.js';
import { nounCircumfixes } from './morphology.js';

// Head words that begin an organisation's name in Indonesian (KBBI; Permendagri nomenclature
// of regional bodies; Perkap/Perpang unit names), with their usual short forms.
const organisationHeads: readonly string[] = [
  'Kementerian', 'Kemenko', 'Kementrian', 'Departemen', 'Badan', 'Lembaga', 'Komisi', 'Komite', 'Dewan',
  'Majelis', 'Mahkamah', 'Pengadilan', 'Pengadilan Negeri', 'Pengadilan Tinggi', 'Kejaksaan', 'Kejaksaan Negeri',
  'Kejaksaan Tinggi', 'Kejati', 'Kejari', 'Dinas', 'Direktorat', 'Direktorat Jenderal', 'Ditjen',
  'Sekretariat', 'Inspektorat', 'Biro', 'Kantor', 'Otoritas', 'Pusat', 'Balai', 'Satuan', 'Satgas', 'Unit',
  'Pemerintah Provinsi', 'Pemerintah Kabupaten', 'Pemerintah Kota', 'Pemerintah Daerah', 'Pemprov', 'Pemkab',
  'Pemkot', 'Pemda', 'DPRD', 'DPD', 'DPP', 'DPW', 'DPC', 'Polda', 'Polres', 'Polresta', 'Polrestabes', 'Polsek',
  'Kepolisian Daerah', 'Kepolisian Resor', 'Kepolisian Sektor', 'Kodam', 'Korem', 'Kodim', 'Koramil', 'Lanud',
  'Lantamal', 'Kopassus', 'Kostrad', 'Universitas', 'Institut', 'Sekolah', 'Sekolah Tinggi', 'Politeknik',
  'Akademi', 'SMA', 'SMAN', 'SMK', 'SMKN', 'SMP', 'SMPN', 'SD', 'SDN', 'Madrasah', 'Pesantren', 'Pondok Pesantren',
  'Yayasan', 'Partai', 'Bank', 'PT', 'PT.', 'CV', 'Perum', 'Perumda', 'Koperasi', 'Asosiasi', 'Himpunan',
  'Ikatan', 'Persatuan', 'Perhimpunan', 'Gabungan', 'Serikat', 'Federasi', 'Konfederasi', 'Forum', 'Aliansi',
  'Gerakan', 'Front', 'Organisasi', 'Rumah Sakit', 'RS', 'RSUD', 'RSUP', 'Puskesmas', 'Grup', 'Kelompok',
  'Fraksi', 'Kabinet', 'Klub', 'Persatuan Sepak Bola', 'Kamar Dagang', 'Kantor Wilayah', 'Kanwil', 'Lapas', 'Rutan',
  'Markas Besar', 'Mabes', 'Korps', 'Pasukan', 'Kepolisian', 'Kedutaan Besar', 'Kedubes', 'Konsulat',
  'Kesatuan', 'Perkumpulan', 'Paguyuban', 'Komunitas', 'Lembaga Swadaya Masyarakat', 'Ditreskrimum', 'Ditreskrimsus', 'Ditresnarkoba', 'Satreskrim', 'Satlantas', 'Polairud',
  'Ditlantas', 'Ditsamapta', 'Ditbinmas', 'Subdirektorat', 'Subdit', 'Dewan Pimpinan Pusat', 'Dewan Pimpinan Daerah', 'Dewan Pimpinan Wilayah',
  'Dewan Pimpinan Cabang', 'Dewan Pengurus Pusat', 'Dewan Pengurus Wilayah', 'Dewan Pengurus Cabang',
];

// Heads of the bodies a unit belongs to (parties; regional police and army commands, Perkap and
// Perpang nomenclature): `Fraksi Partai Gerindra`, `Ditlantas Polda Metro Jaya` are one name.
const parentBodyHeads: readonly string[] = ['Partai', 'Polda', 'Polres', 'Polresta', 'Polrestabes', 'Polsek', 'Kodam', 'Korem', 'Kodim', 'Mabes'];

// One-word bodies a position heads (Tatib DPR committees, the cabinet, party groups): before a
// name the tagger reads they are the position's (`Sekretaris Kabinet Pramono Anung`, `Wakil Ketua
// Pansus Masinton Pasaribu`), not the start of an organisation or a person.
const positionBodies: readonly string[] = ['Kabinet', 'Pansus', 'Panja', 'Pansel', 'Fraksi', 'DPD', 'DPRD', 'DPP', 'DPW', 'DPC'];

// Last words of English-order organisation names Indonesian news quotes (think tanks, agencies,
// forums): `Voxpol Center`, `Joint Working Group`, `Wahid Institute`; read with organisationSuffixes
// (`Bank`, `Group`), which are not repeated here.
const bodyTails: readonly string[] = ['Center', 'Centre', 'Institute', 'Foundation', 'Council', 'Association', 'Agency', 'Organization', 'Organisation', 'Committee', 'Watch', 'Initiative', 'Forum', 'Company', 'University', 'College', 'Club'];

// Words that close a company name.
const organisationSuffixes: readonly string[] = ['Bank', 'Tbk', 'Tbk.', '(Persero)', 'Persero', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Corp', 'Corp.', 'Co.', 'LLC', 'AG', 'GmbH', 'Group', 'Holdings', 'Indonesia'];

// Lower-case words allowed inside a name between capitalised words.
const nameConnectors: readonly string[] = ['dan', '&', 'untuk', 'atas', 'bagi', 'of', 'the', 'and', 'for', 'de', 'se'];

// Positions heading a unit that is named by its field after them (Permendagri and Perkap unit
// nomenclature): `Dirjen Perhubungan Darat`, `Kabid Humas`, `Kepala Dinas Pendidikan`.
const unitPositions: readonly string[] = [
  'Dirjen', 'Direktur Jenderal', 'Plt Dirjen', 'Sekretaris Direktorat Jenderal', 'Kadis', 'Kepala Dinas', 'Kabid', 'Kepala Bidang',
  'Kabag', 'Kepala Bagian', 'Kasubdit', 'Kepala Subdirektorat', 'Kasi', 'Kepala Seksi', 'Kadiv', 'Kepala Divisi', 'Kabiro', 'Kepala Biro',
  'Kapus', 'Kepala Pusat', 'Deputi', 'Asisten Deputi', 'Kasubag', 'Kepala Subbagian',
];

// First and last words of the names of events, tournaments and festivals (guideline: events are
// no organisation, person or place): `Piala Presiden`, `Rogers Cup`, `Bali Blues Festival`.
// Meetings are events too: `Rapat Pimpinan Nasional`, `Musyawarah Nasional Luar Biasa`, `Sidang Paripurna`.
const eventHeads: readonly string[] = [
  'Piala', 'Festival', 'Kejuaraan', 'Turnamen', 'Konferensi', 'Pameran', 'Olimpiade', 'Grand Prix', 'Grand Slam',
  'Rapat', 'Sidang', 'Musyawarah', 'Munas', 'Munaslub', 'Muktamar', 'Rapimnas', 'Rakernas', 'Rakornas', 'Rakor', 'Kongres Luar Biasa',
];
// Event words a country or city follows to name the event (`GP Australia`, `Piala Super Spanyol`, `Liga Inggris`).
const eventPlaceHeads: readonly string[] = ['GP', 'Grand Prix', 'Piala', 'Liga', 'Seri', 'Tour de', 'Moto GP', 'MotoGP'];
const eventTails: readonly string[] = ['Cup', 'Open', 'Slam', 'Championship', 'Championships', 'Festival', 'Awards', 'Award', 'Expo', 'Summit', 'Games', 'Week', 'Fair', 'Marathon', 'Rally'];

// Legal forms of companies in Indonesian news (UU PT, BUMN and BUMD forms; foreign forms).
const legalForms: readonly string[] = ['Tbk', 'Tbk.', 'Persero', '(Persero)', 'Perseroda', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Corp', 'Corp.', 'Co.', 'LLC', 'AG', 'GmbH', 'Plc', 'PLC'];

// The connectors above that coordinate two names (KBBI conjunctions; English in company names).
const nameCoordinators: readonly string[] = ['dan', '&', 'and'];

// Product and service words that make `<Company> <word>` a product, not the company.
const productWords: readonly string[] = ['Shop', 'Pay', 'Play', 'Food', 'Ride', 'Car', 'Mart', 'Send', 'Live', 'Music', 'Maps', 'Drive', 'Store', 'Cloud', 'Ads', 'Lite', 'Pro', 'Max', 'Plus', 'Mini', 'Series', 'Galaxy', 'iPhone', 'Phone', 'Watch', 'Pixel', 'Wallet', 'Paylater', 'PayLater', 'Coin', 'Express', 'Fest'];

// Capitalised words and categories that are not organisations (guideline: generic words,
// categories, programmes, laws, events). Matched on the whole mention.
const notOrganisations: readonly string[] = [
  'Pemerintah', 'pemerintah', 'Pihaknya', 'pihaknya', 'UMKM', 'UKM', 'BUMN', 'BUMD', 'Parpol', 'LSM', 'Ormas',
  'Pemilu', 'Pilkada', 'Pilpres', 'Pileg', 'APBN', 'APBD', 'RAPBN', 'PDB', 'GDP', 'PPN', 'PPh', 'NPWP', 'KTP',
  'E-KTP', 'SIM', 'STNK', 'BBM', 'LPG', 'TKI', 'TKA', 'PNS', 'ASN', 'CPNS', 'PHK', 'UMR', 'UMP', 'KUR', 'RUU',
  'UU', 'Perppu', 'Perpres', 'Perda', 'Permen', 'PP', 'Kepres', 'Keppres', 'Inpres', 'HAM', 'Covid-19', 'COVID-19',
  'PSBB', 'PPKM', 'Rp', 'IHSG', 'SPBU', 'Tol', 'LRT', 'MRT', 'KRL', 'BRT', 'ATM', 'WIB', 'WITA', 'WIT', 'OTT',
  'Lebaran', 'Idul Fitri', 'Ramadan', 'Natal', 'Project S', 'Asian Games', 'Piala Dunia', 'Olimpiade', 'Pemkab',
  'Pemprov', 'Pemkot', 'Polri', 'TNI', 'DPR', 'Serie A', 'Serie B', 'La Liga', 'LaLiga', 'Liga Champions', 'Liga Europa',
  'Premier League', 'Liga Primer', 'Liga Inggris', 'Liga Spanyol', 'Liga Italia', 'Liga Jerman', 'Bundesliga', 'Ligue 1',
  'Liga 1', 'Liga 2', 'Copa del Rey', 'Coppa Italia', 'Piala FA', 'Piala Presiden',
  // the acronyms of conceptPhrases below
  'APBN-P', 'APBD-P', 'RAPBD', 'PMA', 'PMDN', 'SBN', 'SUN', 'SBSN', 'PAD', 'DAU', 'DAK', 'SiLPA', 'SILPA', 'THR', 'RDP',
  'RDPU', 'CSR', 'IPO', 'NIK', 'RPJMN', 'RPJMD', 'KUHP', 'KUHAP', 'PDRB', 'PBB-P2',
].filter((w) => !['Polri', 'TNI', 'DPR', 'Pemkab', 'Pemprov', 'Pemkot'].includes(w));

// Positions written before a person's name (KBBI; nomenclature of Indonesian offices).
const positions: readonly string[] = [
  'Presiden', 'Wakil Presiden', 'Wapres', 'Menteri', 'Menko', 'Wakil Menteri', 'Wamen', 'Gubernur', 'Wakil Gubernur',
  'Wagub', 'Bupati', 'Wakil Bupati', 'Wabup', 'Wali Kota', 'Walikota', 'Wakil Wali Kota', 'Wawali', 'Camat', 'Lurah',
  'Kepala Desa', 'Kades', 'Ketua', 'Ketua Umum', 'Ketum', 'Wakil Ketua', 'Waketum', 'Sekretaris', 'Sekretaris Jenderal',
  'Sekjen', 'Bendahara', 'Bendahara Umum', 'Direktur', 'Direktur Utama', 'Direktur Eksekutif', 'Sekretaris Eksekutif', 'Dirut', 'Direktur Jenderal', 'Dirjen',
  'Kepala', 'Kapolri', 'Kapolda', 'Kapolres', 'Kapolsek', 'Kabareskrim', 'Kadiv', 'Kabid', 'Kasubdit', 'Kasat',
  'Panglima', 'Pangdam', 'Danrem', 'Dandim', 'Jaksa Agung', 'Jaksa', 'Hakim', 'Ketua Majelis Hakim', 'Anggota',
  'Staf Khusus', 'Stafsus', 'Juru Bicara', 'Jubir', 'Kabag', 'Deputi', 'Asisten Deputi', 'Komisaris', 'Komisaris Utama',
  'Pendiri', 'CEO', 'COO', 'CFO', 'CTO', 'Founder', 'Co-Founder', 'Head', 'Manajer', 'Manager', 'General Manager',
  'Pelatih', 'Kapten', 'Rektor', 'Dekan', 'Dosen', 'Guru Besar', 'Peneliti', 'Pengamat', 'Ekonom', 'Analis',
  'Politikus', 'Politisi', 'Kuasa Hukum', 'Pengacara', 'Kapuspen', 'Kapuspenkum', 'Kabiro', 'Kadis', 'Plt',
  'Pj', 'Penjabat', 'Duta Besar', 'Dubes', 'Perdana Menteri', 'PM', 'Raja', 'Ratu', 'Kanselir', 'Senator',
  'Mensesneg', 'Menkes', 'Menko Kesra', 'Menkeu', 'Mendagri', 'Menlu', 'Menhan', 'Menag', 'Menkes', 'Mensos', 'Menaker', 'Menperin', 'Mendag',
  'Menhub', 'Mentan', 'Menkominfo', 'Menkop', 'Menkop UKM', 'Menpora', 'Menpar', 'Mendikbud', 'Menristekdikti',
  'Menteri BUMN', 'Menteri ESDM', 'Menteri PUPR', 'Menkumham', 'Menko Polhukam', 'Menko Perekonomian',
];

// Well-known people whom news names by a short form or nickname: [full name, ...short forms].
const personAliases: readonly (readonly string[])[] = [
  ['Joko Widodo', 'Jokowi'],
  ['Susilo Bambang Yudhoyono', 'SBY'],
  ['Jusuf Kalla', 'JK'],
  ['Basuki Tjahaja Purnama', 'Ahok', 'BTP'],
  ['Abdurrahman Wahid', 'Gus Dur'],
  ['Megawati Soekarnoputri', 'Mega'],
  ['Zulkifli Hasan', 'Zulhas'],
  ['Ahmad Heryawan', 'Aher'],
  ['Djadjang Nurdjaman', 'Djanur'],
  ['Prabowo Subianto', 'Prabowo'],
  ['Gibran Rakabuming Raka', 'Gibran'],
  ['Anies Baswedan', 'Anies'],
  ['Ridwan Kamil', 'Emil', 'RK'],
  ['Agus Harimurti Yudhoyono', 'AHY'],
  ['Luhut Binsar Pandjaitan', 'Luhut', 'LBP'],
  ['Harry Tanoesoedibjo', 'Hary Tanoe', 'Harry Tanoe', 'HT'],
  ['Aburizal Bakrie', 'Ical', 'ARB'],
  ['Bambang Soesatyo', 'Bamsoet'],
  ['Tri Rismaharini', 'Risma'],
  ['Ganjar Pranowo', 'Ganjar'],
];

// Capitalised words that are common words or ambiguous given names: never a name on their
// own (compromise's ambiguous lists; Indonesian function words, months and weekdays).
const ambiguousWords: readonly string[] = [
  'Indah', 'Jaya', 'Mei', 'Selamat', 'Sentosa', 'Abadi', 'Makmur', 'Sejahtera', 'Bersatu', 'Baru', 'Raya',
  'Agung', 'Mulia', 'Sari', 'Dewi', 'Cahaya', 'Bintang', 'Bulan', 'Fajar', 'Putra', 'Putri', 'Head', 'Staf',
  'Khusus', 'Wakil', 'Ketua', 'Kepala', 'Menteri', 'Presiden', 'Gubernur', 'Direktur', 'Sekretaris', 'Tuhan', 'Allah',
  // religions and faith communities
  'Islam', 'Muslim', 'Kristen', 'Katolik', 'Protestan', 'Hindu', 'Budha', 'Buddha', 'Konghucu', 'Yahudi',
  // common nouns, prepositions and question words that open a sentence and that the tagger
  // read as a one-word person (IndoSum round 7: `Kabar duka ...`, `Demi menjaga ...`, `Aktor asal ...`)
  // (`Motor`, `Model`, `Mesin`, `Cuaca` left out: they continue company and personal names.)
  'Kabar', 'Demi', 'Terima', 'Apa', 'Bagaimana', 'Mengapa', 'Kenapa', 'Fungsi', 'Polisi',
  'Aktor', 'Aktris', 'Sutradara', 'Penyanyi', 'Pemohon', 'Pegawai', 'Pelaku', 'Pria', 'Wanita', 'Puluhan',
  'Ratusan', 'Ribuan', 'Memasuki', 'Jelang', 'Nasib', 'Tiket', 'Gempa', 'Sejarah', 'Pernyataan',
  'Temuan', 'Rumor', 'Betul', 'Tolong', 'Sembari', 'Seiring', 'Suasana', 'Kemenangan',
  // religious expressions written as one word in quoted speech (KBBI `insya Allah`, `alhamdulillah`)
  'Insyaallah', 'InsyaAllah', 'Insya', 'Alhamdulillah', 'Masyaallah', 'Subhanallah', 'Astagfirullah', 'Astaghfirullah', 'Bismillah',
];

// Religious expressions written as two words (KBBI `insya Allah`, `masya Allah`): quoted speech
// in IndoSum has them capitalised after a comma or quotation mark; no name lies inside one.
const religiousExpressions: readonly string[] = ['Insya Allah', 'Insyaa Allah', 'Masya Allah', 'Masyaa Allah', 'Subhana Allah'];

// Articles of French, German, Italian and Spanish that open club nicknames, newspapers and events
// news quotes (`Die Roten`, `Los Rojiblancos`, `Il Biscone`, `Les Bleus`: IndoSum's sport pages);
// a person's name does not start with one (`La` and `El` left out: `La Nyalla`, `El Shaarawy`;
// `Le` too: Vietnamese surnames).
const foreignArticles: readonly string[] = ['Die', 'Der', 'Das', 'Los', 'Las', 'Il', 'Les'];

// Capitalised words that end a name being read: pronouns, function words that start sentences,
// weekdays and months (KBBI function-word lists; the calendar of Indonesian datelines).
const nameBreakers: readonly string[] = [
  'Kami', 'Bahkan', 'Kita', 'Saya', 'Dia', 'Ia', 'Mereka', 'Anda', 'Beliau', 'Kamu', 'Adapun', 'Namun', 'Tetapi',
  'Sementara', 'Sedangkan', 'Selain', 'Menurut', 'Untuk', 'Dengan', 'Dalam', 'Para', 'Sang', 'Sebuah', 'Seorang',
  'Semua', 'Setiap', 'Selama', 'Sejak', 'Hingga', 'Sampai', 'Agar', 'Informasi', 'Masih', 'Hal', 'Berita', 'Foto',
  'Video', 'Baca', 'Simak', 'Lihat', 'Dilansir', 'Melansir', 'Seperti', 'Kendati', 'Meski', 'Meskipun', 'Walaupun',
  'Karena', 'Sebab', 'Jika', 'Kalau', 'Apabila', 'Ketika', 'Saat', 'Setelah', 'Sebelum', 'Usai', 'Kemudian', 'Lalu',
  'Akhirnya', 'Bapak', 'Ibu', 'Pak', 'Bu', 'Mas', 'Mbak',
  // the year, number and article of a document named after a body (`Kementerian PUPR Tahun
  // Anggaran 2018`, `Peraturan Mahkamah Agung Nomor 8 Tahun 2017`)
  'Tahun', 'Nomor', 'Pasal', 'Ayat',
  // demonstratives and question words with the particles -lah/-kah that open a sentence
  'Itulah', 'Inilah', 'Begitulah', 'Demikianlah', 'Disitulah', 'Apakah', 'Bukankah', 'Siapakah', 'Apalagi',
];

// Weekdays and months: a dateline's day written after a place or a name (`di Jakarta Selasa (30/8)`,
// `kata Wiranto Selasa`) is not part of it (the calendar of Indonesian datelines; `Mei` is left
// out, it is also a given name).
const calendarWords: readonly string[] = [
  'Senin', 'Selasa', 'Rabu', 'Kamis', "Jum'at", 'Jumat', 'Sabtu', 'Minggu', 'Ahad',
  'Januari', 'Februari', 'Maret', 'April', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];

// Balinese names: `I` (men) and `Ni` (women) before a birth-order or caste name (Made, Wayan,
// Nyoman, Ketut, Putu, Gusti, ...; Balinese naming customs as Bali and national outlets write them).
const personNamePrefixes: readonly string[] = ['I', 'Ni'];
const prefixedGivenNames: readonly string[] = [
  'Wayan', 'Made', 'Nyoman', 'Ketut', 'Putu', 'Gede', 'Kadek', 'Komang', 'Nengah', 'Kade', 'Luh', 'Gusti', 'Dewa',
  'Desak', 'Ngurah', 'Ayu',
];

const nameParticles: readonly string[] = ['bin', 'binti', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'al', 'el', 'bt', 'Al'];

// Short forms of provinces (house styles of national outlets).
const provinceShortForms: Readonly<Record<string, readonly string[]>> = {
  'DKI Jakarta': ['Jakarta', 'DKI', 'Ibu Kota', 'Provinsi DKI Jakarta'],
  'Daerah Istimewa Yogyakarta': ['DIY', 'Yogyakarta', 'Jogja', 'Yogya', 'DI Yogyakarta'],
  'Nusa Tenggara Barat': ['NTB'], 'Nusa Tenggara Timur': ['NTT'],
  'Kepulauan Bangka Belitung': ['Babel', 'Bangka Belitung'], 'Kepulauan Riau': ['Kepri'],
  'Sumatera Utara': ['Sumut', 'Sumatra Utara'], 'Sumatera Barat': ['Sumbar', 'Sumatra Barat'],
  'Sumatera Selatan': ['Sumsel', 'Sumatra Selatan'], 'Jawa Barat': ['Jabar'], 'Jawa Tengah': ['Jateng'],
  'Jawa Timur': ['Jatim'], 'Kalimantan Barat': ['Kalbar'], 'Kalimantan Tengah': ['Kalteng'],
  'Kalimantan Selatan': ['Kalsel'], 'Kalimantan Timur': ['Kaltim'], 'Kalimantan Utara': ['Kaltara'],
  'Sulawesi Utara': ['Sulut'], 'Sulawesi Tengah': ['Sulteng'], 'Sulawesi Selatan': ['Sulsel'],
  'Sulawesi Tenggara': ['Sultra'], 'Sulawesi Barat': ['Sulbar'], 'Maluku Utara': ['Malut'],
  'Aceh': ['Nanggroe Aceh Darussalam', 'NAD'], 'Papua Barat': ['Pabar'],
};

/** Places: the hand list, then provinces (with `Provinsi X` and short forms). */
function majorPlaces(): (readonly string[])[] {
  const out: (readonly string[])[] = [...placeGazetteer];
  for (const p of provinces) out.push([p, `Provinsi ${p}`, ...(provinceShortForms[p] ?? [])]);
  return out;
}

// Currency symbols and codes written before amounts in Indonesian news (`Rp 108`, `US$ 2`).
const currencies: readonly string[] = ['Rp', 'Rp.', 'IDR', 'US$', 'USD', 'S$', 'SGD', 'RM', 'MYR', 'A$', 'AUD', 'HK$', 'NT$', 'EUR', 'JPY', 'CNY', 'RMB', 'Yen', 'Euro', 'Dolar', 'Ringgit', 'Yuan', 'Won', 'Baht', 'Peso', 'Rupee'];

// Lower-case currency nouns of Indonesian news (KBBI spellings and the common English ones):
// `dolar AS`, `dolar Singapura`, `yen Jepang` name a currency, not the country.
const currencyNouns: readonly string[] = ['dolar', 'dollar', 'yen', 'yuan', 'won', 'ringgit', 'baht', 'peso', 'rupee', 'rupe', 'euro', 'pound', 'poundsterling', 'franc', 'frank', 'rubel', 'lira', 'riyal', 'real', 'dinar', 'dirham', 'krona'];

// Terms of public finance, administration and law that Indonesian news spells out capitalised
// before their acronym (APBN, PMA, SBN, RDP, CSR ...; KBBI and the UU/PP glossaries). They are
// no organisation, person or place, and no name lies inside one (`Belanja Negara` of APBN).
const conceptPhrases: readonly string[] = [
  'Anggaran Pendapatan dan Belanja Negara', 'Anggaran Pendapatan dan Belanja Daerah',
  'Anggaran Pendapatan dan Belanja Negara Perubahan', 'Anggaran Pendapatan dan Belanja Daerah Perubahan',
  'Rancangan Anggaran Pendapatan dan Belanja Negara', 'Rancangan Anggaran Pendapatan dan Belanja Daerah',
  'Anggaran Pendapatan Belanja Negara', 'Anggaran Pendapatan Belanja Daerah',
  'Penanaman Modal Asing', 'Penanaman Modal Dalam Negeri', 'Surat Berharga Negara', 'Surat Utang Negara',
  'Surat Berharga Syariah Negara', 'Produk Domestik Bruto', 'Produk Domestik Regional Bruto', 'Pendapatan Asli Daerah',
  'Dana Alokasi Umum', 'Dana Alokasi Khusus', 'Sisa Lebih Pembiayaan Anggaran', 'Tunjangan Hari Raya',
  'Upah Minimum Provinsi', 'Upah Minimum Regional', 'Upah Minimum Kabupaten', 'Bahan Bakar Minyak', 'Bahan Bakar Gas',
  'Pajak Pertambahan Nilai', 'Pajak Penghasilan', 'Pajak Bumi dan Bangunan', 'Nomor Pokok Wajib Pajak',
  'Kartu Tanda Penduduk', 'Kartu Tanda Penduduk Elektronik', 'KTP Elektronik', 'Nomor Induk Kependudukan',
  'Kartu Keluarga', 'Surat Izin Mengemudi', 'Surat Tanda Nomor Kendaraan', 'Aparatur Sipil Negara', 'Pegawai Negeri Sipil',
  'Tenaga Kerja Indonesia', 'Tenaga Kerja Asing', 'Pekerja Migran Indonesia', 'Usaha Mikro Kecil dan Menengah',
  'Usaha Mikro, Kecil dan Menengah', 'Usaha Mikro, Kecil, dan Menengah', 'Rapat Dengar Pendapat', 'Rapat Dengar Pendapat Umum',
  'Rapat Paripurna', 'Rapat Paripurna Istimewa', 'Sidang Paripurna', 'Sidang Paripurna Istimewa', 'Rapat Kerja', 'Rapat Koordinasi',
  'Operasi Tangkap Tangan', 'Pemilihan Kepala Daerah', 'Pemilihan Umum', 'Pemilihan Presiden', 'Pemilihan Legislatif',
  'Kitab Undang-Undang Hukum Pidana', 'Kitab Undang-Undang Hukum Acara Pidana', 'Kitab Undang-Undang Hukum Perdata',
  'Rencana Pembangunan Jangka Menengah', 'Rencana Pembangunan Jangka Menengah Nasional', 'Rencana Pembangunan Jangka Panjang',
  'Hak Asasi Manusia', 'Corporate Social Responsibility', 'Initial Public Offering', 'Gross Domestic Product',
];

// Football clubs news names by their city alone (European leagues as Indonesian sport pages
// write them): organisations in an article about football, places elsewhere.
const clubsNamedAsPlaces: readonly string[] = [
  'Barcelona', 'Madrid', 'Valencia', 'Sevilla', 'Getafe', 'Girona', 'Malaga', 'Eibar', 'Leganes', 'Alaves', 'Osasuna',
  'Milan', 'Roma', 'Lazio', 'Napoli', 'Torino', 'Genoa', 'Bologna', 'Cagliari', 'Verona', 'Parma', 'Empoli', 'Crotone',
  'Benevento', 'Palermo', 'Porto', 'Lyon', 'Marseille', 'Monaco', 'Lille', 'Bordeaux', 'Nantes', 'Liverpool', 'Manchester',
  'Southampton', 'Watford', 'Burnley', 'Bournemouth', 'Brighton', 'Stoke', 'Swansea', 'Hamburg', 'Wolfsburg',
  'Frankfurt', 'Gladbach', 'Bremen', 'Freiburg', 'Stuttgart', 'Mainz', 'Augsburg', 'Celtic', 'Rangers', 'Hull', 'Newcastle',
  'Leicester', 'Huddersfield', 'Norwich', 'Cardiff', 'Leeds', 'Sheffield', 'Derby', 'Blackburn',
];

// Words that mark an article about football (KBBI; indosum sport pages): with two or more of
// them, a club named by its city is the club.
const sportCues: readonly string[] = [
  'klub', 'melawan', 'menjamu', 'dijamu', 'bertandang', 'tandang', 'kandang', 'laga', 'pertandingan', 'gol', 'pelatih',
  'striker', 'gelandang', 'bek', 'kiper', 'penyerang', 'skuat', 'skuad', 'liga', 'Liga', 'klasemen',
  'imbang', 'takluk', 'derbi', 'derby', 'Serie', 'LaLiga', 'Bundesliga', 'Premier', 'UEFA', 'FIFA',
];

// English function words: Indonesian news quotes song, album, film and band titles in English
// (`Soul on Fire`, `The Six Strings`); no Indonesian personal name contains them.
const foreignFunctionWords: readonly string[] = ['The', 'the', 'of', 'Of', 'on', 'On', 'and', 'And', '&', 'for', 'For', 'in', 'In', 'to', 'To', 'with', 'With', 'from', 'From', 'at', 'At', 'is', 'Is', 'my', 'My', 'me', 'Me', 'your', 'Your', 'an', 'An', 'It', 'it', 'You', 'you', 'We'];

// Words that introduce the title of a work (KBBI): what follows is a title, not a person.
const workCues: readonly string[] = ['lagu', 'lagunya', 'album', 'albumnya', 'single', 'singel', 'film', 'filmnya', 'novel', 'buku', 'judul', 'berjudul', 'bertajuk', 'tajuk', 'lakon', 'sinetron', 'serial', 'acara', 'program', 'tembang', 'EP'];

// Words that introduce a group: what follows is an organisation (`grup band X`, `klub X`; not `tim`, which also leads a person's name: `tim Jokowi`).
const groupCues: readonly string[] = ['band', 'boyband', 'girlband', 'grup', 'group', 'klub', 'kesebelasan', 'orkes', 'komunitas', 'perusahaan', 'startup', 'penerbit', 'label'];

// Words that only ever introduce a band (KBBI `band`; `boyband`/`girlband` as IndoSum's
// entertainment pages write them): right before a name, `grup band Gigi` is the band even though
// Gigi is a given name.
const bandCues: readonly string[] = ['band', 'boyband', 'girlband'];

// Words for vehicles, games, apps and fictional characters (KBBI; read in IndoSum's auto, tech
// and film pages): `mobil Fortuner`, `motor Desmosedici`, `karakter Iron Man`, `aplikasi Payfazz`.
const productCues: readonly string[] = ['mobil', 'motor', 'karakter', 'tokoh fiksi', 'game', 'gim', 'aplikasi', 'konsol'];

// Lower-case nouns for people by occupation or role (KBBI; the ones IndoSum's sport, film and
// world pages put before a nationality and a name: `pelatih Spanyol Luis Milla`).
const personNouns: readonly string[] = [
  'aktor', 'aktris', 'artis', 'penyanyi', 'musisi', 'rapper', 'sutradara', 'produser', 'model', 'presenter', 'penulis', 'seniman',
  'pelatih', 'pemain', 'bek', 'kiper', 'gelandang', 'penyerang', 'striker', 'wasit', 'petenis', 'pebalap', 'petinju', 'pegolf',
  'perenang', 'sprinter', 'pelari', 'atlet', 'pebulu tangkis', 'pesepak bola', 'pesepakbola', 'bintang', 'legenda',
  'politikus', 'politisi', 'diplomat', 'jurnalis', 'wartawan', 'pengusaha', 'miliarder', 'ilmuwan', 'peneliti', 'aktivis',
  'tokoh', 'warga', 'turis', 'wisatawan', 'mahasiswa', 'pelajar', 'dokter', 'pilot',
];
// Words for an account on a platform (KBBI `akun`; IndoSum's entertainment and tech pages):
// `akun Twitter Raisa`, `akun Instagram Jokowi` name the account's holder after the platform.
const accountCues: readonly string[] = ['akun', 'laman', 'kanal'];
// Words that give where a person is from (KBBI): `aktor asal Amerika Serikat Ansel Elgort`.
const originWords: readonly string[] = ['asal', 'berkebangsaan', 'kelahiran'];
// Lower-case nouns of place kinds: the heads of administrative areas and islands (places.ts) and
// KBBI's `negara bagian` for foreign states, `kota kecil` as IndoSum's world pages write foreign
// towns, `ibu kota`, `wilayah`, `kawasan`: the name after one is a place.
const placeNouns: readonly string[] = [
  ...areaHeads.map((h) => h.toLowerCase()),
  'negara bagian', 'kota kecil', 'ibu kota', 'ibukota', 'wilayah', 'kawasan',
];

// Level words that, alone after a head word, name a kind of body, not a body (`DPRD Provinsi`,
// `Organisasi Kemasyarakatan`, `Pemerintah Daerah`).
const genericBodyWords: readonly string[] = ['Provinsi', 'Kabupaten', 'Kota', 'Kabupaten/Kota', 'Kab/Kota', 'Kecamatan', 'Desa', 'Daerah', 'Pusat', 'Kemasyarakatan', 'Masyarakat', 'Setempat', 'Terkait', 'Swasta', 'Negara', 'Negeri', 'Asing', 'Internasional', 'Nasional', 'Lokal', 'Wilayah', 'Tingkat'];

/** Regencies and cities (`Kabupaten X`, `Kota X`, and X alone). */
function regenciesAndCities(): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  for (const [kind, name] of regencies) {
    // The city of Jakarta's parts are named without `Kota` (`Jakarta Pusat`).
    out.push([name, `${kind} ${name}`, ...(kind === 'Kota' ? [`Kota Administrasi ${name}`] : [])]);
  }
  return out;
}

export const entities: EntityLexicon = {
  organisations: organisationGazetteer,
  organisationHeads,
  organisationSuffixes,
  nameConnectors,
  nameCoordinators,
  unitPositions,
  eventHeads,
  eventTails,
  eventPlaceHeads,
  legalForms,
  productWords,
  notOrganisations,
  venueHeads: ['Gedung', 'gedung', 'Kantor', 'kantor', 'Istana', 'Wisma', 'Graha', 'Menara', 'Hotel', 'Stadion', 'Gelora', 'Kompleks', 'kompleks', 'Rumah Tahanan', 'rumah tahanan', 'Lapas', 'Rutan', 'Markas', 'Balai Kota', 'Balaikota', 'Sirkuit'],
  // English-order venue names in Indonesian news (sport and event pages: `Arthur Ashe Stadium`).
  venueTails: ['Stadium', 'Arena', 'Center', 'Centre', 'Hall', 'Hotel', 'Tower', 'Building', 'Mall', 'Plaza', 'Convention'],
  // Ministry head words of the gazetteer: `Menteri Keuangan` names the portfolio of `Kementerian Keuangan`.
  portfolioHeads: ['Kementerian'],
  // Derived nouns (morphology.ts), capitalised: abstract nouns naming a field (`Kesehatan`,
  // `Perindustrian`, `Pendidikan`), never a personal name.
  portfolioWords: `^(?:${nounCircumfixes.map(([pre, suf]) => `${pre[0]!.toUpperCase()}${pre.slice(1)}\\p{Ll}{3,}${suf}`).join('|')})$`,
  // Descriptions of a place written capitalised (`Ibu Kota` for Jakarta or another capital):
  // the gold guideline's annotators never take them as a place's name.
  descriptivePlaceNames: ['Ibu Kota', 'Ibu kota', 'Ibukota', 'Kota Kecil', 'Negara Bagian'],
  // Dateline dashes of Indonesian outlets (`JAKARTA (Pos Kota) –`, `Jakarta, CNN Indonesia --`).
  datelineDashes: ['-', '–', '—'],
  // Web domains of Indonesian outlets and companies (`Merdeka.com`, `TEMPO.CO`, `REPUBLIKA.CO.ID`, `Nikah.id`).
  outletDomain: '\\.(?:com|co|net|id|org|news|tv)$',
  venues: ['Balai Kota', 'Balaikota', 'Kantor Pusat', 'Rumah Dinas', 'Kantor Transisi', 'Pusat Perfilman'],
  places: majorPlaces(),
  minorPlaces: regenciesAndCities(),
  placeHeads,
  placeTriggers,
  placeModifiers,
  personTitles,
  personDegrees,
  positions,
  personNamePrefixes,
  positionBodies,
  bodyTails,
  prefixedGivenNames,
  personAliases,
  ambiguousWords,
  nameBreakers: [...nameBreakers, ...calendarWords],
  calendarWords,
  nameParticles,
  currencies,
  currencyNouns,
  conceptPhrases: [...conceptPhrases, ...religiousExpressions],
  foreignArticles,
  clubsNamedAsPlaces,
  sportCues,
  foreignFunctionWords,
  workCues,
  groupCues,
  bandCues,
  productCues,
  placeNouns,
  personNouns,
  accountCues,
  originWords,
  genericBodyWords,
  parentBodyHeads,
  // How Indonesian news cites another outlet (`seperti dikutip dari Marca`, `Dilansir dari laman
  // Metro`, `Mengutip Daily Mail`), read in IndoSum: the name after the cue is the outlet.
  citationCues: [
    'dilansir', 'dilansir dari', 'dilansir laman', 'dilansir situs', 'dilansir dari laman', 'dilansir dari situs',
    'melansir', 'melansir laman', 'melansir situs', 'dikutip', 'dikutip dari', 'dikutip laman', 'dikutip dari laman',
    'dikutip dari situs', 'dikutip dari halaman', 'mengutip', 'mengutip laman', 'mengutip situs', 'mengutip dari',
  ],
  // Apps and social platforms named in Indonesian news (IndoSum: `akun Instagram`, `pengguna
  // Snapchat`, `diunggah di YouTube`), with the `-nya` forms the articles write.
  platformNames: [
    'Instagram', 'Instagramnya', 'Instagram Stories', 'Instastory', 'Twitternya', 'Snapchat', 'YouTube', 'Youtube',
    'YouTubenya', 'WhatsApp', 'Whatsapp', 'Telegram', 'Line', 'LINE', 'Weibo', 'WeChat', 'Path', 'Facebooknya',
  ],
  // Landmarks, facilities and committees the tagger read as persons in IndoSum (`Candi Borobudur`,
  // `Stasiun Tebet`, `Presidium Alumni 212`, `Jaksa Penuntut Umum`); `Tim` is left out (`Tim Cook`).
  notPersonHeads: [
    'Stasiun', 'Candi', 'Jembatan', 'Taman', 'Masjid', 'Gereja', 'Pura', 'Klenteng', 'Vihara', 'Museum', 'Istana',
    'Panti', 'Pondok', 'Bendung', 'Bendungan', 'Waduk', 'Terminal', 'Bandara', 'Pelabuhan', 'Pasar', 'Kampus',
    'Presidium', 'Panitia', 'Pansus', 'Timses', 'Penuntut Umum', 'Air Terjun', 'Air Mancur',
  ],
  taggerModel: () => nerModel,
};
