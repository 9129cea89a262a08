// Indonesian figures: number grammar, currencies, units and context words. Sources: KBBI and
// Tata Bahasa Baku Bahasa Indonesia (numeralia), PUEBI (decimal comma, thousands dot), and the
// house styles of the indosum news corpus (Kompas, CNN Indonesia, kumparan, Antara, Suara, ...).
import type { FigureLexicon } from '../figure-lexicon.js';

export const figures: FigureLexicon = {
  // PUEBI: `1.200,5`; tech outlets also write `2.5 GHz`, accepted only before a unit.
  digits: { decimal: ',', group: '.', foreignDecimalBeforeUnit: true },
  homeCurrency: 'IDR',

  // Numeralia pokok (Tata Bahasa Baku); `se-` forms are under contractions.
  numberWords: {
    nol: 0, kosong: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7,
    delapan: 8, sembilan: 9,
  },
  groupMultipliers: { puluh: 10, ratus: 100 },
  teenWords: ['belas'],
  scaleWords: { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, milliar: 1e9, triliun: 1e12, trilyun: 1e12 },
  // Headline and finance style: `Rp 5 jt`, `Rp 10 rb`, `Rp 250 M`, `Rp1,2 T`.
  currencyScaleAbbreviations: { rb: 1e3, ribu: 1e3, jt: 1e6, M: 1e9, T: 1e12 },
  approximateScaleWords: { ribuan: 1e3, jutaan: 1e6, miliaran: 1e9, triliunan: 1e12 },
  contractions: {
    sepuluh: ['satu', 'puluh'], sebelas: ['satu', 'belas'], seratus: ['satu', 'ratus'],
    seribu: ['satu', 'ribu'], sejuta: ['satu', 'juta'], semiliar: ['satu', 'miliar'],
    setriliun: ['satu', 'triliun'],
  },
  fractionWords: { setengah: 0.5, separuh: 0.5, seperempat: 0.25, sepertiga: 1 / 3, tigaperempat: 0.75 },
  decimalWords: ['koma'],

  // Bank Indonesia and newsroom spellings; `$` alone is read as the US dollar.
  currencyBefore: {
    Rp: 'IDR', 'Rp.': 'IDR', IDR: 'IDR', 'US$': 'USD', USD: 'USD', $: 'USD', 'S$': 'SGD', SGD: 'SGD',
    'Sin$': 'SGD', 'A$': 'AUD', AUD: 'AUD', 'HK$': 'HKD', RM: 'MYR', MYR: 'MYR', '€': 'EUR', EUR: 'EUR', '£': 'GBP',
    GBP: 'GBP', '¥': 'JPY', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', SAR: 'SAR', KRW: 'KRW', THB: 'THB',
  },
  currencyAfter: {
    rupiah: 'IDR', 'dolar AS': 'USD', 'dollar AS': 'USD', 'dolar Amerika': 'USD',
    'dollar Amerika': 'USD', 'dolar Amerika Serikat': 'USD', 'dollar Amerika Serikat': 'USD',
    'dolar US': 'USD', dolar: 'USD', dollar: 'USD', 'dolar Singapura': 'SGD', 'dollar Singapura': 'SGD',
    'dolar Australia': 'AUD', 'dolar Hong Kong': 'HKD', 'dolar Kanada': 'CAD', 'dolar Taiwan': 'TWD',
    'dolar Selandia Baru': 'NZD', euro: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', ringgit: 'MYR',
    poundsterling: 'GBP', 'pound sterling': 'GBP', pound: 'GBP', pounds: 'GBP', won: 'KRW', baht: 'THB',
    peso: 'PHP', rupee: 'INR', rupe: 'INR', riyal: 'SAR', real: 'SAR', dirham: 'AED', dinar: 'KWD',
    franc: 'CHF', 'franc Swiss': 'CHF', rubel: 'RUB', lira: 'TRY', dong: 'VND', kyat: 'MMK',
  },
  percentWords: ['persen', '%', 'prosen', 'persennya', 'pct'],
  percentPointWords: ['persen poin', 'poin persentase', 'percentage point'],
  percentUnit: '%',
  percentPointUnit: 'pp',
  // SI units and the trade units of the corpus (barel, hektare, ekor is a counted noun).
  units: [
    'km', 'kilometer', 'm', 'meter', 'cm', 'sentimeter', 'centimeter', 'mm', 'milimeter', 'mil',
    'km2', 'km persegi', 'kilometer persegi', 'meter persegi', 'm2', 'meter kubik', 'm3', 'kubik',
    'hektare', 'hektar', 'ha', 'ton', 'kuintal', 'kg', 'kilogram', 'kilo', 'gram', 'gr', 'g',
    'mg', 'miligram', 'ons', 'liter', 'ml', 'mililiter', 'kiloliter', 'kl', 'barel', 'barrel',
    'bph', 'barel per hari', 'mmscfd', 'bcf', 'tcf', 'mw', 'megawatt', 'kw', 'kilowatt', 'kwh',
    'gw', 'gigawatt', 'watt', 'volt', 'kv', 'mah', 'gb', 'tb', 'mb', 'kb', 'gbps', 'mbps', 'ghz',
    'mhz', 'khz', 'hz', 'db', 'ppi', 'inci', 'inchi', 'inch', 'kaki', 'knot', 'derajat', 'derajat celsius', '°C', 'celsius',
    'sr', 'skala richter', 'px', 'magnitudo', 'mdpl', 'cc', 'dpi', 'fps', 'mp', 'megapiksel',
    'megapixel', 'piksel', 'pixel', 'nm', 'ton per hari', 'teu', 'dwt', 'gt', 'kkal', 'kalori',
    'mikron', 'ppm', 'basis poin', 'bps', 'tonase', 'km/jam', 'kpj',
    // a multiple (`naik dua kali lipat`): a quantity whose unit is the multiplier word
    'kali lipat', 'x lipat',
  ],
  attachedUnits: ['km', 'kg', 'm', 'cm', 'mm', 'ha', 'mg', 'ml', 'MW', 'GB', 'TB', 'MB', 'mAh', 'GHz', 'MP', 'nm', 'cc', 'kWh'],
  rateWords: ['per', '/'],

  rangeJoiners: ['-', '–', '—', 'hingga', 'sampai', 'sampai dengan', 's.d.', 's.d', 's/d', 'sd'],
  openedRangeJoiners: ['dan'],
  rangeOpeners: ['antara'],
  approximateBefore: ['sekitar', 'sekira', 'kira-kira', 'kurang lebih', 'lebih kurang', 'kisaran', 'ditaksir', '±'],
  lowerBoundBefore: [
    'lebih dari', 'lebih', 'di atas', 'minimal', 'sedikitnya', 'setidaknya', 'sekurangnya',
    'sekurang-kurangnya', 'paling sedikit', 'paling tidak', 'tak kurang dari', 'tidak kurang dari',
    'tak kurang', 'minimum',
  ],
  upperBoundBefore: [
    'kurang dari', 'di bawah', 'maksimal', 'maksimum', 'paling banyak', 'sebanyak-banyaknya',
    'hampir', 'nyaris', 'tak lebih dari', 'tidak lebih dari', 'tidak sampai', 'tak sampai',
    'mendekati', 'selambatnya',
  ],
  lowerBoundAfter: ['lebih'],

  // A small list on purpose; labels are the contract's qualifier values.
  qualifiers: {
    target: 'target', targetnya: 'target', menargetkan: 'target', ditargetkan: 'target',
    sasaran: 'target', mematok: 'target', dipatok: 'target',
    realisasi: 'reached', realisasinya: 'reached', terealisasi: 'reached', sudah: 'reached',
    telah: 'reached', mencapai: 'reached', tercapai: 'reached', menembus: 'reached',
    anggaran: 'budget', anggarannya: 'budget', dianggarkan: 'budget', menganggarkan: 'budget',
    pagu: 'budget', alokasi: 'budget', dialokasikan: 'budget', mengalokasikan: 'budget',
    naik: 'increase', meningkat: 'increase', kenaikan: 'increase', peningkatan: 'increase',
    bertambah: 'increase', tumbuh: 'increase', pertumbuhan: 'increase', melonjak: 'increase',
    turun: 'decrease', menurun: 'decrease', penurunan: 'decrease', berkurang: 'decrease',
    merosot: 'decrease', anjlok: 'decrease', susut: 'decrease', melemah: 'decrease',
    diperkirakan: 'estimate', perkiraan: 'estimate', proyeksi: 'estimate', diproyeksikan: 'estimate',
    diprediksi: 'estimate', estimasi: 'estimate',
  },
  qualifierWindow: 6,

  // Function words, adverbs, adjectives and short verbs that follow numbers in the corpus.
  notCountedNouns: [
    'dan', 'atau', 'di', 'ke', 'dari', 'yang', 'pada', 'untuk', 'dengan', 'dalam', 'oleh', 'bagi',
    'tentang', 'terhadap', 'hingga', 'sampai', 'sejak', 'selama', 'sebelum', 'setelah', 'sesudah',
    'saat', 'ketika', 'karena', 'sehingga', 'namun', 'tetapi', 'tapi', 'serta', 'maupun', 'bahkan',
    'itu', 'ini', 'tersebut', 'tadi', 'saja', 'pun', 'juga', 'lagi', 'lebih', 'kurang', 'hanya',
    'sudah', 'telah', 'akan', 'masih', 'belum', 'sedang', 'pernah', 'bisa', 'dapat', 'harus',
    'ada', 'adalah', 'ialah', 'yaitu', 'yakni', 'merupakan', 'jadi', 'menjadi', 'sebagai', 'seperti',
    'per', 'lipat', 'x', 'sangat', 'amat', 'cukup', 'terlalu', 'paling', 'persis', 'tepat', 'agak',
    'begitu', 'makin', 'semakin', 'kian', 'secara', 'sebagian', 'sendiri', 'sepanjang', 'itulah',
    'inilah', 'itupun', 'inipun', 'saja', 'doang', 'persisnya', 'tepatnya', 'kurang', 'lebihnya',
    'besar', 'kecil', 'baru', 'lama', 'terakhir', 'pertama', 'utama',
    'teratas', 'terbawah', 'terbaik', 'lalu', 'silam', 'mendatang', 'depan', 'kemudian', 'berikutnya',
    'sebelumnya', 'sekaligus', 'sekitar', 'sebesar', 'sebanyak', 'senilai', 'setara', 'naik', 'turun',
    'tewas', 'meninggal', 'hilang', 'mati', 'lulus', 'kalah', 'menang', 'imbang', 'lolos', 'gagal',
    'tak', 'tidak', 'bukan', 'nya', 'pula', 'kok', 'sih', 'lah', 'kah', 'dong', 'toh', 'pertanyaan',
    'sama', 'lain', 'lainnya', 'berturut-turut', 'sekali', 'tahunan', 'bulanan', 'harian', 'banding',
    'ribuan', 'jutaan', 'puluhan', 'ratusan', 'vs', 'versus', 'melawan', 'plus', 'minus', 'saat',
    'tentu', 'bila', 'jika', 'kalau', 'agar', 'supaya', 'sementara', 'sedangkan', 'padahal', 'walau',
    'meski', 'meskipun', 'via', 'sana', 'sini', 'situ', 'semua', 'seluruh', 'para', 'kami', 'kita',
    'mereka', 'dia', 'ia', 'saya', 'aku', 'anda', 'kamu', 'beliau', 'hal', 'a', 'the', 'of',
    'kg', 'angka', 'nilai', 'tahap', 'babak', 'besaran', 'lusin', 'kodi', 'versi', 'jua', 'edisi', 'mulai',
    // sentence openers before a count (`Adapun 12 bank`)
    // parts of the day (`pukul delapan pagi`)
    'pagi', 'siang', 'sore', 'petang',
    'adapun', 'kini', 'terdapat', 'tercatat', 'totalnya', 'sekarang', 'kemudian', 'lalu', 'selain',
    'kemarin', 'semalam', 'akhirnya', 'ternyata', 'rupanya', 'bahwa', 'sedikitnya',
  ],
  verbPrefixes: ['me', 'ber', 'di', 'ter', 'memper', 'diper'],
  nounsWithVerbPrefix: [
    'meter', 'member', 'merek', 'mesin', 'meja', 'menu', 'medali', 'megawatt', 'menara', 'masjid',
    'mesjid', 'menteri', 'mentor', 'media', 'meriam', 'mereka', 'metro', 'mobil', 'model', 'modul',
    'dinas', 'dinar', 'digit', 'dimensi', 'direktur', 'direksi', 'diler', 'diploma', 'dirut', 'dirham',
    'distrik', 'divisi', 'dokumen', 'dosen', 'dosis', 'desa', 'debitur', 'dealer', 'destinasi',
    'terdakwa', 'tersangka', 'terpidana', 'terlapor', 'teroris', 'terminal', 'terowongan', 'ternak',
    'teritori', 'teras', 'berkas', 'bendungan', 'benih', 'bencana', 'bengkel', 'berita', 'beras',
    'bersaudara', 'bank', 'bangunan', 'besi', 'bedeng', 'becak', 'bemo', 'bus', 'bis', 'metrik',
    'meteran', 'merchant', 'megaproyek', 'meter persegi', 'dialog', 'diskon', 'diaspora', 'diorama',
    'mitra', 'mereknya', 'menteri-menteri', 'berkas-berkas', 'beasiswa', 'bek', 'bintang', 'bidang',
    'diplomat', 'metode', 'mekanisme', 'mebel', 'diskusi', 'direktorat', 'dirjen', 'distributor',
    'dividen', 'terumbu', 'berlian', 'beruang', 'beringin', 'menara', 'mercusuar', 'meteor', 'menit',
  ],
  // The `Baca juga:` link lines of src/lang/id/document.ts: headlines of other articles.
  headlineParagraphRules: ['id.boilerplate.baca-juga'],
  // Gabungan kata (KBBI compounds) that news counts as one thing: `6.000 barang bukti`, `20 ribu
  // tenaga kerja`, `tiga medali emas`; picked from the counted nouns followed by a second noun in
  // the indosum corpus, lexicalised compounds only (not `warga Muslim`, `korban luka`).
  compoundNouns: [
    'barang bukti', 'alat bukti', 'tenaga kerja', 'bahan pokok', 'bahan bakar', 'bahan baku',
    'rumah sakit', 'rumah tangga', 'rumah ibadah', 'rumah makan', 'rumah adat', 'kapal selam',
    'kapal perang', 'kapal induk', 'kapal pesiar', 'pesawat tempur', 'sepeda motor', 'kendaraan bermotor',
    'telepon genggam', 'telepon seluler', 'telepon selular', 'jam tangan', 'jam dinding', 'medali emas',
    'medali perak', 'medali perunggu', 'gelar juara', 'titel juara', 'kartu kuning', 'kartu merah',
    'tempat duduk', 'tempat tidur', 'pintu masuk', 'pintu keluar', 'cabang olahraga', 'uji coba',
    'warga negara', 'warga negara asing', 'warga negara Indonesia', 'negara anggota', 'pasangan calon', 'korban jiwa', 'wisatawan mancanegara',
    'wisatawan nusantara', 'lini produksi', 'sketsa wajah', 'senjata api', 'senjata tajam',
    'kepala keluarga', 'kepala daerah', 'anak buah', 'anak usaha', 'anak perusahaan', 'perguruan tinggi',
    'kantor cabang', 'pusat perbelanjaan', 'alat berat', 'surat suara', 'kotak suara', 'gempa susulan',
    'gempa vulkanik', 'gempa tektonik', 'titik api', 'titik panas', 'partai politik', 'lembaga negara',
    'kantong plastik', 'pekerja migran', 'buruh migran', 'tahanan politik', 'unit usaha',
    'kursi roda', 'mobil dinas', 'rumah susun', 'rumah dinas', 'kamar mandi', 'pos pantau',
  ],
  classifiers: ['buah', 'biji', 'butir', 'helai', 'pucuk', 'batang', 'lembar', 'bidang'],

  measureCues: [
    'sebesar', 'sebanyak', 'senilai', 'sejumlah', 'mencapai', 'nilai', 'nilainya', 'angka', 'angkanya',
    'jumlah', 'jumlahnya', 'total', 'totalnya', 'sekitar', 'hanya', 'cuma', 'minimal', 'maksimal',
    'masing-masing', 'adalah', 'menjadi', 'skor', 'skornya', 'harga', 'harganya', 'tarif', 'setara',
    'sisa', 'sisanya', 'tersisa', 'rata-rata', 'capai',
    'mencatatkan', 'mencatat', 'tercatat', 'sedikitnya', 'setidaknya', 'hampir', 'lebih',
    'naik', 'turun', 'bertambah', 'berkurang', 'meningkat', 'menurun', 'yakni', 'yaitu',
    'memperoleh', 'meraih', 'mendapat', 'mendapatkan', 'menembus', 'kuota', 'sebesarnya', 'bernilai',
    'berjumlah', 'sepanjang', 'seluas', 'seberat', 'setinggi', 'sedalam', 'sejauh', 'berbobot',
  ],
  durationWords: [
    'tahun', 'thn', 'bulan', 'bln', 'pekan', 'minggu', 'hari', 'malam', 'jam', 'menit', 'detik',
    'dekade', 'abad', 'windu', 'semester', 'triwulan', 'kuartal', 'caturwulan', 'sekon', 'milidetik',
    'hari-hari', 'tahunan', 'musim',
  ],
  // Age cues, and person nouns that take an age right after them (`Perempuan 50 tahun itu`).
  ageCues: [
    'berusia', 'usia', 'usianya', 'berumur', 'umur', 'umurnya', 'pria', 'wanita', 'perempuan', 'lelaki',
    'laki-laki', 'bocah', 'remaja', 'kakek', 'nenek', 'gadis', 'pemuda', 'pemudi', 'balita', 'bayi',
  ],
  // KBBI `usia`, `umur` and their verb and possessive forms.
  ageWordsReachingBack: ['berusia', 'usia', 'usianya', 'berumur', 'umur', 'umurnya'],
  // People whose age news gives as `pelatih 44 tahun itu` (KBBI nouns common in the corpus).
  agePersons: [
    'pelatih', 'pemain', 'penyerang', 'gelandang', 'bek', 'kiper', 'striker', 'pebalap', 'petinju',
    'atlet', 'petenis', 'pebulu', 'aktor', 'aktris', 'penyanyi', 'artis', 'model', 'pelaku', 'korban',
    'tersangka', 'terdakwa', 'warga', 'siswa', 'siswi', 'mahasiswa', 'mahasiswi', 'anak', 'ibu', 'ayah',
    'istri', 'suami', 'putri', 'putra', 'pengusaha', 'politikus', 'politisi', 'sopir', 'pengemudi',
    'petani', 'nelayan', 'buruh', 'karyawan', 'karyawati', 'guru', 'dokter', 'pasien', 'perawat',
    'bintang', 'rapper', 'musisi', 'sutradara', 'presenter', 'manajer', 'jurnalis', 'wartawan',
    'penulis', 'seniman', 'ulama', 'legenda', 'miliarder', 'pensiunan', 'janda', 'duda', 'lansia',
  ],
  ageDemonstratives: ['itu', 'ini', 'tersebut', 'asal', 'berinisial', 'bernama'],
  ageUnit: 'tahun',
  monthNames: [
    'januari', 'februari', 'pebruari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september',
    'oktober', 'november', 'nopember', 'desember', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu',
    'agt', 'ags', 'agst', 'sep', 'sept', 'okt', 'nov', 'des',
  ],
  yearCues: [
    'tahun', 'thn', 'th', 'sejak', 'pada', 'hingga', 'sampai', 'akhir', 'awal', 'pertengahan', 'medio',
    'periode', 'musim', 'era', 'silam', 'tahun-tahun', 'tahunnya', 'angkatan', 'kelahiran', 'lahir',
    'pemilu', 'pilkada', 'pilpres', 'pileg', 'piala', 'edisi', 'anggaran', 'apbn', 'apbd', 'dari',
    'sebelum', 'setelah', 'usai', 'jelang', 'menjelang', 'mulai', 'semenjak', 'per', 'kuartal',
    'triwulan', 'semester',
  ],
  yearRange: [1900, 2100],
  timeCues: ['pukul', 'pkl', 'jam'],
  timeZones: ['wib', 'wita', 'wit', 'gmt', 'utc', 'waktu'],
  // Numbers after these name a thing or a rank, they do not count (`Pasal 5`, `lantai 3`).
  identifierCues: [
    'nomor', 'no', 'nomer', 'pasal', 'ayat', 'huruf', 'bab', 'butir', 'poin', 'uu', 'pp', 'perpres',
    'perda', 'permen', 'perppu', 'keppres', 'inpres', 'sk', 'rt', 'rw', 'jalan', 'jl', 'gang', 'gg',
    'blok', 'kav', 'kavling', 'lantai', 'kamar', 'ruang', 'kelas', 'tingkat', 'tahap', 'gelombang',
    'babak', 'putaran', 'ronde', 'seri', 'versi', 'tipe', 'type', 'generasi', 'gen', 'edisi', 'jilid',
    'volume', 'vol', 'halaman', 'hal', 'peringkat', 'urutan', 'urut', 'posisi', 'punggung', 'kode',
    'grup', 'group', 'pos', 'gerbang', 'pintu', 'tol', 'km', 'kilometer', 'jalur', 'koridor', 'rute',
    'line', 'lot', 'pekan', 'matchday', 'liga', 'zona', 'sektor', 'level', 'stadium', 'grade', 'kelas',
    'level', 'sesi', 'slot', 'channel', 'kanal', 'studio', 'terminal', 'dermaga', 'gate', 'nim', 'nip',
    'nik', 'telepon', 'telp', 'tel', 'hp', 'wa', 'whatsapp', 'fax', 'faks', 'kontak', 'juncto', 'jo',
    'ps', 'pasal-pasal', 'model', 'seri', 'ke', 'bernomor', 'bernomer', 'berkode', 'menit', 'detik',
    'sidang', 'nopol', 'pelat', 'plat', 'artikel', 'tanggal', 'tgl', 'finis', 'finish', 'leg', 'journee', 'giornata',
    'matchweek', 'pekan', 'laga', 'tikungan', 'etape', 'bintang', 'bukaan', 'tikungan', 'stage', 'ring',
  ],
  scoreCues: [
    'skor', 'menang', 'kalah', 'imbang', 'unggul', 'tertinggal', 'takluk', 'tumbang', 'menundukkan',
    'mengalahkan', 'membantai', 'menggulung', 'kemenangan', 'kekalahan', 'agregat', 'hasil', 'berakhir',
    'dikalahkan', 'ditundukkan', 'ditahan', 'menahan', 'bermain', 'set', 'game', 'gim', 'kedudukan',
    'memimpin', 'mendekat', 'memenangi', 'poin', 'tiebreak', 'laga', 'pertandingan', 'final',
  ],
  idioms: [
    'salah satu', 'satu sama lain', 'satu per satu', 'satu persatu', 'satu hal', 'satu sisi',
    'satu-satunya', 'satu kesatuan', 'satu suara', 'satu atap', 'satu pintu', 'satu visi',
    'satu-dua', 'satu dua', 'satu lawan satu', 'satu ini', 'satu pihak',
    'satu-satu', 'satu kata', 'satu paket', 'tujuh keliling', 'satu-dua', 'satu dua', 'satu hati', 'satu waktu', 'satu saat', 'satu rumah',
    'tidak satu pun', 'tak satu pun', 'satu pun', 'satu dari', 'satu lagi', 'satu arah',
  ],
  notFigureAfter: ['lipat'],
  listJoiners: ['dan', 'atau', 'serta', ',', 'hingga', 'sampai', '-', '–', '/', '&'],
};
