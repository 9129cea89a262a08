import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// A description with a relative clause as the subject (a short article written for these
// tests): `Pria yang akrab disapa Adi itu menegaskan …` points back to the person named before.
// The last paragraph describes someone with no reporting verb and gives nothing.
const text = quoteFixture('described-subject-id.txt');

describe('a described subject with a relative clause (Indonesian)', () => {
  it('reads the description as the person named before', () => {
    expect(quoteRows(text)).toEqual([
      ['id.quote.indirect-verb', 'jalur itu dibangun bersama warga desa selama enam bulan', 122, 177, 'mengatakan', 'Suryadi Hasan', 'Suryadi', 'name'],
      ['id.quote.indirect-verb', 'kuota pendaki tetap dibatasi 500 orang per hari', 228, 275, 'menegaskan', 'Suryadi Hasan', 'Pria yang akrab disapa Adi itu', 'pronoun'],
    ]);
  });
});
