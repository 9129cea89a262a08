// Standard Malay (Bahasa Malaysia): not analysed by warta, but identified, so that a Malaysian
// article is reported as `ms` with a warning instead of being read as Indonesian.
import type { LanguageProfile } from '../language-lexicon.js';
import { malayicCommonWords } from '../id/language.js';

// Malaysian Malay words whose Indonesian counterpart differs (bahawa/bahwa, kerana/karena,
// peratus/persen, kerajaan/pemerintah, wang/uang, -iti/-itas, stesen/stasiun, month and weekday
// names Ogos, Julai, Disember, Isnin, Khamis, Jumaat, ...). Source: the vocabulary and spelling
// tables of Wikipedia, "Comparison of Indonesian and Standard Malay"
// (https://en.wikipedia.org/wiki/Comparison_of_Indonesian_and_Standard_Malay), Kamus Dewan
// for the Malaysian forms. Checked against the IndoSum corpus of Indonesian news: words found
// in more than 1% of its articles are left out (berkata 2.1%, selepas 1.6%, kawasan, apabila,
// ramai, lelaki, semalam, kenyataan); a few under 1% are kept because Malaysian news uses
// them all the time (kerajaan 0.7%, the kingdoms of foreign news; bagaimanapun, memberitahu,
// susulan, berbanding, cukai 0.4-0.5%).
export const malayDistinctiveWords = [
  'bahawa', 'kerana', 'peratus', 'kerajaan', 'wang', 'hospital', 'polis', 'basikal', 'sahaja',
  'iaitu', 'berjaya', 'mendedahkan', 'memaklumkan', 'maklumat', 'jurucakap', 'menerusi', 'mahu',
  'sekiranya', 'kerusi', 'parlimen', 'timbalan', 'pengerusi', 'naib', 'pelancong', 'pelancongan',
  'lebuhraya', 'kos', 'pelaburan', 'pelabur', 'syarikat', 'kakitangan', 'kanak', 'isteri',
  'belia', 'kempen', 'sokongan', 'menyokong', 'bercakap', 'pentadbiran', 'kepimpinan',
  'penganalisis', 'pembangkang', 'parti', 'undi', 'pengundi', 'jawatan', 'jawatankuasa',
  'suruhanjaya', 'aduan', 'siasatan', 'menyiasat', 'reman', 'dadah', 'lori', 'teksi',
  'motosikal', 'telefon', 'televisyen', 'bimbit', 'peperiksaan', 'kolej', 'jurutera', 'bomba',
  'peguam', 'pendakwa', 'pendakwaan', 'tertuduh', 'mangsa', 'kemalangan', 'kecederaan', 'akhbar',
  'pemberita', 'sebarang', 'baharu', 'ogos', 'julai', 'disember', 'isnin', 'khamis', 'jumaat',
  'nombor', 'ekoran', 'berikutan', 'dipercayai', 'dijangka', 'jangkaan', 'dianggarkan',
  'bilangan', 'serantau', 'antarabangsa', 'tempatan', 'rasmi', 'sukan', 'filem', 'muzik', 'ubat',
  'doktor', 'pesakit', 'rawatan', 'jangkitan', 'wabak', 'kesihatan', 'perkhidmatan', 'talian',
  'perisian', 'belanjawan', 'kewangan', 'perniagaan', 'peniaga', 'kedai', 'usahawan',
  'memandangkan', 'terutamanya', 'sentiasa', 'bahagian', 'sedar', 'fikir', 'berfikir', 'faham',
  'percutian', 'bilion', 'trilion', 'ringgit', 'projek', 'kualiti', 'aktiviti', 'universiti',
  'komuniti', 'kapasiti', 'identiti', 'realiti', 'stesen', 'pengarah', 'kilang', 'cawangan',
  'sempadan', 'mahupun', 'gabenor', 'kenderaan', 'tentera', 'kerjaya', 'jurulatih', 'kejohanan',
  'menggesa', 'gesaan', 'terjejas', 'mencecah', 'manakala', 'justeru', 'menafikan', 'penganjur',
  'memberangsangkan', 'setakat', 'hujung', 'jepun', 'bekalan', 'mesyuarat', 'penjawat', 'tiada',
  'bagaimanapun', 'memberitahu', 'susulan', 'berbanding', 'cukai', 'suspek', 'direman', 'amaran',
  'pengeluar',
] as const;

export const language: LanguageProfile = {
  code: 'ms',
  iso639_3: 'zlm',
  name: 'Malay',
  commonWords: malayicCommonWords,
  distinctiveWords: malayDistinctiveWords,
  distinctFrom: ['id'],
};
