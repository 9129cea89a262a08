// Works, products, foreign places after a place noun, and nicknames: classes of false people and
// places found on the seen gold sets. Each text is written for the test in the style of
// Indonesian news.
import { describe, expect, it } from 'vitest';
import { run, withRules } from './entities.helpers.js';

describe('entities: titles of works, bands and products after their cue words', () => {
  it('reads a band after `grup band` as an organisation with its short form, even one named like a person', async () => {
    const r = await run('Malam itu grup band Budi Wijaya Shelter (BWS) unjuk gigi di Malang.');
    expect(withRules(r.organisations)).toEqual([['Budi Wijaya Shelter', 'id.org.group-cue', [['Budi Wijaya Shelter', 20, 39], ['BWS', 41, 44]]]]);
    expect(withRules(r.people)).toEqual([]);
  });

  it('drops the titles of songs after `lagu`, the tagger\'s organisation reading too', async () => {
    const r = await run('Grup band Langit Senja (LS) tampil di Malang, Sabtu (3/6). Mereka membawakan lagu Rindu Selatan dan Hujan Bulan Juni.');
    expect(withRules(r.organisations)).toEqual([['Langit Senja', 'id.org.tagger', [['Langit Senja', 10, 22], ['LS', 24, 26]]]]);
    expect(withRules(r.people)).toEqual([]);
    expect(withRules(r.places)).toEqual([['Malang', 'id.place.tagger', [['Malang', 38, 44]]]]);
  });

  it('takes no member named after a boyband and commas for the band itself', async () => {
    const r = await run('Malam itu grup band Dewi Kirana membuka konser. Vokalis boyband Tujuh Bintang, Raka, ikut bernyanyi.');
    expect(withRules(r.organisations)).toEqual([['Dewi Kirana', 'id.org.group-cue', [['Dewi Kirana', 20, 31]]]]);
    expect(withRules(r.people)).toEqual([['Raka', 'id.person.tagger', [['Raka', 79, 83]]]]);
  });

  it('takes no place from a car model after `mobil`, and keeps the person whose car it is', async () => {
    const r = await run('Polisi memastikan tidak ada bercak darah di mobil Fortuner tersebut. Pebalap itu mengeluhkan mobil Alonso yang terus mogok. Fernando Alonso kecewa.');
    expect(withRules(r.places)).toEqual([]);
    expect(withRules(r.people)).toEqual([['Fernando Alonso', 'id.person.tagger', [['Alonso', 99, 105], ['Fernando Alonso', 124, 139]]]]);
  });

  it('takes no person from a fictional character whose name is no given name', async () => {
    const r = await run('Film itu menghadirkan karakter Tony Stark dan Peter Parker.');
    // `Tony Stark` is made of given names the tagger knows (`karakter X` may be X's role): kept.
    expect(withRules(r.people)).toEqual([['Tony Stark', 'id.person.tagger', [['Tony Stark', 31, 41]]]]);
  });
});

describe('entities: a place after a lower-case place noun', () => {
  it('reads a foreign name after `negara bagian` and `kota kecil` as a place, not a person', async () => {
    const r = await run('Wabah menyebar di negara bagian Rio Verde dan kota kecil Santa Lucia, kata pejabat setempat.');
    expect(withRules(r.people)).toEqual([]);
    expect(withRules(r.places)).toEqual([
      ['Rio Verde', 'id.place.place-noun', [['Rio Verde', 32, 41]]],
      ['Santa Lucia', 'id.place.place-noun', [['Santa Lucia', 57, 68]]],
    ]);
  });

  it('takes the town after a capitalised `Kota Kecil`, not the description', async () => {
    const r = await run('Serangan itu menghantam Kota Kecil Khan Tuman, kata pejabat setempat.');
    expect(withRules(r.people)).toEqual([]);
    expect(withRules(r.places)).toEqual([['Khan Tuman', 'id.place.place-noun', [['Khan Tuman', 35, 45]]]]);
  });
});

describe('entities: a place named after a place noun, named again without it', () => {
  it('keeps the later bare mention with the place, not a person', async () => {
    const r = await run('Serangan gas menghantam Kota Kecil Khan Tuman, yang dikuasai gerilyawan. Negara itu menyerang di Khan Tuman pekan lalu.');
    expect(withRules(r.people)).toEqual([]);
    expect(withRules(r.places)).toEqual([['Khan Tuman', 'id.place.place-noun', [['Khan Tuman', 35, 45], ['Khan Tuman', 97, 107]]]]);
  });
});

describe('entities: nicknames', () => {
  it('reads a quoted nickname inside a name as one person with the nickname as alias', async () => {
    const r = await run('Ketua panitia Yohanes “Ucok” Siregar mengatakan, acara itu ramai. Menurut Yohanes, panitia siap.');
    expect(r.people.map((p) => [p.name, p.rule, p.aliases])).toEqual([['Yohanes “Ucok” Siregar', 'id.person.nickname', ['Ucok', 'Yohanes']]]);
    expect(withRules(r.people)[0]![2]).toEqual([
      ['Yohanes “Ucok” Siregar', 14, 36],
      ['Ucok', 23, 27],
      ['Yohanes', 74, 81],
    ]);
  });

  it('joins the name without its nickname to the name written with it', async () => {
    const r = await run("Pelatih Stefano 'Teco' Rinaldi menurunkan tim muda. Stefano Rinaldi lalu mengganti dua pemain.");
    expect(r.people.map((p) => [p.name, p.aliases])).toEqual([["Stefano 'Teco' Rinaldi", ['Teco', 'Stefano Rinaldi']]]);
  });

  it('takes a titled call name in brackets after a full name as its alias, not a second person', async () => {
    const r = await run('Acara itu dihadiri Wakil Ketua DPR Muhaimin Iskandar (Cak Imin) di Jakarta.');
    expect(withRules(r.people)).toEqual([['Muhaimin Iskandar', 'id.person.position', [['Muhaimin Iskandar', 35, 52], ['Cak Imin', 54, 62]]]]);
    expect(r.people[0]!.aliases).toEqual(['Cak Imin']);
  });
});

describe('entities: a nationality between a noun for a person and the name', () => {
  it('splits `aktor asal Kanada Rowan Fielding` into the place and the person, after a dateline too', async () => {
    const r = await run('Jakarta, CNN Indonesia -- Aktor asal Kanada Rowan Fielding mengaku gugup menjelang syuting. Fielding akan bermain di London.');
    expect(withRules(r.people)).toEqual([['Rowan Fielding', 'id.person.after-organisation', [['Rowan Fielding', 44, 58], ['Fielding', 92, 100]]]]);
    expect(withRules(r.places)).toEqual([
      ['Jakarta', 'id.place.gazetteer', [['Jakarta', 0, 7]]],
      ['Kanada', 'id.place.gazetteer', [['Kanada', 37, 43]]],
      ['London', 'id.place.gazetteer', [['London', 117, 123]]],
    ]);
  });

  it('keeps a venue named after its city whole where no noun for a person comes before it', async () => {
    const r = await run('Penonton memadati Tokyo Metropolitan Gymnasium pada Minggu (24/9).');
    expect(withRules(r.people)).toEqual([]);
  });
});

describe('entities: no person from religious expressions or foreign-article nicknames', () => {
  it('takes no person from `Insya Allah` or `Alhamdulillah` in quoted speech', async () => {
    const r = await run('"Saya yakin, Insya Allah, semua berjalan baik," kata Budi Santoso. "Alhamdulillah, kami menang," ujarnya.');
    expect(withRules(r.people)).toEqual([['Budi Santoso', 'id.person.tagger', [['Budi Santoso', 53, 65]]]]);
  });

  it('takes no person from a club nickname opened by a foreign article', async () => {
    const r = await run('Laga itu dimenangi Die Adler dengan skor 2-0. Pelatih Los Merengues, Carlo Ancelotti, tetap tenang.');
    expect(r.people.map((p) => p.name)).toEqual(['Carlo Ancelotti']);
  });
});
