// A company's product or unit written right after the company's name (`Google Translate`,
// `Honda Civic`) is no person; the holder named after `akun <platform>` still is. Texts written
// for the test in the style of Indonesian tech and auto pages.
import { describe, expect, it } from 'vitest';
import { run, withRules } from './entities.helpers.js';

describe('entities: the word after a one-word company', () => {
  it('reads no person in a product or service named after its company', () => {
    const r = run(
      'Mulai pekan ini pengguna di Indonesia dapat menerjemahkan percakapan secara langsung lewat Google Translate. ' +
        'Fitur serupa sebelumnya hadir di Microsoft Teams.',
    );
    expect(withRules(r.people)).toEqual([]);
    expect(withRules(r.organisations)).toEqual([
      ['Google', 'id.org.gazetteer', [['Google', 91, 97]]],
      ['Microsoft', 'id.org.gazetteer', [['Microsoft', 142, 151]]],
    ]);
    expect(withRules(r.places)).toEqual([['Indonesia', 'id.place.gazetteer', [['Indonesia', 28, 37]]]]);
  });

  it('reads no person in a car model after its maker', () => {
    const r = run('Penjualan Honda Civic naik 12 persen pada Juli, sementara Toyota Agya tetap menjadi mobil murah terlaris.');
    expect(withRules(r.people)).toEqual([]);
    expect(withRules(r.organisations)).toEqual([
      ['Honda', 'id.org.gazetteer', [['Honda', 10, 15]]],
      ['Toyota', 'id.org.gazetteer', [['Toyota', 58, 64]]],
    ]);
  });

  it('keeps the holder of an account named after `akun` and the platform', () => {
    const r = run('Akun Twitter Kinanti belum diperbarui sejak Senin (4/9). Kinanti juga belum menjawab pesan wartawan.');
    expect(withRules(r.organisations)).toEqual([['Twitter', 'id.org.gazetteer', [['Twitter', 5, 12]]]]);
    expect(withRules(r.people)).toEqual([['Kinanti', 'id.person.after-organisation', [['Kinanti', 13, 20], ['Kinanti', 57, 64]]]]);
  });
});
