import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeText } from '../../src/cli/decode.js';

const fixture = (name: string) => readFileSync(`fixtures/cli/${name}`);

const GEMPA_TITLE = 'Gempa Guncang Cianjur, Warga Berhamburan 🏃';

describe('decodeText', () => {
  it('reads plain UTF-8 as is, line endings kept', () => {
    const d = decodeText(Buffer.from('Judul\r\n\r\nIsi “kutipan”.\rAkhir'));
    expect(d).toEqual({ text: 'Judul\r\n\r\nIsi “kutipan”.\rAkhir', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const d = decodeText(fixture('gempa-utf8-bom.txt'));
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith(GEMPA_TITLE)).toBe(true);
    expect(d.text.charCodeAt(0)).toBe(0x47); // "G", no U+FEFF in front
  });

  it('reads UTF-16LE and UTF-16BE with a byte-order mark, astral characters whole', () => {
    const le = decodeText(fixture('gempa-utf16le.txt'));
    const be = decodeText(fixture('gempa-utf16be.txt'));
    const utf8 = decodeText(fixture('gempa-utf8-bom.txt'));
    expect(le.encoding).toBe('utf-16le');
    expect(be.encoding).toBe('utf-16be');
    expect(le.text).toBe(utf8.text);
    expect(be.text).toBe(utf8.text);
    expect(le.text.split('\n')[0]).toBe(GEMPA_TITLE);
  });

  it('reads invalid UTF-8 as Windows-1252: 0x93/0x94 are “ ”, 0x96 is –', () => {
    const d = decodeText(fixture('cabai-1252.txt'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text.split('\r\n')[0]).toBe('Pedagang Sebut “Panen Terlambat” Bikin Harga Cabai Naik');
    expect(d.text).toContain('JAKARTA – Pedagang');
    expect(d.text).toContain('“Pasokan dari Jawa Tengah berkurang karena panen terlambat,” ujar Sutrisno');
    expect(d.text).not.toMatch(/[\u0080-\u009f]/);
    expect(d.text.length).toBe(fixture('cabai-1252.txt').length); // one character per byte
  });

  it('keeps valid UTF-8 with non-Latin letters as UTF-8', () => {
    expect(decodeText(Buffer.from('Harga naik 5% — kata “Budi” 😀', 'utf8')).encoding).toBe('utf-8');
  });

  it('refuses NUL bytes as binary, naming UTF-16 without a mark as the likely cause', () => {
    expect(() => decodeText(fixture('foto.png'))).toThrow(DecodeError);
    expect(() => decodeText(fixture('foto.png'))).toThrow(
      'binary file, not analysed (NUL bytes; UTF-16 text needs a byte-order mark)',
    );
    expect(() => decodeText(Buffer.from('B\u0000e\u0000r\u0000', 'latin1'))).toThrow(/binary file/);
  });

  it('refuses text full of control characters, accepts a stray one', () => {
    const noisy = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x61)));
    expect(() => decodeText(noisy)).toThrow('binary file, not analysed (20 control characters)');
    const oneStray = Buffer.from(`${'a'.repeat(199)}\u0007`);
    expect(decodeText(oneStray).text.length).toBe(200);
  });

  it('refuses a UTF-16 file with NUL characters in it', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab\u0000cd', 'utf16le')]);
    expect(() => decodeText(bytes)).toThrow('binary file, not analysed (NUL characters)');
  });

  it('decodes an empty input to an empty text (the CLI reports it as empty)', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});
