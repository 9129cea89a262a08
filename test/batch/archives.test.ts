import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { expandInputs, fileStem, formatOf, readArchives, type ArchiveRecord } from '../../src/cli/archives.js';

const B = 'fixtures/batch';

async function collect(inputs: string[], options: Parameters<typeof readArchives>[1] = {}): Promise<ArchiveRecord[]> {
  const out: ArchiveRecord[] = [];
  for await (const r of readArchives(inputs, options)) out.push(r);
  return out;
}

/** A record without its text, for comparing what names and places it. */
function shape(r: ArchiveRecord): Record<string, unknown> {
  const { text: _t, html: _h, ...rest } = r as ArchiveRecord & { text?: string; html?: string };
  return rest;
}

describe('JSONL archives', () => {
  it('yields one record per line, a malformed line and a line without text as error records in place', async () => {
    const records = await collect([`${B}/archive.jsonl`]);
    expect(records.map(shape)).toEqual([
      { kind: 'article', id: 'pasar-tanah-abang', source: `${B}/archive.jsonl:1`, file: `${B}/archive.jsonl`, line: 1, bytes: 508,
        title: 'Pedagang Tanah Abang Keluhkan Sepinya Pembeli', published: '2024-03-05T09:15:00+07:00' },
      { kind: 'article', id: 'panen-padi-karawang', source: `${B}/archive.jsonl:2`, file: `${B}/archive.jsonl`, line: 2, bytes: 353,
        title: null, published: '2024-04-18' },
      { kind: 'error', id: 'archive-3', source: `${B}/archive.jsonl:3`, file: `${B}/archive.jsonl`, line: 3, bytes: 61,
        code: 'malformed-record', message: 'not valid JSON (Unterminated string in JSON at position 60)' },
      { kind: 'article', id: 'kereta-cepat', source: `${B}/archive.jsonl:4`, file: `${B}/archive.jsonl`, line: 4, bytes: 287,
        title: 'Penumpang Kereta Cepat Naik', published: '2024-01-02' },
      { kind: 'error', id: 'tanpa-teks', source: `${B}/archive.jsonl:5`, file: `${B}/archive.jsonl`, line: 5, bytes: 47,
        code: 'malformed-record', message: 'no "text" field' },
      { kind: 'article', id: 'harga-cabai', source: `${B}/archive.jsonl:6`, file: `${B}/archive.jsonl`, line: 6, bytes: 211,
        title: null, published: '2024-02-20' },
    ]);
    const first = records[0] as { text: string };
    expect(first.text.startsWith('Pedagang Tanah Abang Keluhkan Sepinya Pembeli\n\nJAKARTA - Sejumlah pedagang')).toBe(true);
    expect(first.text.endsWith('Selasa (5/3/2024).')).toBe(true);
  });

  it('reads other field names with --text-field/--id-field/--title-field/--date-field', async () => {
    const records = await collect([`${B}/custom-fields.jsonl`], { fields: { text: 'isi', id: 'kode', title: 'judul', date: ['tanggal'] } });
    expect(records.map((r) => [r.kind, r.id, (r as { title?: string }).title, (r as { published?: string }).published])).toEqual([
      ['article', 'A-01', 'Jembatan Baru Dibuka', '2023-11-10'],
      ['article', 'A-02', 'Sekolah Terendam', '2023-11-12'],
    ]);
    expect((records[1] as { text: string }).text).toBe(
      'Tiga sekolah dasar di Kecamatan Pademangan terendam banjir setinggi 50 sentimeter. Kegiatan belajar dipindahkan ke aula kelurahan.',
    );
  });

  it('streams a gzip-compressed archive to the same records as the plain one', async () => {
    const plain = await collect([`${B}/archive.jsonl`]);
    const gz = await collect([`${B}/archive-copy.jsonl.gz`]);
    expect(gz.map((r) => [r.id, r.line, r.kind, (r as { text?: string }).text])).toEqual(
      plain.map((r) => [r.id === 'archive-3' ? 'archive-copy-3' : r.id, r.line, r.kind, (r as { text?: string }).text]),
    );
    expect(gz[0]!.source).toBe(`${B}/archive-copy.jsonl.gz:1`);
  });

  it('turns a gzip stream that breaks off into an error record at the line it reached', async () => {
    const records = await collect([`${B}/truncated.jsonl.gz`, `${B}/custom-fields.jsonl`], { fields: { text: 'isi' } });
    expect(records.map(shape)[0]).toEqual({
      kind: 'error', id: 'truncated-1', source: `${B}/truncated.jsonl.gz:1`, file: `${B}/truncated.jsonl.gz`, line: 1, bytes: 0,
      code: 'undecodable', message: 'not a readable gzip file (unexpected end of file)',
    });
    // and the run goes on with the next input
    expect(records.slice(1).map((r) => [r.kind, r.id])).toEqual([['article', 'custom-fields-1'], ['article', 'custom-fields-2']]);
  });

  it('reads JSONL on stdin, CRLF lines, a blank line as an error record so that lines stay aligned', async () => {
    const stdin = Readable.from(['{"id":"a","text":"Satu."}\r\n', '\r\n{"id":"b","te', 'xt":"Dua."}\n', '[1,2]\n']);
    const records = await collect(['-'], { input: 'jsonl', stdin });
    expect(records.map(shape)).toEqual([
      { kind: 'article', id: 'a', source: null, file: null, line: 1, bytes: 26, title: null, published: null },
      { kind: 'error', id: 'stdin-2', source: null, file: null, line: 2, bytes: 1, code: 'malformed-record', message: 'blank line' },
      { kind: 'article', id: 'b', source: null, file: null, line: 3, bytes: 25, title: null, published: null },
      { kind: 'error', id: 'stdin-4', source: null, file: null, line: 4, bytes: 6, code: 'malformed-record', message: 'not a JSON object' },
    ]);
    expect((records[2] as { text: string }).text).toBe('Dua.');
  });
});

describe('files, folders and globs', () => {
  it('walks a folder recursively in sorted order, only article files, leaving out --exclude', async () => {
    const all: string[] = [];
    for await (const f of expandInputs([`${B}/folder`])) all.push(f);
    expect(all).toEqual([
      `${B}/folder/daerah/draft/belum-terbit.txt`,
      `${B}/folder/daerah/longsor-garut.txt`,
      `${B}/folder/ekonomi/inflasi.txt`,
    ]);
    const records = await collect([`${B}/folder/`], { exclude: ['**/draft/**'] });
    expect(records.map(shape)).toEqual([
      { kind: 'article', id: 'longsor-garut', source: `${B}/folder/daerah/longsor-garut.txt`, file: `${B}/folder/daerah/longsor-garut.txt`, line: null, bytes: 169 },
      { kind: 'article', id: 'inflasi', source: `${B}/folder/ekonomi/inflasi.txt`, file: `${B}/folder/ekonomi/inflasi.txt`, line: null, bytes: 174 },
    ]);
    expect((records[0] as { text: string }).text).toBe(readFileSync(`${B}/folder/daerah/longsor-garut.txt`, 'utf8'));
  });

  it('expands a glob (sorted) and keeps a glob that matches nothing, so that it fails in place', async () => {
    const files: string[] = [];
    for await (const f of expandInputs([`${B}/pages/*.html`, `${B}/nothing/*.txt`])) files.push(f);
    expect(files).toEqual([`${B}/pages/banjir-semarang.html`, `${B}/pages/tanpa-artikel.html`, `${B}/nothing/*.txt`]);
    const records = await collect([`${B}/**/inflasi*`], { exclude: [`${B}/folder/**`] });
    expect(records.map((r) => r.source)).toEqual([`${B}/inflasi.txt.gz`]);
  });

  it('gives a gzip-compressed text file the text of the plain one, and HTML pages as HTML', async () => {
    const [gz, html] = await collect([`${B}/inflasi.txt.gz`, `${B}/pages/banjir-semarang.html`]);
    expect(gz).toMatchObject({ kind: 'article', id: 'inflasi', line: null, bytes: 150 });
    expect((gz as { text: string }).text).toBe(readFileSync(`${B}/folder/ekonomi/inflasi.txt`, 'utf8'));
    expect(html).toMatchObject({ kind: 'article', id: 'banjir-semarang', source: `${B}/pages/banjir-semarang.html` });
    expect((html as { html: string }).html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('turns a missing, binary or non-gzip file into an error record and goes on', async () => {
    const records = await collect([`${B}/missing.txt`, `${B}/binary.txt`, `${B}/not-gzip.txt.gz`, `${B}/folder/ekonomi/inflasi.txt`]);
    expect(records.map((r) => [r.kind, r.id, r.kind === 'error' ? r.code : null, r.file, r.line])).toEqual([
      ['error', 'missing', 'not-found', `${B}/missing.txt`, null],
      ['error', 'binary', 'binary', `${B}/binary.txt`, null],
      ['error', 'not-gzip', 'undecodable', `${B}/not-gzip.txt.gz`, null],
      ['article', 'inflasi', null, `${B}/folder/ekonomi/inflasi.txt`, null],
    ]);
    expect((records[2] as { message: string }).message).toBe('not a readable gzip file (incorrect header check)');
  });

  it('knows formats by extension unless one is forced, and ids by file stem', () => {
    expect(formatOf('a/b.jsonl', 'auto')).toBe('jsonl');
    expect(formatOf('a/b.NDJSON.gz', undefined)).toBe('jsonl');
    expect(formatOf('a/b.htm', undefined)).toBe('html');
    expect(formatOf('a/b.txt.gz', undefined)).toBe('text');
    expect(formatOf('a/b.txt', 'jsonl')).toBe('jsonl');
    expect(fileStem('x/arsip-2023.jsonl.gz')).toBe('arsip-2023');
    expect(fileStem('-')).toBe('stdin');
  });
});
