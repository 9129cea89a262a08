import { describe, expect, it } from 'vitest';
import { codePointOffsets, locateInOrder, utf16Offsets } from '../../src/eval/locate.js';
import { normalizeSpeakerName, sameSpeaker } from '../../src/eval/speaker-name.js';
import { matchOneToOne } from '../../src/eval/match.js';
import { contextAround } from '../../src/eval/context.js';

describe('locateInOrder', () => {
  it('takes repeated strings occurrence by occurrence', () => {
    const text = 'Ada 30 soal TIU dan 30 soal TWK, total 30 soal.';
    expect(locateInOrder(text, ['30 soal', '30 soal'])).toEqual([
      { start: 4, end: 11 },
      { start: 20, end: 27 },
    ]);
  });

  it('prefers an occurrence that stands as a whole word', () => {
    const text = 'Pada 2015 nilainya 5, lalu 15.';
    expect(locateInOrder(text, ['5'])).toEqual([{ start: 19, end: 20 }]);
    // No whole-word occurrence: the first one is taken.
    expect(locateInOrder('Tahun 2015.', ['5'])).toEqual([{ start: 9, end: 10 }]);
  });

  it('searches from the start again for a gold list out of order, skipping taken occurrences', () => {
    const text = 'Rabu ada rapat. Kamis ada rapat lagi.';
    expect(locateInOrder(text, ['Kamis', 'rapat', 'Rabu', 'rapat'])).toEqual([
      { start: 16, end: 21 },
      { start: 26, end: 31 },
      { start: 0, end: 4 },
      { start: 9, end: 14 },
    ]);
    // A third `rapat` in the gold finds both occurrences taken.
    expect(locateInOrder(text, ['rapat', 'rapat', 'rapat'])).toEqual([{ start: 9, end: 14 }, { start: 26, end: 31 }, null]);
  });

  it('lets a run of whitespace match any run of whitespace, and reports what is absent as null', () => {
    const text = 'kata dia,\nsaat meninjau   lokasi.';
    expect(locateInOrder(text, ['dia, saat meninjau lokasi', 'tidak ada'])).toEqual([{ start: 5, end: 32 }, null]);
  });

  it('converts UTF-16 indices to code points and back', () => {
    const text = 'a🎉b';
    const toCp = codePointOffsets(text);
    expect([0, 1, 3, 4].map(toCp)).toEqual([0, 1, 2, 3]);
    const toUnit = utf16Offsets(text);
    expect([0, 1, 2, 3].map(toUnit)).toEqual([0, 1, 3, 4]);
  });
});

describe('speaker names', () => {
  it('drops honorifics, ranks and degrees and ignores case', () => {
    expect(normalizeSpeakerName('Kompol Budi Santoso, S.H.')).toBe('budi santoso');
    expect(normalizeSpeakerName('Irjen Pol. Argo Yuwono')).toBe('argo yuwono');
    expect(normalizeSpeakerName('Prof. Dr. Ir. Siti Nurbaya')).toBe('siti nurbaya');
    expect(normalizeSpeakerName('Bu Risma')).toBe('risma');
    expect(normalizeSpeakerName('Mayor Jenderal TNI Andika Perkasa')).toBe('andika perkasa');
    // A name is never emptied: a lone title word stays.
    expect(normalizeSpeakerName('Bapak')).toBe('bapak');
  });

  it('treats two unknown speakers as the same and a known against an unknown as different', () => {
    expect(sameSpeaker(null, null)).toBe(true);
    expect(sameSpeaker('BPS', null)).toBe(false);
    expect(sameSpeaker('Sri Mulyani Indrawati', 'Menteri Sri Mulyani')).toBe(false);
    expect(sameSpeaker('Anggini Setiawan', 'anggini  setiawan')).toBe(true);
  });
});

describe('matchOneToOne', () => {
  it('keeps each gold item on its best candidate unless that leaves another gold item unmatched', () => {
    // Gold 0 prefers prediction 0 but can take 1; gold 1 can only take 0.
    expect(matchOneToOne([[0, 1], [0]], 2)).toEqual([1, 0]);
    // No conflict: preferences hold.
    expect(matchOneToOne([[1, 0], [0]], 2)).toEqual([1, 0]);
    expect(matchOneToOne([[0], [0], []], 1)).toEqual([0, -1, -1]);
  });
});

describe('contextAround', () => {
  it('shows about 30 characters either side, cut between words, on one line', () => {
    const text = 'Sebelumnya warga sudah mengungsi.\n\nBanjir merendam 350 rumah warga di Kecamatan Bekasi Utara, Kota Bekasi, pada hari Selasa.';
    const at = text.indexOf('350 rumah');
    expect(contextAround(text, at, at + 9)).toBe('…mengungsi. ¶ Banjir merendam ⟦350 rumah⟧ warga di Kecamatan Bekasi…');
    expect(contextAround(text, 0, 10)).toBe('⟦Sebelumnya⟧ warga sudah mengungsi. ¶ …');
  });

  it('shortens a long span in the middle', () => {
    const span = 'a'.repeat(50) + 'b'.repeat(50);
    expect(contextAround(span, 0, 100)).toBe(`⟦${'a'.repeat(43)} … ${'b'.repeat(43)}⟧`);
  });
});
