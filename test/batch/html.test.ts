import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractHtmlArticle, loadHtmlLibraries, normaliseDate } from '../../src/cli/html.js';

const page = (name: string) => readFileSync(`fixtures/batch/pages/${name}`, 'utf8');

beforeAll(async () => {
  await loadHtmlLibraries();
});

describe('HTML pages', () => {
  it('takes out the article text by paragraphs, its title and its publication date', () => {
    const article = extractHtmlArticle(page('banjir-semarang.html'));
    expect(article.title).toBe('Banjir Rendam 12 Kelurahan di Semarang');
    expect(article.published).toBe('2024-02-14T07:30');
    expect(article.text.split('\n\n')).toEqual([
      'SEMARANG - Hujan deras sejak Selasa malam membuat banjir merendam 12 kelurahan di Kota Semarang, Jawa Tengah, pada Rabu (14/2/2024). Ketinggian air di sejumlah titik mencapai 70 sentimeter.',
      'Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Semarang, Endro Pudyo, mengatakan sebanyak 1.250 warga terpaksa mengungsi ke balai kelurahan dan masjid terdekat.',
      '"Kami sudah menyiagakan perahu karet dan dapur umum di tiga titik pengungsian," kata Endro saat ditemui di Kecamatan Genuk.',
      'Menurut Endro, pompa air di kawasan Kaligawe bekerja penuh sejak pagi. Namun debit air dari hulu masih tinggi sehingga genangan diperkirakan baru surut dalam dua hari.',
      'Warga Kelurahan Tambakrejo, Siti Aminah (45), mengaku air masuk ke rumahnya sejak pukul 02.00 WIB. "Barang-barang sudah kami naikkan ke lantai dua," ujarnya.',
    ]);
  });

  it('leaves out "Baca juga" boxes (a labelled paragraph and a link list) and navigation', () => {
    const { text } = extractHtmlArticle(page('banjir-semarang.html'));
    for (const gone of ['Baca juga', 'Baca Juga', 'Rob Kembali', 'Tanggul Jebol', 'Beranda', 'Copyright', 'dataLayer']) {
      expect(text).not.toContain(gone);
    }
  });

  it('reads the date from the meta tags of Indonesian sites and from <time>', () => {
    const html = (head: string, body = '') =>
      `<html><head><title>T</title>${head}</head><body>${body}<article><p>${'Warga kota berkumpul di alun-alun untuk merayakan hari jadi kota. '.repeat(6)}</p></article></body></html>`;
    expect(extractHtmlArticle(html('<meta name="publishdate" content="2023/07/26 10:05:00">')).published).toBe('2023-07-26T10:05');
    expect(extractHtmlArticle(html('<meta name="content_PublishedDate" content="2022-01-09 21:00:00">')).published).toBe('2022-01-09T21:00');
    expect(extractHtmlArticle(html('', '<time datetime="2021-12-31">31 Desember</time>')).published).toBe('2021-12-31');
    expect(extractHtmlArticle(html('')).published).toBe(null);
  });

  it('refuses a page with no article text', () => {
    expect(() => extractHtmlArticle(page('tanpa-artikel.html'))).toThrow('no article text found in the page');
  });

  it('normalises date-times and refuses what is not a date', () => {
    expect(normaliseDate('2024-02-14T07:30:00+07:00')).toBe('2024-02-14T07:30');
    expect(normaliseDate('2024/2/4')).toBe('2024-02-04');
    expect(normaliseDate('2024-13-01')).toBe(null);
    expect(normaliseDate('Rabu, 26 Juli 2023')).toBe(null);
    expect(normaliseDate(null)).toBe(null);
  });
});
