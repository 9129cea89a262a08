import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ArticleDoc } from '../../src/engine/document.js';
import { languagePacks } from '../../src/lang/index.js';

const lexicons = Object.values(languagePacks).map((p) => p.document);
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const seed = fixture('tiktok-project-s.txt');
const doc = (text: string, title?: string) => new ArticleDoc(text, lexicons, title);
const paragraphs = (d: ArticleDoc) => d.paragraphs.map((p) => [p.start, p.end, p.kind, p.rule, p.text]);
const sentences = (d: ArticleDoc) => d.sentences.map((s) => [s.start, s.end, s.paragraph, s.text]);

describe('ArticleDoc offsets', () => {
  it('counts offsets in code points when the text has astral characters', () => {
    const d = doc('Judul Berita\n\nWarga 🎉🎉 di Jakarta senang.');
    const at = d.text.indexOf('Jakarta');
    expect(at).toBe(28); // UTF-16 index: two emoji are four units
    expect(d.span(at, at + 7)).toEqual({ text: 'Jakarta', start: 26, end: 33 });
    expect(d.unit(26)).toBe(28);
    expect(d.length).toBe([...d.text].length);
  });

  it('keeps emoji sequences whole and maps every offset after them', () => {
    const d = doc('Warga 🎉 senang.\n\nAnak 👨‍👩‍👧 dan 👍🏽 bermain di 🇮🇩 Jakarta.');
    expect(d.tokens.filter((t) => t.type === 'emoji').map((t) => [t.text, t.start, t.end])).toEqual([
      ['🎉', 6, 8],
      ['👨‍👩‍👧', 23, 31],
      ['👍🏽', 36, 40],
      ['🇮🇩', 52, 56],
    ]);
    const s = d.sentences[1]!;
    expect([s.start, s.end, d.cp(s.start), d.cp(s.end)]).toEqual([18, 65, 17, 57]);
    expect([...d.text].slice(d.cp(s.start), d.cp(s.end)).join('')).toBe(s.text);
    const jakarta = d.tokens.find((t) => t.text === 'Jakarta')!;
    expect(d.span(jakarta.start, jakarta.end)).toEqual({ text: 'Jakarta', start: 49, end: 56 });
    expect(d.unit(49)).toBe(jakarta.start);
    expect(d.paragraphAt(jakarta.start)?.index).toBe(1);
    expect(d.paragraphAt(17)).toBeUndefined(); // the blank line between the paragraphs
  });

  it('gives CRLF offsets into the text as read', () => {
    const d = doc('Judul Berita\r\n\r\nParagraf satu. Kalimat dua.\r\n\r\nParagraf dua.');
    expect(paragraphs(d)).toEqual([
      [0, 12, 'title', 'document.title-first-line', 'Judul Berita'],
      [16, 43, 'content', null, 'Paragraf satu. Kalimat dua.'],
      [47, 60, 'content', null, 'Paragraf dua.'],
    ]);
    expect(sentences(d)).toEqual([
      [0, 12, 0, 'Judul Berita'],
      [16, 30, 1, 'Paragraf satu.'],
      [31, 43, 1, 'Kalimat dua.'],
      [47, 60, 2, 'Paragraf dua.'],
    ]);
    expect(d.tokens.map((t) => t.text)).not.toContain('\r\n');
  });

  it('reads CR-only line ends (old Mac files)', () => {
    const d = doc('Judul\r\rIsi satu di sini.\r\rIsi dua.');
    expect(paragraphs(d)).toEqual([
      [0, 5, 'title', 'document.title-first-line', 'Judul'],
      [7, 24, 'content', null, 'Isi satu di sini.'],
      [26, 34, 'content', null, 'Isi dua.'],
    ]);
    expect(d.tokens.length).toBe(9);
  });

  it('takes one paragraph per line when the text has no blank line', () => {
    const d = doc('Judul Berita Hari Ini\nParagraf satu di sini.\nParagraf dua di sini.');
    expect(paragraphs(d)).toEqual([
      [0, 21, 'title', 'document.title-first-line', 'Judul Berita Hari Ini'],
      [22, 44, 'content', null, 'Paragraf satu di sini.'],
      [45, 66, 'content', null, 'Paragraf dua di sini.'],
    ]);
  });
});

describe('ArticleDoc tokens and sentences', () => {
  it('keeps Indonesian abbreviations and slashed dates whole', () => {
    const d = doc('Judul Berita\n\nDia di Jl. Merdeka No. 5, Rabu (26/7/2023). PT Astra Tbk. naik.');
    const words = d.tokens.map((t) => t.text);
    expect(words).toContain('Jl.');
    expect(words).toContain('Tbk.');
    expect(words).toContain('26/7/2023');
    expect(d.sentences.map((s) => s.text)).toEqual([
      'Judul Berita',
      'Dia di Jl. Merdeka No. 5, Rabu (26/7/2023).',
      'PT Astra Tbk. naik.',
    ]);
  });

  it('ends no sentence at titles and initials, and ends one at dll. before a capital', () => {
    const text =
      'Prof. Dr. H. Ahmad Syafii datang ke Jl. Sudirman No. 12 membawa buku, tas, dsb. untuk warga, dll. Kemudian ia pulang.';
    const d = doc(text);
    expect(sentences(d)).toEqual([
      [0, 97, 0, 'Prof. Dr. H. Ahmad Syafii datang ke Jl. Sudirman No. 12 membawa buku, tas, dsb. untuk warga, dll.'],
      [98, 117, 0, 'Kemudian ia pulang.'],
    ]);
    expect(d.tokens.slice(0, 5).map((t) => [t.text, t.start, t.end])).toEqual([
      ['Prof.', 0, 5],
      ['Dr.', 6, 9],
      ['H.', 10, 12],
      ['Ahmad', 13, 18],
      ['Syafii', 19, 25],
    ]);
    expect(d.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Jl.', 'No.', 'dsb.', 'dll.']));
  });

  it('keeps a quotation and its lower-case cue in one sentence', () => {
    const d = doc('"Ini kenapa?" tanya Djarot. "Jadi digendong?" Agnes diam. Ia bilang "tidak." Lalu pergi.');
    expect(sentences(d)).toEqual([
      [0, 27, 0, '"Ini kenapa?" tanya Djarot.'],
      [28, 45, 0, '"Jadi digendong?"'],
      [46, 57, 0, 'Agnes diam.'],
      [58, 76, 0, 'Ia bilang "tidak."'],
      [77, 88, 0, 'Lalu pergi.'],
    ]);
  });

  it('joins what has no space around a full stop: money, web addresses', () => {
    const d = doc('Harga naik Rp1.500 dan Rp 1.500.000 kata Suara.com hari ini. Merdeka.com-Laga berakhir.');
    expect(d.tokens.filter((t) => /\./.test(t.text) && t.text.length > 1).map((t) => [t.text, t.type, t.start, t.end])).toEqual([
      ['Rp1.500', 'word', 11, 18],
      ['1.500.000', 'number', 26, 35],
      ['Suara.com', 'url', 41, 50],
      ['Merdeka.com', 'url', 61, 72],
    ]);
    expect(d.sentences.map((s) => s.text)).toEqual([
      'Harga naik Rp1.500 dan Rp 1.500.000 kata Suara.com hari ini.',
      'Merdeka.com-Laga berakhir.',
    ]);
  });

  it('counts the seed article’s paragraphs, sentences and tokens', () => {
    const d = doc(seed);
    expect(d.paragraphs.length).toBe(15);
    expect(d.paragraphs.filter((p) => p.kind === 'content').length).toBe(12);
    expect(d.sentences.length).toBe(22);
    expect(d.quoteAwareSentences.length).toBe(16);
    expect(d.tokens.length).toBe(420);
    expect(d.sentences[3]!.text).toBe('Head of Communications TikTok Indonesia, Anggini Setiawan menjelaskan Project S yang disebut-sebut akan masuk ke Indonesia.');
    expect(d.tokens.find((t) => t.text === '26/7/2023')).toMatchObject({ start: 720, end: 729 });
    expect(d.text.slice(720, 729)).toBe('26/7/2023');
  });
});

describe('ArticleDoc quotation-aware sentences', () => {
  it('never cuts a quotation', () => {
    const d = doc('Judul Berita\n\n“Satu. Dua,” kata dia. Lalu pergi.');
    expect(d.sentences.map((s) => s.text)).toEqual(['Judul Berita', '“Satu.', 'Dua,” kata dia.', 'Lalu pergi.']);
    expect(d.quoteAwareSentences.map((s) => s.text)).toEqual(['Judul Berita', '“Satu. Dua,” kata dia.', 'Lalu pergi.']);
  });

  it('reads Kompas-style ” … ” (the same mark both sides) and straight quotes over several sentences', () => {
    const d = doc(
      '”Satu. Dua,” kata dia. Lalu pergi.\n\n"Kami siap. Kami datang. Kami menang," ujarnya. Ia pulang.\n\n“Ini tidak selesai.\n\nLalu dia diam.',
    );
    expect(d.quoteAwareSentences.map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 22, '”Satu. Dua,” kata dia.'],
      [23, 34, 'Lalu pergi.'],
      [36, 83, '"Kami siap. Kami datang. Kami menang," ujarnya.'],
      [84, 94, 'Ia pulang.'],
      // An unclosed quotation ends with its paragraph.
      [96, 115, '“Ini tidak selesai.'],
      [117, 131, 'Lalu dia diam.'],
    ]);
    expect(d.sentences.length).toBe(9);
  });
});

describe('ArticleDoc boilerplate and title', () => {
  it('marks the seed article’s section label, title and footer', () => {
    const d = doc(seed);
    expect(d.title).toBe('TikTok Ancam UMKM Indonesia, Kemenkop dan UKM Melunak');
    expect(d.titleParagraph).toBe(1);
    const marked = d.paragraphs.filter((p) => p.kind !== 'content').map((p) => [p.kind, p.rule, p.text]);
    expect(marked).toEqual([
      ['label', 'document.section-label', 'Market'],
      ['title', 'document.title-first-line', 'TikTok Ancam UMKM Indonesia, Kemenkop dan UKM Melunak'],
      ['boilerplate', 'id.boilerplate.back-to-top', 'Back to top button'],
    ]);
  });

  it('marks every kind of scraped line, also inside a block, and keeps only content in sentences', () => {
    const d = doc(fixture('document/scraped-page.txt'));
    expect(d.title).toBe('Banjir Rendam Ratusan Rumah di Bekasi');
    expect(d.paragraphs.map((p) => [p.start, p.end, p.kind, p.rule])).toEqual([
      [0, 8, 'label', 'document.section-label'],
      [10, 47, 'title', 'document.title-first-line'],
      [49, 62, 'boilerplate', 'id.boilerplate.advertisement'],
      [63, 94, 'boilerplate', 'id.boilerplate.advertisement'],
      [96, 249, 'content', null],
      [251, 305, 'boilerplate', 'id.boilerplate.baca-juga'],
      [307, 410, 'content', null],
      [411, 429, 'boilerplate', 'id.boilerplate.embed'],
      [431, 480, 'boilerplate', 'id.boilerplate.simak-video'],
      [482, 511, 'boilerplate', 'id.boilerplate.photo-credit'],
      [513, 523, 'boilerplate', 'id.boilerplate.baca-juga'],
      [525, 575, 'boilerplate', 'id.boilerplate.baca-juga'],
      [577, 622, 'boilerplate', 'id.boilerplate.baca-juga'],
      [624, 694, 'content', null],
      [696, 701, 'boilerplate', 'id.boilerplate.separator'],
      [703, 734, 'boilerplate', 'id.boilerplate.source'],
      [736, 745, 'boilerplate', 'id.boilerplate.editor-initials'],
      [747, 765, 'boilerplate', 'id.boilerplate.back-to-top'],
    ]);
    expect(d.paragraphs[7]!.text).toBe('[Gambas:Video CNN]');
    expect(d.paragraphs[11]!.text).toBe('Curah Hujan Tinggi Diprediksi Hingga Akhir Januari');
    expect(d.sentences.map((s) => s.text)).toEqual([
      'Banjir Rendam Ratusan Rumah di Bekasi',
      'Bekasi, Suara.com - Banjir setinggi 80 sentimeter merendam ratusan rumah di Kecamatan Bekasi Timur, Senin (6/1/2025).',
      'Warga mengungsi ke masjid terdekat.',
      '"Air naik cepat sekali.',
      'Kami tidak sempat menyelamatkan barang," kata Siti Aminah (45), warga setempat.',
      'Pemerintah Kota Bekasi menyiapkan 12 posko pengungsian dan dapur umum.',
    ]);
    expect(d.tokens.some((t) => t.text === 'ADVERTISEMENT' || t.text === 'Gambas')).toBe(false);
    expect(d.contentText()).toBe(
      [d.paragraphs[1], d.paragraphs[4], d.paragraphs[6], d.paragraphs[13]].map((p) => p!.text).join('\n\n'),
    );
  });

  it('recognises the house styles of scraped lines, and leaves look-alike content alone', () => {
    const lines: [string, string | null][] = [
      ['[Baca juga: Harga Cabai Naik Jelang Lebaran]', 'id.boilerplate.baca-juga'],
      ['(Baca: Polisi Tangkap Dua Pelaku Begal)', 'id.boilerplate.baca-juga'],
      ['SIMAK JUGA-  Persib Tahan Imbang Arema', 'id.boilerplate.baca-juga'],
      ['Baca_Juga', 'id.boilerplate.baca-juga'],
      ['Lihat Juga: Banjir di Kemang', 'id.boilerplate.baca-juga'],
      ['Saksikan video pilihan di bawah ini:', 'id.boilerplate.simak-video'],
      ['(ugo/djm)', 'id.boilerplate.editor-initials'],
      ['(U.B018/T013)', 'id.boilerplate.editor-initials'],
      ['(Uu. H-RF/I015)', 'id.boilerplate.editor-initials'],
      ['[sau]', 'id.boilerplate.editor-initials'],
      ['Penulis: Dian Savitri', 'id.boilerplate.editor'],
      ['Sumber: Google.', 'id.boilerplate.editor'],
      ['Sumber berita Gizmochina dan GSMArena.', 'id.boilerplate.source'],
      ['Tim Cook, CEO Apple (Foto: Reuters)', 'id.boilerplate.photo-credit'],
      ['* * *', 'id.boilerplate.separator'],
      // Content that starts alike.
      ['Sumber pemerintah mengatakan rapat ditunda hingga pekan depan.', null],
      ['Bacaan doa dipimpin oleh ketua panitia setempat.', null],
      ['(Foto) Warga berkumpul di depan balai desa.', null],
    ];
    const text = ['Isi pertama berita ini.', ...lines.map(([line]) => line), 'Isi terakhir berita ini.'].join('\n\n');
    const d = doc(text);
    expect(d.paragraphs.slice(1, -1).map((p) => [p.text, p.rule])).toEqual(lines);
  });

  it('takes no title from a lead: a dateline, a final full stop, or a lone paragraph', () => {
    const lead = doc('Jakarta, CNN Indonesia -- Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah\n\nIa datang pukul 10.00 WIB.');
    expect([lead.title, lead.titleParagraph, lead.paragraphs[0]!.kind]).toEqual([null, null, 'content']);
    expect(doc('Merdeka.com - Laga Berakhir Imbang\n\nKedua tim bermain bagus.').title).toBeNull();
    expect(doc('Presiden meresmikan jalan tol baru.\n\nIa datang pukul 10.00 WIB.').title).toBeNull();
    expect(doc('Presiden meresmikan jalan tol baru').title).toBeNull();
  });

  it('uses the metadata title, and marks the line that repeats it', () => {
    const separate = doc('Presiden meresmikan jalan tol baru.\n\nIa datang pukul 10.00 WIB.', 'Jokowi Resmikan Tol');
    expect([separate.title, separate.titleParagraph]).toEqual(['Jokowi Resmikan Tol', null]);
    const repeated = doc('Jokowi  Resmikan Tol\n\nPresiden meresmikan jalan tol baru.', 'Jokowi Resmikan Tol ');
    expect([repeated.title, repeated.titleParagraph, repeated.paragraphs[0]!.rule]).toEqual([
      'Jokowi Resmikan Tol',
      0,
      'document.title-metadata',
    ]);
  });

  it('reads a long single line with stray quotation marks in one pass', () => {
    const line = 'Warga bilang " harga naik. Pedagang “ diam. '.repeat(2000);
    const d = doc(line);
    expect(d.paragraphs.length).toBe(1);
    expect(d.sentences.length).toBe(4000);
    // The curly opening marks never close: the whole paragraph is one quotation-aware sentence.
    expect(d.quoteAwareSentences.map((q) => [q.start, q.end])).toEqual([[0, line.length - 1]]);
  });

  it('cuts a run without spaces into pieces of 128 characters for wink, with exact offsets', () => {
    // wink's tokenizer is quadratic in a token's length; the article model breaks long runs.
    const d = doc('Kata ' + 'x'.repeat(300) + ' habis.');
    expect(d.tokens.map((t) => [t.text.length, t.start, t.end])).toEqual([
      [4, 0, 4],
      [128, 5, 133],
      [128, 134, 262],
      [42, 263, 305],
      [5, 306, 311],
      [1, 311, 312],
    ]);
    for (const t of d.tokens) expect(d.text.slice(t.start, t.end)).toBe(t.text);
    // A run of emoji is cut between two code points, never inside a surrogate pair.
    const emoji = doc('🎉'.repeat(200));
    expect(emoji.tokens.every((t) => [...t.text].every((c) => c === '🎉'))).toBe(true);
    // 400 UTF-16 units: the pairs at units 128, 258 and 388 are the three breaks.
    expect(emoji.tokens.reduce((n, t) => n + [...t.text].length, 0)).toBe(197);
  });

  it('keeps an empty text empty', () => {
    const d = doc('');
    expect([d.paragraphs, d.sentences, d.tokens, d.title, d.length]).toEqual([[], [], [], null, 0]);
    expect(doc(' \n\n \r\n').paragraphs).toEqual([]);
  });
});

describe('ArticleDoc lazy fields', () => {
  const text = 'Kabar Kota\n\nWali kota berkata, “Jalan ini dibuka. Semua boleh lewat.” Warga 🎉 senang.\n\nBaca juga: Banjir surut\n\nParagraf penutup.';

  it('computes tokens, sentences and quotation-aware sentences on first use, once', () => {
    const d = doc(text);
    const tokens = d.tokens;
    expect(d.tokens).toBe(tokens); // the same array on every access
    expect(d.sentences).toBe(d.sentences);
    expect(d.quoteAwareSentences).toBe(d.quoteAwareSentences);
    expect(sentences(d)).toEqual([
      [0, 10, 0, 'Kabar Kota'],
      [12, 49, 1, 'Wali kota berkata, “Jalan ini dibuka.'],
      [50, 69, 1, 'Semua boleh lewat.”'],
      [70, 86, 1, 'Warga 🎉 senang.'],
      [113, 130, 3, 'Paragraf penutup.'],
    ]);
    expect(d.quoteAwareSentences.map((s) => [s.start, s.end])).toEqual([
      [0, 10],
      [12, 69],
      [70, 86],
      [113, 130],
    ]);
    // Merging never touches the plain sentences.
    expect(d.sentences[1]!.end).toBe(49);
    // The boilerplate line has no tokens; the last ones are the closing paragraph's.
    expect(tokens.slice(-3).map((t) => [t.text, t.start, t.end])).toEqual([
      ['Paragraf', 113, 121],
      ['penutup', 122, 129],
      ['.', 129, 130],
    ]);
    expect(tokens.some((t) => t.text === 'Banjir')).toBe(false);
  });

  it('gives the same values whichever field is read first', () => {
    const a = doc(text);
    const b = doc(text);
    const qa = b.quoteAwareSentences; // before tokens and sentences
    expect(qa).toEqual(a.quoteAwareSentences);
    expect(b.tokens).toEqual(a.tokens);
    expect(b.sentences).toEqual(a.sentences);
  });

  it('keeps the content text (title and content paragraphs) for language detection', () => {
    const d = doc(text);
    expect(d.contentText()).toBe('Kabar Kota\n\nWali kota berkata, “Jalan ini dibuka. Semua boleh lewat.” Warga 🎉 senang.\n\nParagraf penutup.');
    expect(d.contentText()).toBe(d.contentText());
  });
});
