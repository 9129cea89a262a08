import type { LanguageProfile } from '../language-lexicon.js';

// Function words of standard Malay in both its Indonesian and Malaysian forms, chosen from the
// most frequent words of the IndoSum corpus (present in 900+ of its 3,463 articles), keeping only
// those that Javanese, Sundanese, Minangkabau and English do not use (so `di`, `kita`, `para`,
// `sama`, `pun` are left out). Standard Malay (src/lang/ms/language.ts) shares this list.
export const malayicCommonWords = [
  'yang', 'dan', 'dengan', 'ini', 'untuk', 'dari', 'itu', 'dalam', 'pada', 'juga', 'akan', 'ke',
  'tidak', 'tersebut', 'saat', 'menjadi', 'ada', 'sudah', 'tahun', 'kata', 'lebih', 'oleh',
  'sebagai', 'adalah', 'namun', 'mereka', 'seperti', 'atau', 'masih', 'telah', 'hanya', 'baru',
  'kepada', 'secara', 'beberapa', 'saya', 'ia', 'banyak', 'melakukan', 'merupakan', 'bagi',
  'belum', 'membuat', 'sementara', 'selain', 'sebelumnya', 'atas', 'pertama', 'antara',
  'memiliki', 'kembali', 'selama', 'dapat', 'lagi', 'sejak', 'menurut', 'melalui', 'kedua',
  'sendiri', 'jika', 'sangat', 'dilakukan', 'bersama', 'serta', 'memberikan', 'semua', 'sebuah',
  'ketika', 'mulai', 'kemudian', 'ingin', 'bukan', 'memang', 'terjadi', 'sampai', 'agar',
  'lainnya', 'sejumlah', 'kini', 'terus', 'sehingga', 'meski', 'pernah', 'kalau', 'tetap',
  'berada', 'bahkan', 'terhadap', 'termasuk', 'sebelum',
] as const;

// Indonesian words whose Malaysian Malay counterpart differs (bahwa/bahawa, karena/kerana,
// persen/peratus, pemerintah/kerajaan, mengatakan/berkata, uang/wang, kantor/pejabat,
// mobil/kereta, -itas/-iti, month and weekday names, ...). Source: the vocabulary and spelling
// tables of Wikipedia, "Comparison of Indonesian and Standard Malay"
// (https://en.wikipedia.org/wiki/Comparison_of_Indonesian_and_Standard_Malay), KBBI for the
// Indonesian forms; Indonesian institutions and acronyms of national news (DPR, KPK, Polri,
// Rp); colloquial particles of quoted speech (nggak, banget, sih). Words that Malaysian Malay
// also uses were left out (hingga, tapi, sekitar, mengenai).
export const indonesianDistinctiveWords = [
  'bahwa', 'karena', 'persen', 'pemerintah', 'pemerintahan', 'mengatakan', 'uang', 'kantor',
  'kepolisian', 'mobil', 'sepeda', 'bisa', 'saja', 'setelah', 'sesudah', 'yaitu', 'yakni',
  'meskipun', 'maupun', 'mantan', 'berhasil', 'mengungkapkan', 'juru', 'tentara', 'dpr', 'kpk',
  'tni', 'polri', 'bumn', 'apbn', 'pilkada', 'pemilu', 'rp', 'rupiah', 'miliar', 'triliun',
  'agustus', 'maret', 'juli', 'juni', 'desember', 'senin', 'kamis', 'jumat', 'nomor',
  'kendaraan', 'proyek', 'kualitas', 'aktivitas', 'fasilitas', 'universitas', 'komunitas',
  'kapasitas', 'prioritas', 'identitas', 'otoritas', 'stasiun', 'kampanye', 'dukungan',
  'mendukung', 'didukung', 'pendukung', 'partai', 'parlemen', 'oposisi', 'direktur', 'manajer',
  'karyawan', 'pabrik', 'cabang', 'toko', 'pajak', 'biaya', 'investasi', 'keuangan',
  'kesehatan', 'dokter', 'obat', 'pasien', 'pengobatan', 'wabah', 'kecelakaan', 'korban',
  'pengadilan', 'jaksa', 'terdakwa', 'tersangka', 'penyidik', 'penyidikan', 'narkoba', 'sopir',
  'truk', 'taksi', 'ponsel', 'telepon', 'televisi', 'internasional', 'resmi', 'olahraga',
  'musik', 'bagian', 'sadar', 'pikir', 'berpikir', 'paham', 'pelatih', 'kejuaraan', 'bandara',
  'perbatasan', 'liburan', 'pernyataan', 'berbicara', 'ujar', 'ujarnya', 'tutur', 'tuturnya',
  'imbuh', 'imbuhnya', 'kemarin', 'nggak', 'enggak', 'banget', 'aja', 'udah', 'kayak', 'sih',
  'dong', 'pria', 'istri', 'provinsi', 'kabupaten', 'kecamatan', 'kelurahan', 'gubernur',
  'bupati', 'camat', 'lurah', 'dinas', 'perusahaan', 'kegiatan', 'pekan', 'laga',
] as const;

export const language: LanguageProfile = {
  code: 'id',
  iso639_3: 'ind',
  name: 'Indonesian',
  commonWords: malayicCommonWords,
  distinctiveWords: indonesianDistinctiveWords,
  distinctFrom: ['ms'],
  // warta reads Indonesian news: a paragraph with no word that sets Indonesian and Malay apart
  // is Indonesian unless franc's trigrams clearly say otherwise.
  prior: 2,
};
