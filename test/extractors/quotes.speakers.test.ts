import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes.helpers.js';

/** [quote text start, speaker name, resolved, mention] for each quote. */
function speakers(text: string, lang = 'id') {
  return quotesOf(text, lang).quotes.map((q) => [q.text.slice(0, 12), q.speaker?.name ?? null, q.speaker?.resolved ?? null, q.speaker?.mention?.text ?? null]);
}

describe('speaker coreference', () => {
  it('resolves a description to the person named before it', () => {
    const text =
      'Judul Berita\n\nDirektur Utama PT Kereta Api Indonesia Didiek Hartantyo meninjau stasiun baru.\n\n' +
      '"Kami siap melayani penumpang mulai besok," ujar mantan bos PT Pelni ini.';
    expect(speakers(text)).toEqual([['Kami siap me', 'Didiek Hartantyo', 'pronoun', 'mantan bos PT Pelni ini']]);
  });

  it('joins nicknames, syllable short forms and one-letter misspellings to the full name', () => {
    const text =
      // `Persija` is used alone as well: a club, so not the first word of the coach's name.
      'Judul Berita\n\nPelatih Persija Stefano Cugurra alias Teco memimpin latihan. Gubernur Joko Widodo ikut menonton. Persija menang 2-0.\n\n' +
      '"Tim sudah siap," kata Teco.\n\n"Saya puas dengan latihan hari ini," kata Jokowi.\n\n"Latihan berikutnya lebih berat," kata Stefanno.';
    expect(speakers(text)).toEqual([
      ['Tim sudah si', 'Stefano Cugurra', 'alias', 'Teco'],
      ['Saya puas de', 'Joko Widodo', 'alias', 'Jokowi'],
      ['Latihan beri', 'Stefano Cugurra', 'alias', 'Stefanno'],
    ]);
  });

  it('strips honorifics and ranks from the canonical name', () => {
    const text = 'Judul Berita\n\n"Kasus ini masih kami dalami," kata Kapolsek Menteng Kompol Budi Hartono.\n\n"Terima kasih," ujar Bu Sri Wahyuni.';
    expect(speakers(text)).toEqual([
      ['Kasus ini ma', 'Budi Hartono', 'name', 'Kapolsek Menteng Kompol Budi Hartono'],
      ['Terima kasih', 'Sri Wahyuni', 'name', 'Bu Sri Wahyuni'],
    ]);
  });

  it('gives a pronoun the person in subject position, not a name in an object', () => {
    const text =
      'Judul Berita\n\nMegawati mengaku puas melihat penampilan Ahok saat debat.\n\n"Kemarin saya lihat waktu debat," ujarnya.';
    // Megawati is the subject of `mengaku`; Ahok is only the object of `melihat penampilan`.
    expect(speakers(text)).toEqual([['Kemarin saya', 'Megawati', 'nya', 'ujarnya']]);
    const named = 'Judul Berita\n\n"Kami tetap optimistis," kata Megawati.\n\nMegawati mengaku puas melihat penampilan Ahok saat debat.\n\n"Kemarin saya lihat waktu debat," ujarnya.';
    expect(speakers(named).at(-1)).toEqual(['Kemarin saya', 'Megawati', 'nya', 'ujarnya']);
  });

  it('keeps bodies as bodies and links nothing that is not there', () => {
    const result = quotesOf('Judul Berita\n\nMenurut pihak kepolisian, pelaku sudah dua kali beraksi di kawasan itu.');
    expect(result.quotes.map((q) => [q.kind, q.rule, q.text, q.speaker?.name, q.speaker?.entity])).toEqual([
      ['indirect', 'id.quote.indirect-according-to', 'pelaku sudah dua kali beraksi di kawasan itu', 'pihak kepolisian', null],
    ]);
    expect(result.people).toEqual([]);
  });
});
