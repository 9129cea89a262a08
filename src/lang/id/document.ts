import type { DocumentLexicon } from '../document-lexicon.js';

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

// Lines that news scrapers leave in article text. Seen in the seed article (a trailing
// `Back to top button`, a lone section label) and in IndoSum (`Baca juga: ...`, whose README
// says these are inserted links), plus the video and advertisement lines of detik, kompas,
// tribun and CNN Indonesia pages.
export const boilerplate = [
  { id: 'id.boilerplate.baca-juga', pattern: /^(baca juga|baca pula|lihat juga|simak juga|artikel terkait|berita terkait)\b\s*[:.\-–—]?/i },
  { id: 'id.boilerplate.simak-video', pattern: /^(simak|saksikan|tonton)\s+(juga\s+)?video\b/i },
  { id: 'id.boilerplate.advertisement', pattern: /^(advertisement|iklan|scroll to continue with content|scroll untuk melanjutkan)$/i },
  { id: 'id.boilerplate.back-to-top', pattern: /^back to top( button)?$/i },
  { id: 'id.boilerplate.share', pattern: /^(bagikan|share)( artikel ini)?\s*:?$/i },
  { id: 'id.boilerplate.editor', pattern: /^(editor|penulis|reporter|pewarta|sumber)\s*:\s*\S.{0,60}$/i },
  { id: 'id.boilerplate.copyright', pattern: /^(copyright|hak cipta)\b.{0,80}$/i },
  { id: 'id.boilerplate.follow', pattern: /^(ikuti|follow)\s+(berita|kami|akun).{0,80}$/i },
] as const;

// Section labels of Indonesian news sites, left alone on the first line of scraped pages.
export const sectionLabels = [
  'Market', 'Markets', 'News', 'Nasional', 'Regional', 'Daerah', 'Internasional', 'Dunia',
  'Ekonomi', 'Bisnis', 'Keuangan', 'Finance', 'Money', 'Politik', 'Hukum', 'Megapolitan',
  'Metro', 'Olahraga', 'Sport', 'Sepakbola', 'Bola', 'Tekno', 'Teknologi', 'Tech',
  'Otomotif', 'Gaya Hidup', 'Lifestyle', 'Hiburan', 'Entertainment', 'Seleb', 'Kesehatan',
  'Health', 'Travel', 'Wisata', 'Sains', 'Edukasi', 'Pendidikan', 'Opini', 'Kolom', 'Hot',
  'Berita', 'Berita Terkini', 'Breaking News', 'Headline', 'Properti', 'Energi', 'Humaniora',
] as const;

export const document: DocumentLexicon = {
  abbreviations,
  sentenceFinalAbbreviations,
  boilerplate,
  sectionLabels,
};
