// Indonesian date vocabulary: the words of dates, times, durations and frequencies in Indonesian
// news (KBBI spellings plus the variants and abbreviations read in the indosum corpus: Agt/Agu,
// Pebruari, Nopember, Jum'at, WIB/WITA/WIT). Used by src/extractors/dates/.
import type { DateLexicon } from '../date-lexicon.js';
import { figures } from './figures.js';

// Idul Fitri, 1 Syawal (Kementerian Agama), by Gregorian year.
const IDUL_FITRI: Record<number, string> = {
  2010: '2010-09-10', 2011: '2011-08-31', 2012: '2012-08-19', 2013: '2013-08-08', 2014: '2014-07-28',
  2015: '2015-07-17', 2016: '2016-07-06', 2017: '2017-06-25', 2018: '2018-06-15', 2019: '2019-06-05',
  2020: '2020-05-24', 2021: '2021-05-13', 2022: '2022-05-02', 2023: '2023-04-22', 2024: '2024-04-10',
  2025: '2025-03-31',
};
// Idul Adha, 10 Zulhijah (Kementerian Agama), by Gregorian year.
const IDUL_ADHA: Record<number, string> = {
  2010: '2010-11-17', 2011: '2011-11-06', 2012: '2012-10-26', 2013: '2013-10-15', 2014: '2014-10-05',
  2015: '2015-09-24', 2016: '2016-09-12', 2017: '2017-09-01', 2018: '2018-08-22', 2019: '2019-08-11',
  2020: '2020-07-31', 2021: '2021-07-20', 2022: '2022-07-10', 2023: '2023-06-29', 2024: '2024-06-17',
  2025: '2025-06-06',
};
// Tahun Baru Imlek (Chinese New Year), by Gregorian year.
const IMLEK: Record<number, string> = {
  2010: '2010-02-14', 2011: '2011-02-03', 2012: '2012-01-23', 2013: '2013-02-10', 2014: '2014-01-31',
  2015: '2015-02-19', 2016: '2016-02-08', 2017: '2017-01-28', 2018: '2018-02-16', 2019: '2019-02-05',
  2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10',
  2025: '2025-01-29',
};

export const dates: DateLexicon = {
  // chrono-node's Indonesian locale parses `26 Juli 2023`, `Juli 2023`, `kemarin`, `pukul 10.00`.
  chronoLocale: 'id',

  // Month names and the abbreviations of Indonesian house styles (tables, datelines).
  months: {
    januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, peb: 2, maret: 3, mar: 3,
    april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8,
    ags: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nopember: 11,
    nov: 11, nop: 11, desember: 12, des: 12,
  },
  // Month words that are also given names (Mei Sartika, Juni Ardianto, April Hamsa).
  monthsAlsoNames: ['mei', 'juni', 'april', 'agustus'],

  // Weekdays, 0 = Sunday (Ahad is the Islamic-calendar name used by some outlets).
  weekdays: { minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6 },
  // `minggu` is also "week" (and a given name): Sunday only when capitalised in date context.
  weekdaysAlsoWords: ['minggu'],

  // Words that put a following weekday or month in date context.
  datePrepositions: [
    'pada', 'hari', 'sejak', 'hingga', 'sampai', 'setiap', 'tiap', 'mulai', 'tanggal', 'bulan',
    'awal', 'akhir', 'pertengahan', 'medio', 'jelang', 'menjelang', 'selama', 'sepanjang', 'per',
    'sebelum', 'sesudah', 'setelah', 'usai', 'dan', 'atau', 'lalu', 'sabtu', 'jumat', 'dari', 'di',
  ],
  // Speech verbs and honorifics: after them a capitalised `Mei`/`Minggu` is a person.
  nameCues: [
    'kata', 'ujar', 'ucap', 'tutur', 'jelas', 'tegas', 'menurut', 'oleh', 'bersama', 'saudara',
    'saudari', 'bu', 'ibu', 'pak', 'bapak', 'nona', 'nyonya', 'mbak', 'mas', 'kak', 'dik', 'sdr',
    'sdri', 'tersangka', 'korban', 'pelaku', 'warga', 'siswi', 'siswa', 'bernama',
  ],

  // Friday prayers (`salat Jumat`) name an event, not a day (spellings seen in the corpus).
  weekdayNotDateAfter: ['salat', 'shalat', 'sholat', 'solat'],
  // Days named from the reference date (chrono-node's casual parser reads most of them).
  relativeDays: {
    'hari ini': 0, 'kemarin': -1, 'kemarin lusa': -2, 'besok': 1, 'esok': 1, 'esok hari': 1,
    'besok lusa': 2, 'lusa': 2, 'tadi malam': -1, 'semalam': -1, 'malam ini': 0, 'nanti malam': 0,
    'pagi ini': 0, 'siang ini': 0, 'sore ini': 0, 'pagi tadi': 0, 'siang tadi': 0, 'sore tadi': 0,
    'tadi pagi': 0, 'tadi siang': 0, 'tadi sore': 0,
    'malam kemarin': -1, 'kemarin malam': -1, 'sore kemarin': -1, 'kemarin sore': -1,
    'pagi kemarin': -1, 'kemarin pagi': -1, 'siang kemarin': -1, 'kemarin siang': -1,
  },
  // Calendar periods named relative to the reference (`pekan lalu`, `bulan depan`).
  periodUnits: { hari: 'day', pekan: 'week', minggu: 'week', bulan: 'month', tahun: 'year' },
  // Modifiers after a period, month, weekday or year (KBBI; `silam` is the formal `lalu`).
  directions: {
    lalu: 'past', 'yang lalu': 'past', silam: 'past', kemarin: 'past',
    ini: 'present',
    depan: 'future', mendatang: 'future', 'yang akan datang': 'future', berikutnya: 'future',
    nanti: 'future',
  },
  // Parts of a period (`akhir Juni`, `pertengahan 2018`); `akhir pekan` is the weekend.
  periodParts: ['awal', 'pertengahan', 'medio', 'tengah', 'akhir', 'penghujung', 'pengujung'],
  weekendPart: 'akhir',
  // Quarters and halves of the (financial) year, as business news writes them.
  subYearPeriods: { kuartal: 'quarter', triwulan: 'quarter', semester: 'half' },
  // Ordinals of quarters and halves: words, roman numerals (`kuartal III`) and digits.
  ordinals: {
    pertama: 1, kesatu: 1, kedua: 2, ketiga: 3, keempat: 4, satu: 1, dua: 2, tiga: 3, empat: 4,
    i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4,
  },
  // The words before a year, a day of the month and a clock time.
  yearWords: ['tahun'],
  dayWords: ['tanggal', 'tgl.', 'tgl'],
  clockWords: ['pukul', 'pkl.', 'pkl', 'jam'],
  // `jam` also counts hours (`dua jam`, `jam dua` in speech): with a number word it is a clock
  // time only before a part of the day (`jam tiga sore`). Indonesian usage, as in news text.
  clockWordsNeedingDayPart: ['jam'],
  // Indonesian time zones (WIB UTC+7, WITA UTC+8, WIT UTC+9); also passed to chrono-node.
  timeZones: { wib: 420, wita: 480, wit: 540 },
  // Parts of the day → TimeML codes (pagi morning, siang midday, sore afternoon, malam night).
  dayParts: { pagi: 'MO', siang: 'MI', sore: 'AF', petang: 'EV', malam: 'NI', 'dini hari': 'NI' },
  // The night part after midnight (dini hari, the small hours): its hours are before noon.
  dayPartsAfterMidnight: ['dini hari'],
  // Units of durations (`dua tahun`, `24 jam`, `satu semester`, `beberapa dekade`).
  durationUnits: {
    detik: 'second', menit: 'minute', jam: 'hour', hari: 'day', pekan: 'week', minggu: 'week',
    bulan: 'month', kuartal: 'quarter', triwulan: 'quarter', semester: 'half', tahun: 'year',
    dekade: 'decade', dasawarsa: 'decade', abad: 'century',
    // a sports season is a year (`delapan musim` → P8Y)
    musim: 'year',
  },
  // Affixes: `setiap harinya`, `setahun`/`sepekan` (one unit), `bertahun-tahun`, `kuartal ke-3`.
  unitSuffix: 'nya',
  onePrefix: 'se',
  // `tiga hari lalu` (ago) and `dua tahun lagi` (from now).
  agoWords: ['yang lalu', 'lalu', 'silam'],
  laterWords: ['lagi'],
  // Vague amounts: `beberapa hari` → PXD.
  vagueAmounts: ['beberapa', 'sejumlah', 'belasan', 'puluhan', 'ratusan', 'ribuan'],
  // Ages, not durations: `berusia 34 tahun`, `bocah 5 tahun`, `pria 32 tahun itu`.
  ageCues: ['berusia', 'usia', 'usianya', 'berumur', 'umur', 'umurnya', 'bocah', 'balita', 'anak', 'bayi', 'kakek', 'nenek', 'pria', 'wanita', 'perempuan', 'remaja', 'gadis'],
  ageFollowers: ['itu', 'tersebut', 'ini'],
  // Words before a number+unit that make it a duration for sure (`selama 46 tahun itu`).
  durationLeads: ['selama', 'dalam', 'sejak', 'hingga', 'sampai', 'kurun', 'lebih', 'hampir', 'sekitar', 'sudah', 'telah'],
  // Sets: `setiap minggu`, `agenda tahunan`, `seminggu sekali`; `harian Kompas` is a paper.
  setWords: ['setiap', 'tiap', 'saban', 'tiap-tiap'],
  // `Rp 58 ribu per bulannya`, `150 juta botol per tahun`: how often, as the gold reads rates.
  rateSetWords: ['per'],
  measureUnits: figures.units,
  // Counted nouns of the figures pack that start with a time unit (`tiga jam tangan`).
  unitNouns: figures.compoundNouns.filter((n) => /^(?:jam|hari|bulan|tahun|menit|detik|pekan|minggu) /.test(n)),
  // Fiscal years (`tahun anggaran 2005`, `TA 2018`) and sports seasons (`musim 2007/2008`).
  yearLabels: ['tahun anggaran', 'musim'],
  frequencyAdjectives: { harian: 'day', mingguan: 'week', pekanan: 'week', bulanan: 'month', tahunan: 'year' },
  frequencyMarkers: ['sekali', 'kali'],
  frequencyNouns: ['harian', 'mingguan'],
  // Regulation and name numbers: `UU Nomor 6 Tahun 2023`, `Perpres No. 12 Tahun 2019`.
  numberLabels: ['nomor', 'no.', 'no', 'nomer'],
  // Words before a bare year that make it a date (`pada 2001`, `sejak 2005`, `periode 2014-2019`).
  yearPrepositions: [
    'pada', 'sejak', 'hingga', 'sampai', 'tahun', 'awal', 'akhir', 'pertengahan', 'medio',
    'penghujung', 'pengujung', 'jelang', 'menjelang', 'selama', 'sepanjang', 'per', 'dari',
    'sebelum', 'setelah', 'sesudah', 'usai', 'mulai', 'era', 'periode', 'di', 'dalam', 'antara',
    'pertengahan', 'memasuki', 'tahun-tahun', 'kuartal', 'semester', 'triwulan',
  ],
  // Decades: `tahun 90-an`, `era 80-an`, `awal 2000-an`.
  decadeLeads: ['tahun', 'era', 'dekade', 'medio', 'awal', 'akhir', 'pertengahan'],
  decadeSuffix: 'an',
  // Number words of the counts in durations (`dua tahun`, `tiga puluh hari`): the figures
  // pack's numeralia (0-9) plus the `se-` contractions counted alone.
  numberWords: { ...figures.numberWords, sepuluh: 10, sebelas: 11, seratus: 100 },
  numberTens: 'puluh',
  numberTeens: 'belas',
  numberHundreds: 'ratus',
  // Joining words: `pada` is not part of a mention; `hingga` makes two mentions of a range.
  trimmedLeads: ['pada'],
  rangeWords: ['sampai dengan', 'hingga', 'sampai', 's.d.', 's.d', 's/d'],
  conjunctions: ['dan', 'atau', 'serta', 'hingga', 'sampai', 'dengan', '-'],
  reduplicationPrefix: 'ber',
  ordinalPrefix: 'ke',
  // Cues that a bare weekday lies ahead (`akan digelar Jumat`).
  futureCues: ['akan', 'bakal', 'rencananya', 'dijadwalkan', 'nanti', 'hendak'],
  // Anaphoric periods of Indonesian news (KBBI `keesokan`, `sebelumnya`, `berikutnya`).
  anaphoricPeriods: {
    'tahun sebelumnya': { unit: 'year', offset: -1 }, 'tahun berikutnya': { unit: 'year', offset: 1 },
    'tahun yang sama': { unit: 'year', offset: 0 }, 'bulan sebelumnya': { unit: 'month', offset: -1 },
    'bulan berikutnya': { unit: 'month', offset: 1 }, 'bulan yang sama': { unit: 'month', offset: 0 },
    'hari yang sama': { unit: 'day', offset: 0 }, 'keesokan harinya': { unit: 'day', offset: 1 },
    'keesokan hari': { unit: 'day', offset: 1 }, 'keesokan paginya': { unit: 'day', offset: 1 },
    'sehari sebelumnya': { unit: 'day', offset: -1 }, 'sehari kemudian': { unit: 'day', offset: 1 },
    'sehari setelahnya': { unit: 'day', offset: 1 }, 'hari berikutnya': { unit: 'day', offset: 1 },
  },
  // Public holidays. Idul Fitri (1 Syawal) and Idul Adha (10 Zulhijah) as the Indonesian
  // government set them (Kementerian Agama isbat sessions, SKB libur nasional 2010-2025); Imlek
  // is the Chinese New Year of each year; Natal is fixed.
  holidays: {
    lebaran: IDUL_FITRI, 'idul fitri': IDUL_FITRI, 'idulfitri': IDUL_FITRI, 'lebaran idul fitri': IDUL_FITRI,
    'hari raya idul fitri': IDUL_FITRI, 'hari raya idulfitri': IDUL_FITRI, 'idul adha': IDUL_ADHA, 'iduladha': IDUL_ADHA, 'hari raya idul adha': IDUL_ADHA,
    imlek: IMLEK, 'tahun baru imlek': IMLEK, natal: '12-25', 'hari natal': '12-25', 'hari raya natal': '12-25',
  },
  // `pohon Natal`, `lagu Natal`: a thing named after the holiday, not a date.
  holidaysNeedingContext: ['natal'],
  // `H-7 Lebaran`, `H+2 Natal` (hari H is the day itself).
  holidayCountdown: 'H',
  holidayLeads: ['libur', 'perayaan', 'malam', 'saat', 'momen', 'masa', 'musim', 'selamat'],
  // Vague time words, left out by the gold guideline (`hari ini` is kept).
  vague: ['sekarang', 'saat ini', 'kini', 'dulu', 'dahulu', 'selama ini', 'sebelumnya', 'saat itu', 'ke depan', 'waktu lalu', 'masa lalu', 'masa depan'],
};
