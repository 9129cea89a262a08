import type { QuoteLexicon } from '../quote-lexicon.js';
import { personTitles } from './person-titles.js';
import { nounCircumfixes } from './morphology.js';

// Quotation marks of Indonesian news: straight `"…"` (Antara, Merdeka, CNN), curly `“…”`
// (Suara, Poskota, DailySocial), Kompas's `”…”` (the closing glyph opens too), guillemets, and
// single marks only inside a quotation. Scraped text mixes the double glyphs (`"…”`), so the
// three double glyphs are one family whose direction is read from the position of each mark.
const marks: QuoteLexicon['marks'] = [
  { kind: 'double', open: ['"', '“', '”', '„'], close: ['"', '”', '“'], nestedOnly: false },
  { kind: 'guillemet', open: ['«'], close: ['»'], nestedOnly: false },
  { kind: 'single', open: ['‘', "'", '’'], close: ['’', "'", '‘'], nestedOnly: true },
];

// The post-cues that are only reporting words (no homonymous noun like `kisah`, `cerita`, `bunyi`):
// only these open a clause without a comma after the name (`…, kata Febri pihaknya masih …`).
const plainCues = ['kata', 'ujar', 'ucap', 'tutur', 'lanjut', 'tambah', 'imbuh', 'jelas', 'ungkap', 'tegas', 'terang', 'sambung', 'papar', 'tandas', 'beber'];

// Reporting words written after a quotation, counted in the indosum corpus (`,” kata`, `," ujar`,
// `.” tutur`) with KBBI base forms; the `-nya` forms (`katanya`) come from `speakerSuffix`.
const postCues = [
  'kata', 'ujar', 'ucap', 'tutur', 'jelas', 'ungkap', 'tegas', 'imbuh', 'tambah', 'terang',
  'lanjut', 'sambung', 'pungkas', 'tutup', 'papar', 'sebut', 'beber', 'tandas', 'tulis', 'cuit',
  'kicau', 'tanya', 'jawab', 'cerita', 'kisah', 'seloroh', 'canda', 'keluh', 'teriak', 'kelakar', 'tukas', 'urai', 'cetus', 'timpal', 'seru', 'sergah', 'bilang',
  'aku', 'kenang', 'tuding', 'klaim', 'sindir', 'pinta', 'harap', 'ajak', 'imbau', 'simpul',
  'celetuk', 'keluh', 'bunyi', 'lantun', 'dalih', 'kilah', 'sanggah', 'bantah', 'puji', 'tegur',
];

// Prefixed reporting verbs that take a reported clause (guideline: saying, explaining, adding,
// stressing, denying, admitting, reporting, assessing, estimating, predicting, ensuring,
// reminding, urging, requesting, proposing, hoping). Frequencies from the indosum corpus
// (`X mengatakan,` 318, `menjelaskan` 108, `menambahkan` 104, ...) and KBBI.
const clauseVerbs = [
  'mengatakan', 'berkata', 'berujar', 'berkomentar', 'menuliskan', 'mencuit', 'menambahkan', 'menegaskan', 'menilai', 'mengakui',
  'memastikan', 'berharap', 'mengharapkan', 'mengingatkan', 'mengimbau', 'menghimbau',
  'melanjutkan', 'mengklaim', 'menduga', 'memperkirakan',
  'memprediksi', 'memprediksikan', 'meyakini', 'berpendapat', 'berpandangan', 'menganggap',
  'membantah', 'menampik', 'menyangkal', 'membenarkan', 'mengonfirmasi', 'menekankan',
  'mengemukakan', 'menerangkan', 'menuturkan', 'bertanya', 'menanyakan',
  'mendesak', 'menjamin', 'berjanji', 'menyatakan',
  'mengaku', 'menyimpulkan', 'mengeluhkan', 'mengabarkan', 'melaporkan', 'menukas', 'menjawab',
  // colloquial and less frequent forms (indosum: `bilang` 112, `berdalih`, `beralasan`, `mengeklaim`)
  'bilang', 'berdalih', 'berkilah', 'beralasan', 'mengeklaim', 'menandaskan', 'memperingatkan',
];

// Reporting verbs as often followed by a noun object (`menjelaskan Project S`,
// `menyampaikan apresiasi`): they count only where a clause visibly follows.
const objectVerbs = [
  'menjelaskan', 'menyampaikan', 'memaparkan', 'membeberkan', 'meminta', 'menceritakan',
  'mencontohkan', 'merinci', 'menjabarkan', 'mengumumkan', 'menulis', 'mencatat', 'mengusulkan',
  'menyarankan', 'menyebut', 'menyebutkan', 'mengungkapkan', 'mengutarakan', 'menguraikan',
  'menginformasikan', 'menuding', 'menuduh', 'mengungkap',
  // `mengunggah foto/video …` (indosum) far more often than an uploaded statement
  'mengunggah',
];

// Words that open a clause: auxiliaries, negation, copulas and modal predicates (KBBI).
const clauseOpeners = [
  'telah', 'sudah', 'akan', 'bakal', 'tidak', 'tak', 'belum', 'bisa', 'dapat', 'harus', 'mesti',
  'wajib', 'masih', 'sedang', 'tengah', 'perlu', 'merupakan', 'adalah', 'ialah', 'menjadi',
  'begitu', 'sangat', 'cukup', 'mampu', 'sempat', 'pernah', 'hanya', 'tetap', 'segera', 'ada',
  'bahwa', 'agar', 'supaya', 'jika', 'kalau', 'apabila', 'saat', 'ketika', 'pihaknya', 'dirinya',
  'sejak', 'selama', 'meski', 'meskipun', 'walaupun', 'karena',
];

// Feeling and attitude words after `mengaku`/`merasa`: not speech (guideline: feeling verbs).
const feelingWords = [
  'bangga', 'puas', 'senang', 'gembira', 'sedih', 'kecewa', 'prihatin', 'bersyukur', 'optimistis',
  'optimis', 'pesimistis', 'pesimis', 'khawatir', 'cemas', 'takut', 'heran', 'kaget', 'terkejut',
  'bahagia', 'lega', 'malu', 'bingung', 'tertarik', 'terharu', 'kesal', 'marah', 'siap',
];

// `menurut` and its `-nya` form; sources that are documents, not speakers (guideline).
const accordingTo = ['menurut'];
const notSpeakerSources = [
  'data', 'laporan', 'survei', 'survey', 'hasil', 'catatan', 'penelitian', 'riset', 'studi',
  'kajian', 'informasi', 'keterangan', 'situs', 'laman', 'website', 'media', 'rencana', 'jadwal',
  'aturan', 'peraturan', 'undang-undang', 'pasal', 'ketentuan', 'perhitungan', 'hitungan',
  'prakiraan', 'perkiraan', 'prediksi', 'analisis', 'statistik', 'catatannya', 'sumber', 'kabar',
  'versi', 'kalender', 'daftar', 'rilis', 'pantauan', 'pengamatan', 'temuan', 'buku', 'kitab',
  'sejarah', 'tradisi', 'hukum', 'undang', 'standar', 'pengalaman', 'teori', 'asumsi', 'logika',
  'kesaksian', 'dokumen', 'surat', 'putusan', 'keputusan', 'ramalan', 'indeks', 'perhitungannya',
];

// Wire services and outlets that Indonesian news cites as its source (indosum: `dilansir Reuters`,
// `seperti dikutip Xinhua`, `kepada Antara`, `AFP melaporkan`, `menurut The Guardian`, `dikutip
// dari Marca`); web names (`AS.com`) are recognised by their shape.
const newsOutlets = [
  'Reuters', 'AFP', 'Agence France-Presse', 'AP', 'Associated Press', 'Xinhua', 'Antara', 'ANTARA',
  'Kyodo', 'Yonhap', 'Bernama', 'Anadolu', 'TASS', 'Sputnik', 'RIA Novosti', 'IRNA', 'KCNA', 'Bloomberg',
  'BBC', 'CNN', 'CNBC', 'Al Jazeera', 'Al Arabiya', 'The Guardian', 'The New York Times', 'New York Times',
  'The Washington Post', 'Washington Post', 'The Wall Street Journal', 'Wall Street Journal', 'The Telegraph',
  'The Independent', 'Daily Mail', 'The Sun', 'The Times', 'Financial Times', 'Nikkei', 'South China Morning Post',
  'The Straits Times', 'Straits Times', 'Marca', 'Mundo Deportivo', 'Gazzetta dello Sport',
  'La Gazzetta dello Sport', 'Corriere dello Sport', 'Tuttosport', "L'Equipe", 'Kicker', 'Bild', 'Sky Sports',
  'Sky Sport Italia', 'ESPN', 'Variety', 'Billboard', 'TMZ', 'E! News', 'NME', 'Rolling Stone',
  'The Hollywood Reporter', 'Ace Showbiz', 'Soompi', 'Allkpop', 'Naver', 'Detik', 'Kompas', 'Tempo',
  'Kumparan', 'kumparan', 'Tribunnews', 'Liputan6', 'Okezone', 'Republika', 'Metro TV', 'TVOne', 'Bisnis Indonesia',
];

// Words that credit an outlet at the end of reported speech (indosum: `seperti dilansir AFP` 211,
// `dikutip dari Marca` 172, `melansir NME` 15, `sebagaimana dikutip Reuters` 18).
const mediaCitations = [
  'seperti dikutip', 'sebagaimana dikutip', 'seperti dilansir', 'sebagaimana dilansir', 'seperti diberitakan',
  'sebagaimana diberitakan', 'seperti dilaporkan', 'sebagaimana dilaporkan', 'dikutip dari', 'dilansir dari',
  'dikutip', 'dilansir', 'melansir', 'mengutip', 'demikian dilaporkan', 'demikian laporan',
];

const complementisers = ['bahwa', 'agar', 'untuk', 'supaya'];

// Personal pronouns for a third-person speaker (KBBI); `dirinya` is the reflexive used so.
const pronouns = ['dia', 'ia', 'beliau', 'dirinya'];

// `Pihaknya menegaskan …`: "his/its side", the body (or person) that spoke before (KBBI `pihak`);
// `Mereka menilai …` (indosum: 31 reports with `mereka` as subject left unread): the group that spoke before.
const groupPronouns = ['pihaknya', 'mereka'];
// Nouns for a person (KBBI) that open a description pointing back (indosum: `Pria yang akrab
// disapa Budi ini menyatakan`, `Wanita yang juga … ini mengatakan`); `pria` is a role head already.
const personNouns = ['pria', 'wanita', 'perempuan', 'lelaki', 'laki-laki', 'sosok', 'pemuda', 'pemudi', 'gadis', 'remaja', 'bocah', 'kakek', 'nenek'];
// The reflexive object (KBBI `diri`): indosum `memastikan diri lolos/juara/turun` (7 clauses read as
// reports) secures a result and says nothing.
const reflexives = ['diri'];
// The plural personal pronoun (KBBI): a group, never one person; also a possessive (`jadwal mereka`).
const pluralPronouns = ['mereka'];

const anaphoricDeterminers = ['ini', 'tersebut', 'itu'];

const subjectVerbFillers = [
  'pun', 'juga', 'tentu', 'kemudian', 'lalu', 'lantas', 'memang', 'sendiri', 'bahkan', 'justru',
  'sebelumnya', 'sempat', 'langsung', 'kembali', 'pula', 'hanya', 'sebelumnya', 'dalam', 'hal',
  'ini', 'secara', 'terpisah', 'tegas', 'saat', 'itu', 'turut', 'lebih', 'lanjut', 'pernah',
  'sudah', 'telah',
  // habitual adverbs (KBBI): `Washington kerap menegaskan bahwa …`; not `selalu` (indosum: `Jangan
  // selalu berharap …`, `Anda selalu mengatakan …` in advice pieces have no speaker)
  'kerap', 'sering',
];

// `Wapres X dalam sambutannya mengatakan`, `MCC dalam situsnya menyatakan`, `X melalui akunnya menulis`.
const settingPrepositions = ['dalam', 'melalui', 'lewat'];

// Topic and addressee prepositions after a reporting verb (KBBI): `berkomentar soal sekuel itu`.
const objectPrepositions = ['soal', 'terkait', 'mengenai', 'tentang', 'kepada', 'perihal', 'seputar'];

// Words that end the speaker's phrase after a cue: prepositions, time words, verbs of the
// circumstances (`kata X kepada wartawan`, `ujar X di Jakarta`, `ucap X usai rapat`).
const speakerPhraseStops = [
  'kepada', 'di', 'dalam', 'saat', 'ketika', 'usai', 'seusai', 'sesudah', 'setelah', 'sebelum',
  'melalui', 'lewat', 'pada', 'sambil', 'seraya', 'sembari', 'kemarin', 'tadi', 'dilaporkan',
  'dikutip', 'seperti', 'sebagaimana', 'dengan', 'via', 'lalu', 'kala', 'selepas', 'kepadanya',
  'menjawab', 'menanggapi', 'ditemui', 'dihubungi', 'saat', 'dari', 'ke', 'soal', 'terkait',
  'mengenai', 'tentang', 'untuk', 'atas', 'menjelang', 'jelang', 'begitu', 'pekan', 'malam',
  'pagi', 'siang', 'sore', 'hari', 'kamis', 'dan', 'yang', 'ketika', 'waktu', 'sejak', 'seperti',
  'sebelumnya', 'kemudian', 'pun', 'juga', 'lagi', 'saja', 'sendiri',
];

// Prepositions and time conjunctions that a missing space glues to the speaker's name after a cue
// (`kata JKsaat ditemui`, `ujar Aniesdi Balai Kota`), seen in indosum; KBBI function words.
const gluedFunctionWords = [
  'saat', 'ketika', 'kepada', 'usai', 'seusai', 'setelah', 'sebelum', 'di', 'ke', 'dalam', 'pada',
  'dengan', 'dari', 'kala', 'sambil', 'seraya', 'melalui', 'lewat', 'yang', 'dan',
];

// Position words that head a role before a name; from Indonesian government and company titles
// as news writes them (Perpres on ministry structures, Polri/TNI posts, indosum house styles).
const roleHeads = [
  'Menteri', 'Menko', 'Wamen', 'Wakil', 'Ketua', 'Kepala', 'Direktur', 'Dirut', 'Sekretaris',
  'Sekjen', 'Staf', 'Juru', 'Jubir', 'Kabag', 'Kabid', 'Kasubag', 'Kasubdit', 'Kadis', 'Kapolri',
  'Kapolda', 'Kapolres', 'Kapolsek', 'Kapolresta', 'Kabid', 'Kasat', 'Kasatreskrim', 'Kadiv',
  'Karo', 'Kapuspen', 'Panglima', 'Pangdam', 'Danrem', 'Dandim', 'Presiden', 'Wapres', 'Gubernur',
  'Wagub', 'Bupati', 'Wabup', 'Walikota', 'Wali', 'Wawali', 'Camat', 'Lurah', 'Kades', 'Anggota',
  'Komisaris', 'Pelatih', 'Manajer', 'Manager', 'Asisten', 'Pengamat', 'Peneliti', 'Ekonom',
  'Analis', 'Guru', 'Dosen', 'Rektor', 'Dekan', 'Dekan', 'Pakar', 'Ahli', 'Tokoh', 'Pendiri',
  'Founder', 'Co-Founder', 'CEO', 'COO', 'CFO', 'CTO', 'CMO', 'VP', 'Vice', 'President', 'Head',
  'Chief', 'Director', 'Deputy', 'Presdir', 'Kuasa', 'Pengacara', 'Advokat', 'Jaksa', 'Hakim', 'Kajati',
  'Kajari', 'Kapten', 'Bintang', 'Pemain', 'Gelandang', 'Penyerang', 'Striker', 'Kiper', 'Bek',
  'Winger', 'Petenis', 'Pebulu', 'Pembalap', 'Atlet', 'Pebalap', 'Ketum', 'Waketum', 'Plt',
  'Plh', 'Pj', 'Kabareskrim', 'Kabagpenum', 'Karopenmas', 'Kadivhumas', 'Dirjen', 'Direktorat',
  'Deputi', 'Inspektur', 'Komisioner', 'Senior', 'General', 'Managing', 'Koordinator', 'Humas',
  'Kasubbag', 'Kabiro', 'Kepala', 'Sekda', 'Sekretaris', 'Dubes', 'Duta', 'Konsul', 'Raja', 'Ratu',
  'Pangeran', 'Perdana', 'PM', 'Kanselir', 'Senator', 'Legislator', 'Politikus', 'Politisi',
  'Kader', 'Caleg', 'Cagub', 'Cawagub', 'Cabup', 'Cawalkot', 'Capres', 'Cawapres', 'Pemimpin',
  'Pimpinan', 'Pengurus', 'Penasihat', 'Penasehat', 'Komandan', 'Kapuspenkum', 'Kasubdit',
  'Pjs', 'Owner', 'Pemilik', 'Warga', 'Siswa', 'Siswi', 'Mahasiswa', 'Petani', 'Nelayan', 'Pedagang',
  'Sopir', 'Pengemudi', 'Korban', 'Saksi', 'Istri', 'Suami', 'Ayah', 'Ibunda', 'Ayahanda', 'Kakak',
  'Adik', 'Putra', 'Putri', 'Pengusaha', 'Kabagops', 'Kasatlantas', 'Kanit', 'Kasie', 'Kasi',
  'Pegawai', 'Karyawan', 'Petugas', 'Pelajar', 'Buruh', 'Relawan', 'Aktivis', 'Pengelola',
  'Pendamping', 'Pengunjung', 'Penumpang', 'Penonton', 'Pembeli', 'Penjual', 'Pemerhati',
  'Praktisi', 'Wartawan', 'Jurnalis', 'Dokter', 'Perawat', 'Bidan', 'Psikolog', 'Sosiolog',
  'Budayawan', 'Sejarawan', 'Seniman', 'Artis', 'Aktor', 'Aktris', 'Penyanyi', 'Musisi',
  'Sutradara', 'Produser', 'Supervisor', 'Kasubbid', 'Kapolrestabes', 'Kabidhumas', 'KSAD',
  'Kasad', 'Danlanud', 'Danramil', 'Babinsa', 'Pangkostrad', 'Ombudsman', 'Auditor', 'Notaris',
  'Wasit', 'wasit', 'Pejabat', 'pejabat',
  // short titles of ministers (Menlu = Menteri Luar Negeri), as news writes them
  'Menlu', 'Mendagri', 'Menkeu', 'Menhan', 'Menpora', 'Mentan', 'Menag', 'Menkes', 'Mensos', 'Menaker',
  'Menakertrans', 'Menperin', 'Mendag', 'Menhub', 'Menkominfo', 'Menpar', 'Menparekraf', 'Menristekdikti',
  'Menristek', 'Mendikbud', 'Menkumham', 'Menkopolhukam', 'Menpan', 'Mensesneg', 'Menseskab', 'Menkop',
  'Meneg', 'Menko', 'Sesmenpora', 'Wamenlu', 'Wamenkeu',
  // lower-case heads of descriptive roles
  'spesialis', 'dokter', 'tokoh', 'staf', 'pengamat', 'peneliti', 'ekonom', 'analis', 'pakar', 'ahli', 'warga', 'siswa',
  'siswi', 'mahasiswa', 'petani', 'nelayan', 'pedagang', 'sopir', 'pengemudi', 'korban', 'saksi',
  'juru', 'kuasa', 'pengacara', 'anggota', 'kader', 'pelatih', 'pemain', 'bintang', 'mantan',
  'bekas', 'eks', 'politikus', 'politisi', 'pengusaha', 'pendiri', 'pemilik', 'ketua', 'kepala',
  'wakil', 'direktur', 'menteri', 'presiden', 'gubernur', 'bupati', 'wali', 'kapten', 'pria',
];

// Position words that are also frequent Indonesian surnames and second names (Lukman Hakim,
// Irene Putri, Eko Putra): after a name word they end the name.
const surnameRoles = ['Hakim', 'Putri', 'Putra'];

// Roles of a body's spokesperson as news writes them (KBBI `juru bicara`; `jubir`, `humas` in
// indosum): `Juru bicara Kementerian X mengatakan` without a name is the ministry speaking.
const spokespersonRoles = ['juru bicara', 'jubir', 'humas', 'kepala humas', 'kabag humas', 'kabid humas', 'kabidhumas', 'kadiv humas', 'kadivhumas'];

// Roles held for another person, whose name follows (`kuasa hukum Setnov`, `istri Ahok`): a
// lawyer, an aide, kin (KBBI; kin terms as news uses them).
const relationalRoles = [
  'kuasa', 'pengacara', 'penasihat', 'penasehat', 'advokat', 'ajudan', 'istri', 'suami', 'ayah', 'ibu', 'ibunda',
  'ayahanda', 'anak', 'putra', 'putri', 'kakak', 'adik', 'keluarga', 'kerabat', 'sahabat', 'rekan', 'teman',
];

// Position words for a kind of people rather than one post (KBBI): `Pejabat AS mengatakan`,
// `Saksi mata menuturkan` describe the source without naming anyone.
const groupRoles = [
  'pejabat', 'petugas', 'warga', 'saksi', 'aparat', 'pegawai', 'karyawan', 'relawan', 'diplomat', 'pengelola',
  'penyidik', 'penduduk', 'pengunjung', 'penumpang', 'ahli', 'pakar', 'aktivis', 'anggota', 'sumber', 'jaksa',
  // indosum: `Hakim menyatakan …`, `Korban mengaku …`, `Peneliti menyarankan …` open sentences
  // with no one of that kind named before (the person named last is the defendant, the culprit)
  'hakim', 'penjual', 'pembeli', 'korban', 'peneliti', 'pengamat', 'dokter',
];

// Nouns for a source the article does not name (KBBI `sumber` 'informant', `saksi mata`); indosum:
// `Seorang sumber mengatakan`, `Sumber pemerintah AS mengatakan`, `Sumber itu juga menyebut`,
// `Saksi mata mengatakan` (guideline: speaker null where the article does not say who).
const unnamedSources = ['sumber', 'saksi mata'];
// Nouns for a body of people acting together (KBBI `majelis`, `tim`): `Majelis hakim menilai`,
// `Tim kuasa hukum menyatakan`, `Tim dokter mengatakan` (indosum: 13 such subjects); the group
// is the speaker (guideline: an organisation or group uses that name).
const collectiveNouns = ['majelis', 'tim'];
// The informant noun (KBBI `sumber`): a name after it is whom the source is close to (indosum:
// `sumber terdekat Beyonce`, `Sumber yang dekat dengan T.O.P`, `sumber ET`), not the source.
const informantSources = ['sumber'];
// Indefinite determiners (KBBI; Sneddon, Indonesian Reference Grammar 2.7 on `se-` and quantifiers):
// `Seorang pejabat`, `Sejumlah pejabat setempat`, `Salah satu sumber` name no one.
const indefiniteDeterminers = ['seorang', 'salah seorang', 'salah satu', 'sejumlah', 'beberapa'];
// Clauses withholding a source's name after `yang`, as indosum writes them (`enggan disebut
// namanya` 3, `enggan disebutkan namanya` 2, `tak mau disebut namanya` 2, `enggan disebutkan
// identitasnya`, `tidak ingin disebutkan namanya`, `tak ingin disebut namanya`); the wish words
// and passive verbs combined as KBBI gives them.
const anonymityPhrases = ['enggan', 'tak mau', 'tidak mau', 'tak ingin', 'tidak ingin', 'minta', 'meminta'].flatMap((wish) =>
  ['disebut', 'disebutkan', 'ditulis', 'dituliskan'].flatMap((verb) => ['namanya', 'identitasnya'].map((what) => `${wish} ${verb} ${what}`)),
);

// Days (KBBI) and times of day that news writes between a subject and its verb without commas
// (indosum: `X pada Selasa (4/4) menyatakan`, `X hari ini mengatakan`, `X kemarin menjelaskan`).
const speechTimes = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'kemarin', 'pagi', 'siang', 'sore', 'malam', 'tadi', 'hari ini'];
const speechTimePrepositions = ['pada'];

// `pelatih asal Brasil`, `petinju kelahiran Bandung` (KBBI `asal`, `kelahiran`): origin, a place follows.
const originMarkers = ['asal', 'kelahiran'];

// Capitalised words of role and institution phrases (ministry portfolios, bodies, ranks of
// posts); a name never contains them. From the names of Indonesian ministries and agencies.
const roleWords = [
  'Utama', 'Umum', 'Eksekutif', 'Jenderal', 'Bidang', 'Koordinator', 'Khusus', 'Ahli', 'Muda',
  'Madya', 'Pertama', 'Senior', 'Junior', 'Pelaksana', 'Tugas', 'Harian', 'Nasional', 'Daerah',
  'Provinsi', 'Kabupaten', 'Kota', 'Pusat', 'Wilayah', 'Regional', 'Cabang', 'Dinas', 'Badan',
  'Kementerian', 'Komisi', 'Dewan', 'Majelis', 'Lembaga', 'Direktorat', 'Biro', 'Bagian', 'Divisi',
  'Seksi', 'Unit', 'Satuan', 'Kantor', 'Balai', 'Pusat', 'Perwakilan', 'Pertanian', 'Pendidikan',
  'Kebudayaan', 'Keuangan', 'Kesehatan', 'Perhubungan', 'Perdagangan', 'Perindustrian', 'Koperasi',
  'Dalam', 'Luar', 'Negeri', 'Pertahanan', 'Agama', 'Sosial', 'Hukum', 'Kemaritiman', 'Maritim',
  'Perumahan', 'Rakyat', 'Publik', 'Komunikasi', 'Informatika', 'Informasi', 'Energi', 'Sumber',
  'Daya', 'Mineral', 'Pekerjaan', 'Lingkungan', 'Hidup', 'Kehutanan', 'Kelautan', 'Perikanan',
  'Pariwisata', 'Ekonomi', 'Kreatif', 'Pemuda', 'Olahraga', 'Pemberdayaan', 'Perempuan',
  'Perlindungan', 'Anak', 'Investasi', 'Perencanaan', 'Pembangunan', 'Ketenagakerjaan', 'Tenaga',
  'Kerja', 'Desa', 'Transmigrasi', 'Tertinggal', 'Aparatur', 'Negara', 'Reformasi', 'Birokrasi',
  'Sekretariat', 'Kabinet', 'Politik', 'Keamanan', 'Perekonomian', 'Pembangunan', 'Manusia',
  'Hak', 'Asasi', 'Penerangan', 'Hubungan', 'Masyarakat', 'Humas', 'Operasional', 'Pemasaran',
  'Penjualan', 'Produk', 'Teknologi', 'Riset', 'Sains', 'Penelitian', 'Pengembangan', 'Strategi',
  'Strategis', 'Bisnis', 'Korporat', 'Perusahaan', 'Kebijakan', 'Fiskal', 'Moneter', 'Anggaran',
  'Pajak', 'Bea', 'Cukai', 'Statistik', 'Pengawasan', 'Pengawas', 'Pemilu', 'Pemilihan',
  'Kepolisian', 'Reserse', 'Kriminal', 'Lalu', 'Lintas', 'Narkoba', 'Intelijen', 'Operasi',
  'Marketing', 'Communications', 'Communication', 'Relations', 'Public', 'Affairs', 'Officer',
  'Executive', 'Operating', 'Financial', 'Technology', 'Product', 'Business', 'Development',
  'Country', 'Regional', 'Global', 'Corporate', 'Partnership', 'Partnerships', 'Sales', 'Head',
  'Manager', 'Director', 'Chief', 'Vice', 'President', 'Senior', 'General', 'Managing', 'Founder',
  'Partai', 'Fraksi', 'Pengurus', 'Persatuan', 'Asosiasi', 'Himpunan', 'Ikatan', 'Forum',
  'Yayasan', 'Universitas', 'Institut', 'Sekolah', 'Fakultas', 'Program', 'Studi', 'Tinggi',
  'Polisi', 'Pol', 'Besar', 'Kecil', 'Menengah', 'Mikro', 'Usaha', 'Industri', 'Pangan',
  'Pelayanan', 'Layanan', 'Penanggulangan', 'Bencana', 'Keselamatan', 'Penerbangan', 'Udara',
  'Laut', 'Darat', 'Angkatan', 'Pertambangan', 'Perkebunan', 'Peternakan', 'Pemerintahan',
  'Kesejahteraan', 'Sekretaris', 'Wakil', 'Ketua', 'Kepala', 'Menteri', 'Staf', 'Direktur',
  'Utara', 'Selatan', 'Barat', 'Timur', 'Tenggara', 'Barat Daya', 'Raya',
  'Tbk', 'Tbk.', 'Persero', 'Inc', 'Inc.', 'Ltd', 'Corp', 'Group', 'Grup',
  'Kepresidenan', 'Istana', 'Bicara', 'Suku', 'Kerja', 'Teknis', 'Administrasi', 'Keanggotaan', 'Organisasi', 'Kaderisasi',
  'Hubungan', 'Antar', 'Lembaga', 'Bendahara', 'Eksternal', 'Internal', 'Operations', 'Digital',
  'Kedutaan',
  // short portfolio names of coordinating ministers as news writes them after `Menko`
  // (indosum: `Menko Polhukam` 10 times; Perpres on the coordinating ministries)
  'Polhukam', 'Polkam', 'Kesra', 'PMK', 'Marves',
];

const roleConnectors = [
  'dan', 'bidang', 'urusan', 'of', 'for', 'and', 'the', 'muda', 'khusus', 'ahli', 'senior',
  'utama', 'umum', 'pemenangan', 'pemilu', 'hubungan', 'luar', 'dalam', 'negeri', 'sekaligus',
  'serta', 'asal', 'bagian', 'sementara', 'terpilih', 'nonaktif', 'definitif', 'petahana',
];

// Prepositions inside a position's name before the holder's name (indosum: `Duta Besar Indonesia
// untuk Arab Saudi X`, `Kepala Perwakilan Bank Dunia di Indonesia X`; KBBI prepositions).
const rolePrepositions = ['di', 'untuk'];

// Heads of organisation names, from the forms news uses (`PT`, `Kementerian`, `Badan`).
const organisationHeads = [
  'PT', 'PT.', 'CV', 'Perum', 'Perumda', 'Kementerian', 'Kemenko', 'Badan', 'Komisi', 'Dewan',
  'Majelis', 'Lembaga', 'Dinas', 'Direktorat', 'Pemerintah', 'Pemprov', 'Pemkab', 'Pemkot',
  'Partai', 'Bank', 'Universitas', 'Institut', 'Yayasan', 'Asosiasi', 'Persatuan', 'Himpunan',
  'Ikatan', 'Perhimpunan', 'Gabungan', 'Kantor', 'Mahkamah', 'Pengadilan', 'Kejaksaan',
  'Kepolisian', 'Polda', 'Polres', 'Polresta', 'Polsek', 'Kodam', 'Korem', 'Kodim', 'Bursa',
  'Otoritas', 'Pusat', 'Balai', 'Serikat', 'Forum', 'Koalisi', 'Aliansi', 'Fraksi',
  // derived nouns that head bodies (KBBI), so never read as a common noun before a name
  'Perserikatan', 'Kesatuan', 'Perkumpulan', 'Persekutuan', 'Kesultanan', 'Keuskupan',
];

// Generic bodies named by `pihak X` or alone as the subject of a reporting verb; `para X`
// (`para Penggugat`, `para ahli`) names a group that speaks together (KBBI: `para` marks a group).
const organisationPrefixes = ['pihak', 'pemerintah', 'polisi', 'kepolisian', 'aparat', 'panitia', 'manajemen', 'para'];
const groupPrefixes = ['para'];
// `Hal itu disampaikan Menteri X di Jakarta.` (indosum: `Hal itu/ini/tersebut di-…kan` 134 times):
// the demonstrative subject points back to the sentence before.
const anaphoricSubjects = [
  'hal itu', 'hal ini', 'hal tersebut', 'pernyataan itu', 'pernyataan ini', 'pernyataan tersebut',
  'keterangan itu', 'keterangan tersebut', 'penjelasan itu', 'penjelasan tersebut', 'itu', 'ini',
];

// Adverbial phrases that open a sentence before its subject, written without a comma in indosum
// (`Lebih lanjut Erick mengatakan` 26 times, `Meski demikian Messi …`, `Dalam kesempatan itu X …`);
// KBBI conjunctive adverbs. One-word openers (`Sementara`, `Namun`) are in notNames.
const sentenceAdverbs = [
  'lebih lanjut', 'lebih jauh', 'selain itu', 'di samping itu', 'sementara itu', 'meski demikian', 'meskipun demikian',
  'walau demikian', 'walaupun demikian', 'namun demikian', 'oleh karena itu', 'oleh sebab itu', 'karena itu', 'untuk itu',
  'dengan demikian', 'di sisi lain', 'di lain pihak', 'dalam kesempatan itu', 'dalam kesempatan tersebut',
  'dalam kesempatan yang sama', 'pada kesempatan itu', 'pada kesempatan tersebut', 'pada kesempatan yang sama',
  'dalam kesempatan ini', 'pada kesempatan ini', 'secara terpisah', 'di tempat terpisah', 'di tempat yang sama', 'selanjutnya',
  'sebelumnya', 'kemudian', 'akhirnya', 'sejauh ini', 'saat itu', 'ketika itu', 'kala itu', 'pada saat itu', 'sedangkan',
];

// The relative pronoun (KBBI): `…, menurut polisi, yang menggeledah …` describes the source.
const relativisers = ['yang'];

const ministryOf: QuoteLexicon['ministryOf'] = [
  ['Menteri', 'Kementerian'],
  ['Menko', 'Kementerian Koordinator'],
];

// Lower-case particles inside personal names: Arabic patronymics and articles common in
// Indonesia (`bin`, `binti`, `al`), Dutch/German (`van`, `der`, `von`), Romance (`de`, `del`,
// `della`, `da`, `dos`) names in sports and world news (indosum; name particle conventions as
// listed in the Chicago Manual of Style 8.5 ff.). `di`, `la`, `e`, `y` are left out: they are
// also Indonesian words or too short to trust.
const nameParticles = [
  'bin', 'binti', 'bint', 'ibn', 'van', 'der', 'den', 'ter', 'ten', 'von', 'zu', 'de', 'del', 'della',
  'dela', 'des', 'du', 'al', 'el', 'da', 'das', 'dos',
];

const nicknameMarkers = ['alias', 'akrab disapa', 'biasa disapa', 'yang akrab disapa', 'disapa'];

// Capitalised at the start of a sentence but never a name (connectives, cue words, pronouns).
const notNames = [
  'Sementara', 'Namun', 'Tetapi', 'Tapi', 'Menurut', 'Menurutnya', 'Dia', 'Ia', 'Beliau',
  'Dirinya', 'Kata', 'Katanya', 'Masih', 'Selain', 'Hal', 'Dalam', 'Dan', 'Di', 'Ke', 'Dari',
  'Saat', 'Ketika', 'Usai', 'Setelah', 'Sebelum', 'Kemudian', 'Lalu', 'Bahkan', 'Meski',
  'Meskipun', 'Walau', 'Walaupun', 'Jadi', 'Karena', 'Sebab', 'Oleh', 'Untuk', 'Agar', 'Jika',
  'Kalau', 'Apabila', 'Adapun', 'Sedangkan', 'Sedang', 'Pada', 'Sejak', 'Hingga', 'Sampai',
  'Kini', 'Saat', 'Terkait', 'Soal', 'Mengenai', 'Tentang', 'Bagi', 'Dengan', 'Tanpa', 'Yang',
  'Siapa', 'Apa', 'Mengapa', 'Kenapa', 'Bagaimana',
  'Kepada', 'Bagi', 'Buat', 'Oleh', 'Antara', 'Itu', 'Ini', 'Tersebut', 'Mereka', 'Kami', 'Kita', 'Saya', 'Aku', 'Anda', 'Kamu', 'Pihaknya',
  'Informasi', 'Sementara itu', 'Selanjutnya', 'Lebih', 'Sekadar', 'Seperti', 'Sebagai', 'Secara',
  'Baca', 'Simak', 'Lihat', 'Berdasarkan', 'Melalui', 'Lewat', 'Atas', 'Demikian', 'Begitu',
  'Setiap', 'Semua', 'Para', 'Seorang', 'Sebanyak', 'Sekitar', 'Tak', 'Tidak', 'Belum', 'Sudah',
  'Telah', 'Akan', 'Juga', 'Pun', 'Apalagi', 'Padahal', 'Senada', 'Terpisah', 'Dihubungi',
  'Ditemui', 'Dikonfirmasi', 'Dilansir', 'Dikutip', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu',
  'Minggu', 'Senin', 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
  'September', 'Oktober', 'November', 'Desember', 'WIB', 'WITA', 'WIT',
];

// Nouns that put a quoted phrase in apposition as a name or term (`program "Makan Bergizi
// Gratis"`, `istilah "wajah baru"`, `bertajuk "…"`), collected from indosum.
const termNouns = [
  'program', 'istilah', 'bertajuk', 'berjudul', 'bernama', 'julukan', 'dijuluki', 'disebut',
  'tagar', 'slogan', 'tema', 'bertema', 'judul', 'buku', 'film', 'lagu', 'album', 'gerakan',
  'kampanye', 'aplikasi', 'fitur', 'kata', 'frasa', 'sebutan', 'label', 'status', 'kategori',
  'operasi', 'proyek', 'acara', 'kegiatan', 'festival', 'lomba', 'layanan', 'produk', 'merek',
  'kelompok', 'komunitas', 'akun', 'sinetron', 'novel', 'rubrik', 'kolom', 'motto', 'moto',
  'semboyan', 'jargon', 'predikat', 'gelar', 'nama', 'kode', 'sandi', 'alias', 'dengan',
];

// Spelling variants of titles seen in indosum that the shared list does not carry.
const extraTitles = ['Uztad', 'Ustad', 'Ust.', 'Ustazd'];

export const quotes: QuoteLexicon = {
  marks,
  postCues,
  plainCues,
  // di- passives of the reporting verbs, as indosum writes them before the source (38 articles).
  passiveCues: ['dikatakan', 'dijelaskan', 'ditambahkan', 'ditegaskan', 'diungkapkan', 'disampaikan', 'dituturkan', 'diterangkan', 'dipaparkan', 'diklaim', 'diakui', 'disebutkan'],
  agentMarker: 'oleh',
  speakerSuffix: 'nya',
  // Derived nouns (morphology.ts): `Pernyataan Wiranto`, `Kedatangan X` open sentences in indosum
  // and are not names.
  nounCircumfixes,
  // Verbal prefixes of Indonesian morphology (Sneddon, Indonesian Reference Grammar 3.2):
  // `meN-` and `ber-` make active verbs, `di-` passives and `ter-` statives.
  verbPrefixes: { active: ['me', 'ber'], passive: ['di', 'ter'] },
  passiveLookalikes: [
    'tersebut', 'terhadap', 'terkait', 'termasuk', 'terutama', 'terakhir', 'tertentu', 'terbaru', 'terbesar', 'tertinggi',
    'terendah', 'terbanyak', 'terdekat', 'terbaik', 'terlalu', 'terlebih', 'dirinya', 'dimana', 'disini', 'disana', 'diantara', 'diri',
  ],
  // Nouns, pronouns and prepositions of the meN-/ber- shape (KBBI), read as verbs otherwise.
  activeLookalikes: [
    'menteri', 'mereka', 'melalui', 'menurut', 'menjelang', 'mengenai', 'menuju', 'memang', 'meskipun', 'menara', 'merdeka',
    'mentah', 'mertua', 'menantu', 'metode', 'melati', 'mesjid', 'memori', 'berbagai', 'bersama', 'berita', 'berikut',
    'berikutnya', 'berupa', 'beragam', 'berkat', 'beserta', 'bersamaan', 'berlian', 'bersih', 'berkas', 'berapa',
    // meN- adjectives (KBBI): `kejadian menyeramkan`, `tribute menyentuh`
    'menyentuh', 'menyeramkan', 'menarik', 'mengesankan', 'menakjubkan', 'membanggakan', 'mengejutkan', 'menjanjikan',
    'menggembirakan', 'menyedihkan', 'mengerikan', 'menegangkan', 'menyenangkan', 'memuaskan', 'mengecewakan',
    'membingungkan', 'menantang', 'mematikan', 'memalukan', 'menguntungkan', 'merugikan', 'membahayakan', 'menular',
  ],
  // ber- + noun verbs that describe the noun before them (KBBI), seen after announced products and
  // rules in indosum (`fitur bernama`, `layanan berbasis`, `surat bertanggal`).
  attributiveVerbs: [
    'bernama', 'berbasis', 'berjudul', 'bertajuk', 'berisi', 'berukuran', 'berkapasitas', 'bernilai', 'bertema',
    'berbahan', 'berlabel', 'berwarna', 'bermerek', 'berlogo', 'bermuatan', 'berteknologi', 'berkualitas', 'bertanggal',
    'bernomor', 'berformat', 'berdurasi', 'berdaya', 'berharga', 'berjenis', 'bertipe', 'bermotif',
  ],
  purposeMarkers: ['guna', 'demi', 'buat'],
  cueLeaders: ['demikian', 'begitu', 'masih'],
  // Conjunctions and demonstratives that close the phrase before a subject (Sneddon,
  // Indonesian Reference Grammar, ch. 9 on coordination and subordination).
  // `maka` opens the main clause after a subordinate one (`Mengingat …, maka X berharap …`).
  clauseConnectives: ['dan', 'namun', 'tetapi', 'tapi', 'sementara', 'sedangkan', 'kemudian', 'lalu', 'bahwa', 'itu', 'ini', 'maka'],
  // Coordinating conjunctions (Sneddon, ch. 9) that join a second reporting verb in one sentence;
  // indosum: `…, namun ia memastikan …`, `… dan menambahkan …`, `… bahkan dirinya menilai …`.
  reportCoordinators: ['dan', 'serta', 'namun', 'tetapi', 'tapi', 'bahkan', 'sekaligus'],
  // Indonesian company forms (UU 40/2007 Perseroan Terbatas, UU 19/2003 BUMN, BUMD perseroda).
  legalForms: ['Persero', 'Tbk', 'Tbk.', 'Perseroda'],
  // `untuk` opens a purpose phrase before a derived noun (`mengusulkan tambahan dana untuk
  // pelaksanaan`), a request's clause otherwise (`mengusulkan Presiden untuk mengeluarkan`).
  purposeComplementisers: ['untuk'],
  pronounConnectives: ['dan', 'namun', 'tetapi', 'tapi', 'bahwa', 'kemudian', 'lalu', 'sehingga', 'karena', 'pun'],
  subjectConnectives: ['dan', 'namun', 'tetapi', 'sementara', 'sedangkan', 'bahwa', 'itu', 'oleh', 'menurut'],
  clauseVerbs,
  objectVerbs,
  requestVerbs: ['meminta', 'mengimbau', 'menghimbau', 'mendesak', 'menyarankan', 'mengusulkan', 'mengingatkan', 'menginstruksikan', 'memerintahkan'],
  clauseOpeners,
  feelingWords,
  // `-nya` nominalisations that open a noun phrase, not a clause (`menyarankan adanya pertemuan`).
  nominalisers: ['adanya', 'keberadaan', 'kehadiran', 'pentingnya', 'perlunya', 'terjadinya', 'munculnya'],
  accordingTo,
  notSpeakerSources,
  newsOutlets,
  mediaCitations,
  complementisers,
  pronouns,
  groupPronouns,
  pluralPronouns,
  personNouns,
  reflexives,
  anaphoricDeterminers,
  subjectVerbFillers,
  settingPrepositions,
  objectPrepositions,
  speakerPhraseStops,
  gluedFunctionWords,
  roleHeads,
  surnameRoles,
  spokespersonRoles,
  relationalRoles,
  groupRoles,
  unnamedSources,
  collectiveNouns,
  informantSources,
  indefiniteDeterminers,
  anonymityPhrases,
  speechTimes,
  speechTimePrepositions,
  originMarkers,
  roleWords,
  roleConnectors,
  rolePrepositions,
  organisationHeads,
  organisationPrefixes,
  groupPrefixes,
  relativisers,
  anaphoricSubjects,
  sentenceAdverbs,
  // `di Poso`, `ke Bandung`: prepositions of place (KBBI); `dari` also precedes people, so not here.
  placeTriggers: ['di', 'ke', 'Kabupaten', 'Kota', 'Provinsi', 'Kecamatan', 'Desa', 'Kelurahan', 'Pulau', 'Danau', 'Gunung', 'Jalan', 'Jl.'],
  ministryOf,
  personTitles: [...personTitles, ...extraTitles],
  nameParticles,
  nicknameMarkers,
  notNames,
  termNouns,
};
