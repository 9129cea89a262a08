import type { BoilerplatePattern, DocumentLexicon } from '../document-lexicon.js';

// Indonesian abbreviations that keep their full stop inside a sentence. Sources: KBBI's list of
// common abbreviations (singkatan umum), spaCy's lang/id/tokenizer_exceptions.py, and titles and
// company suffixes seen in the IndoSum corpus (Tbk., Persero).
export const abbreviations = [
  'Jl.', 'Jln.', 'No.', 'Kec.', 'Kab.', 'Kel.', 'Prov.', 'Ds.', 'Gg.', 'Kp.', 'RT.', 'RW.',
  'dll.', 'dsb.', 'dst.', 'dkk.', 'tsb.', 'yth.', 'Yth.', 'a.n.', 'u.p.', 'd.a.', 'a.l.',
  'Tbk.', 'Persero.', 'Bpk.', 'Bp.', 'Ibu.', 'Sdr.', 'Sdri.', 'Tn.', 'Ny.', 'Nn.',
  'Prof.', 'Dr.', 'dr.', 'Drs.', 'Dra.', 'Ir.', 'H.', 'Hj.', 'K.H.', 'KH.', 'R.', 'St.',
  'S.H.', 'S.E.', 'S.Sos.', 'S.Pd.', 'S.Kom.', 'S.T.', 'M.Si.', 'M.Sc.', 'M.M.', 'M.H.', 'M.A.',
  'M.Pd.', 'Ph.D.', 'Sp.', 'Kol.', 'Let.', 'Jend.', 'Brig.', 'Mayjen.', 'Kapt.', 'Serka.',
  'hlm.', 'tgl.', 'thn.', 'bln.', 'kg.', 'km.', 'cm.', 'Rp.', 'vs.', 'Vol.', 'Hal.', 'Ket.',
] as const;

// Of those, the ones that may also close a sentence.
export const sentenceFinalAbbreviations = ['dll.', 'dsb.', 'dst.', 'dkk.', 'tsb.', 'Tbk.', 'Persero.', 'hlm.', 'kg.', 'km.', 'cm.'] as const;

// Lines that news scrapers leave in article text, each matched against one whole line (at most
// 300 characters, spaces collapsed). Seen in the seed article (a trailing `Back to top button`),
// in IndoSum (`Baca juga: ...`, `[Baca Juga: ...]`, `SIMAK JUGA: ...`, `Baca_Juga`, whose README
// says these are inserted links; editors' initials `(ard/ard)`, `(D011)`, `[sau]`; `Sumber
// berita X.`; photo credits `Foto: X`), plus the video, embed and advertisement lines of detik
// (`SCROLL TO CONTINUE WITH CONTENT`, `Simak Video ...`), CNN Indonesia (`[Gambas:Video CNN]`),
// kompas and tribun pages.
export const boilerplate: readonly BoilerplatePattern[] = [
  // `Baca Juga:` alone on its line, above the titles of the linked articles
  { id: 'id.boilerplate.baca-juga', pattern: /^[[(]?\s*(?:baca|simak|lihat)[ _]+(?:juga|pula)\s*:?\s*[\])]?$/i, headsLinks: true },
  {
    id: 'id.boilerplate.baca-juga',
    pattern: /^[[(]?\s*(?:(?:baca|simak|lihat)[ _]+(?:juga|pula)|artikel terkait|berita terkait|baca selengkapnya)\b|^[[(]?\s*baca\s*[:\-–—]/i,
  },
  { id: 'id.boilerplate.simak-video', pattern: /^(?:simak|saksikan|tonton|lihat)\s+(?:juga\s+)?video\b/i },
  { id: 'id.boilerplate.embed', pattern: /^\[gambas:[^\]]{0,80}\]$/i },
  { id: 'id.boilerplate.advertisement', pattern: /^(?:advertisement|iklan|scroll to continue with content|scroll untuk melanjutkan)$/i },
  { id: 'id.boilerplate.back-to-top', pattern: /^back to top(?: button)?$/i },
  { id: 'id.boilerplate.share', pattern: /^(?:bagikan|share)(?: artikel ini)?\s*:?$/i },
  { id: 'id.boilerplate.editor', pattern: /^(?:editor|penulis|reporter|pewarta|sumber|penyunting)\s*:\s*\S.{0,60}$/i },
  { id: 'id.boilerplate.source', pattern: /^sumber (?:berita|gambar|foto)\b.{0,60}$/i },
  {
    // `(ard/ard)`, `(D011)`, `[sau]`, `(U.B018/T013)`, `(Awita Ekasari Larasati/ard)`, `(end)`
    id: 'id.boilerplate.editor-initials',
    pattern: /^[([][\p{L}\d.\-]{1,12}(?:\/[\p{L}\d.\-]{1,12}){0,3}[)\]]$|^\([\p{L} .\-]{1,40}\/[\p{L}\d.\-]{1,12}\)$/u,
  },
  { id: 'id.boilerplate.photo-credit', pattern: /^(?:foto|gambar|ilustrasi|dok(?:umentasi)?)\s*:\s*.{1,80}$|^.{0,80}\((?:foto|ilustrasi|gambar)\s*:[^()]{1,60}\)$/i },
  { id: 'id.boilerplate.copyright', pattern: /^(?:copyright|hak cipta|©)\s*.{0,80}$/i },
  { id: 'id.boilerplate.follow', pattern: /^(?:ikuti|follow)\s+(?:berita|kami|akun|juga).{0,80}$/i },
  { id: 'id.boilerplate.separator', pattern: /^[*\-–—=_~•·.]+(?: [*\-–—=_~•·.]+)*$/ },
];

// Section labels of Indonesian news sites, left alone on the first line of scraped pages.
export const sectionLabels = [
  'Market', 'Markets', 'News', 'Nasional', 'Regional', 'Daerah', 'Internasional', 'Dunia',
  'Ekonomi', 'Bisnis', 'Keuangan', 'Finance', 'Money', 'Politik', 'Hukum', 'Megapolitan',
  'Metro', 'Olahraga', 'Sport', 'Sepakbola', 'Bola', 'Tekno', 'Teknologi', 'Tech',
  'Otomotif', 'Gaya Hidup', 'Lifestyle', 'Hiburan', 'Entertainment', 'Seleb', 'Kesehatan',
  'Health', 'Travel', 'Wisata', 'Sains', 'Edukasi', 'Pendidikan', 'Opini', 'Kolom', 'Hot',
  'Berita', 'Berita Terkini', 'Breaking News', 'Headline', 'Properti', 'Energi', 'Humaniora',
] as const;

// Lead-paragraph starts that name the outlet, from the house styles in IndoSum: `Merdeka.com -`,
// `Suara.com-`, `JUARA.NET-`, `Jakarta, CNN Indonesia --`, `Padang (ANTARA News) -`,
// `Rimanews-`, and the same of kompas.com, detikcom, tribunnews and liputan6.
export const datelines = [
  /^[\p{L}\d ,.()]{0,40}?\.(?:com|net|co\.id|id)\b\)?\s*[-–—]/iu,
  /^[\p{L} ,.()]{0,40}?\b(?:CNN Indonesia|ANTARA(?: News)?|Rimanews|detikcom|Tribunnews|Liputan6|Kompas)\b\)?\s*[-–—]/iu,
] as const;

export const document: DocumentLexicon = {
  abbreviations,
  sentenceFinalAbbreviations,
  boilerplate,
  sectionLabels,
  datelines,
};
