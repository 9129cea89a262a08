import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Entity } from '../../src/types.js';
import { indonesian } from '../../src/lang/id/index.js';
import { personTitles, personDegrees } from '../../src/lang/id/person-titles.js';
import { provinces, regencies } from '../../src/lang/id/regions.js';
import { compileLexicon } from '../../src/extractors/entities/lexicon.js';
import { tokenizeWords } from '../../src/extractors/entities/tokens.js';
import { sentenceCandidates } from '../../src/extractors/entities/candidates.js';
import { run, spansOf, withRules, withSpans } from './entities.helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

/** Entities with mentions as [text, start, end] for compact exact comparison. */
const compact = (entities: Entity[]) =>
  entities.map((e) => ({
    id: e.id,
    name: e.name,
    rule: e.rule,
    aliases: e.aliases,
    mentions: spansOf(e),
    ...(e.roles ? { roles: e.roles } : {}),
  }));

describe('entities: the seed article', () => {
  const text = fixture('tiktok-project-s.txt');
  const result = run(text);

  it('finds the organisations, joining the four spellings of the ministry and leaving out the product', () => {
    expect(compact(result.organisations)).toEqual([
      {
        id: 'o1',
        name: 'TikTok',
        rule: 'id.org.gazetteer',
        aliases: [],
        mentions: [['TikTok', 8, 14], ['TikTok', 1176, 1182], ['TikTok', 1347, 1353], ['TikTok', 1451, 1457], ['TikTok', 1833, 1839], ['TikTok', 1969, 1975]],
      },
      {
        id: 'o2',
        name: 'Kementerian Koperasi dan UKM',
        rule: 'id.org.gazetteer',
        aliases: ['Kemenkop dan UKM', 'kemenkop dan UKM', 'Kemenkop-UKM'],
        mentions: [
          ['Kemenkop dan UKM', 37, 53],
          ['Kementerian Koperasi dan UKM', 63, 91],
          ['Kemenkop dan UKM', 93, 109],
          ['Kemenkop dan UKM', 500, 516],
          ['kemenkop dan UKM', 687, 703],
          ['Kemenkop-UKM', 1948, 1960],
        ],
      },
      {
        id: 'o3',
        name: 'TikTok Indonesia',
        rule: 'id.org.gazetteer-suffix',
        aliases: [],
        mentions: [['TikTok Indonesia', 121, 137], ['TikTok Indonesia', 258, 274]],
      },
    ]);
    const names = result.organisations.flatMap((o) => [o.name, ...o.aliases]);
    for (const notOrganisation of ['TikTok Shop', 'UMKM', 'pemerintah', 'pihaknya', 'Project S']) expect(names).not.toContain(notOrganisation);
  });

  it('finds the people with short forms joined, titles stripped and roles', () => {
    expect(compact(result.people)).toEqual([
      {
        id: 'p1',
        name: 'Anggini Setiawan',
        rule: 'id.person.tagger',
        aliases: ['Anggini'],
        mentions: [['Anggini Setiawan', 276, 292], ['Anggini', 647, 654], ['Anggini', 959, 966], ['Anggini', 1296, 1303]],
        roles: ['Head of Communications TikTok Indonesia'],
      },
      {
        id: 'p2',
        name: 'Fiki Satari',
        rule: 'id.person.tagger',
        aliases: ['Fiki'],
        mentions: [['Fiki Satari', 1790, 1801], ['Fiki', 2487, 2491]],
        roles: ['Staf Khusus Menteri Koperasi dan UKM bidang Pemberdayaan Ekonomi Kreatif'],
      },
      { id: 'p3', name: 'Teten', rule: 'id.person.title', aliases: [], mentions: [['Teten', 2250, 2255]], roles: ['Menkop UKM'] },
    ]);
  });

  it('finds the places', () => {
    expect(compact(result.places)).toEqual([
      {
        id: 'l1',
        name: 'Indonesia',
        rule: 'id.place.gazetteer',
        aliases: [],
        mentions: [26, 223, 348, 466, 800, 941, 1141, 1336, 1491, 1581].map((s) => ['Indonesia', s, s + 9]),
      },
      { id: 'l2', name: 'Jakarta', rule: 'id.place.gazetteer', aliases: [], mentions: [['Jakarta', 656, 663], ['Jakarta', 705, 712]] },
      { id: 'l3', name: 'China', rule: 'id.place.gazetteer', aliases: [], mentions: [['China', 1058, 1063], ['China', 1277, 1282]] },
    ]);
  });

  it('gives mention offsets that slice the text back exactly', () => {
    const points = [...text];
    for (const e of [...result.organisations, ...result.people, ...result.places]) {
      for (const m of e.mentions) expect(points.slice(m.start, m.end).join('')).toBe(m.text);
    }
  });
});

describe('entities: in-text definitions and short forms', () => {
  const result = run(fixture('entities/definitions.txt'));

  it('joins `Nama Lengkap (SINGKATAN)`, `SINGKATAN (Nama Lengkap)` and gazetteer short forms', () => {
    expect(compact(result.organisations)).toEqual([
      {
        id: 'o1',
        name: 'Badan Pusat Statistik',
        rule: 'id.org.gazetteer',
        aliases: ['BPS'],
        mentions: [['Badan Pusat Statistik', 18, 39], ['BPS', 41, 44], ['BPS', 101, 104]],
      },
      {
        id: 'o2',
        name: 'Komisi Pengawas Persaingan Usaha',
        rule: 'id.org.gazetteer',
        aliases: ['KPPU'],
        mentions: [['KPPU', 170, 174], ['Komisi Pengawas Persaingan Usaha', 176, 208]],
      },
      {
        id: 'o3',
        name: 'PT Sawit Jaya Abadi',
        rule: 'id.org.head-word',
        aliases: ['SJA'],
        mentions: [['PT Sawit Jaya Abadi', 220, 239], ['SJA', 241, 244], ['SJA', 269, 272]],
      },
      {
        id: 'o4',
        name: 'Kementerian Keuangan',
        rule: 'id.org.gazetteer',
        aliases: ['Kemenkeu'],
        mentions: [['Kementerian Keuangan', 302, 322], ['Kemenkeu', 365, 373]],
      },
    ]);
    // `pemerintah`, `Pihaknya`, `UMKM` and `Pilkada` are in the text and are not organisations.
    expect(result.people).toEqual([]);
  });

  it('joins an unknown body with its acronym defined after it', () => {
    const r = run('Harga Kopi\n\nAPKI (Asosiasi Petani Kopi Indonesia) menolak rencana itu. Menurut APKI, harga anjlok.');
    expect(compact(r.organisations)).toEqual([
      {
        id: 'o1',
        name: 'Asosiasi Petani Kopi Indonesia',
        rule: 'id.org.head-word',
        aliases: ['APKI'],
        mentions: [['APKI', 12, 16], ['Asosiasi Petani Kopi Indonesia', 18, 48], ['APKI', 79, 83]],
      },
    ]);
  });

  it('spells out a well-known acronym that the article gives alone', () => {
    const r = run('Rapat Paripurna\n\nKetua MPR Zulkifli Hasan hadir dalam rapat itu. Zulkifli meminta DPR bekerja cepat.');
    expect(r.organisations.map((o) => [o.name, o.aliases])).toEqual([
      ['Majelis Permusyawaratan Rakyat', ['MPR']],
      ['Dewan Perwakilan Rakyat', ['DPR']],
    ]);
    expect(compact(r.people)).toEqual([
      {
        id: 'p1',
        name: 'Zulkifli Hasan',
        rule: 'id.person.gazetteer',
        aliases: ['Zulkifli'],
        mentions: [['Zulkifli Hasan', 27, 41], ['Zulkifli', 65, 73]],
        roles: ['Ketua MPR'],
      },
    ]);
  });
});

describe('entities: people', () => {
  const result = run(fixture('entities/people.txt'));

  it('strips honorifics, ranks and degrees, joins nicknames and short forms, records positions', () => {
    expect(compact(result.people)).toEqual([
      {
        id: 'p1',
        name: 'Joko Widodo',
        rule: 'id.person.gazetteer',
        aliases: ['Jokowi'],
        mentions: [['Joko Widodo', 33, 44], ['Jokowi', 115, 121], ['Jokowi', 217, 223]],
        roles: ['Presiden'],
      },
      { id: 'p2', name: 'Rudy Sufahriadi', rule: 'id.person.title', aliases: [], mentions: [['Rudy Sufahriadi', 160, 175]], roles: ['Kapolda Sulteng'] },
      { id: 'p3', name: 'Roland Manurung', rule: 'id.person.title', aliases: [], mentions: [['Roland Manurung', 249, 264]] },
      {
        id: 'p4',
        name: 'Ani Rahmawati',
        rule: 'id.person.title',
        aliases: ['Ani'],
        mentions: [['Ani Rahmawati', 386, 399], ['Ani', 449, 452]],
        roles: ['Guru Besar Universitas Tadulako'],
      },
      { id: 'p5', name: 'Teten', rule: 'id.person.title', aliases: [], mentions: [['Teten', 468, 473]] },
    ]);
    // `Bahkan` (sentence-initial) and `Indah` (ambiguous) are not people.
    const all = result.people.flatMap((p) => [p.name, ...p.aliases]);
    expect(all).not.toContain('Bahkan');
    expect(all).not.toContain('Indah');
  });

  it('keeps the university an organisation and the province with its short form', () => {
    expect(result.organisations.map((o) => o.name)).toEqual(['Universitas Tadulako']);
    expect(compact(result.places)).toEqual([
      { id: 'l1', name: 'Kabupaten Poso', rule: 'id.place.gazetteer', aliases: ['Poso'], mentions: [['Kabupaten Poso', 64, 78], ['Poso', 306, 310]] },
      { id: 'l2', name: 'Sulawesi Tengah', rule: 'id.place.gazetteer', aliases: ['Sulteng'], mentions: [['Sulawesi Tengah', 80, 95], ['Sulteng', 141, 148]] },
    ]);
  });

  it('does not read sentence-initial, ambiguous or headline words as names', () => {
    const r = run('Jaya Abadi Bersinar Lagi\n\nBahkan, Indah tidak datang ke pasar pada Mei lalu. Kami menunggu.\n\nPemerintah meminta pihaknya mendata UMKM dan pengguna TikTok Shop sebelum Pilkada.\n');
    expect(r.people).toEqual([]);
    expect(r.organisations).toEqual([]);
    expect(r.places).toEqual([]);
  });
});

describe('entities: a position, a body and a name', () => {
  it('separates the person from the organisation and records the position as the role', () => {
    const r = run(
      'Rapat Partai\n\nSebelumnya, Ketua Umum Hanura Wiranto mengaku belum membahas koalisi. Acara itu juga dihadiri Menpora Imam Nahrowi dan Sekjen Partai Golkar Tantowi Yahya.\n',
    );
    expect(compact(r.organisations)).toEqual([
      { id: 'o1', name: 'Partai Hati Nurani Rakyat', rule: 'id.org.gazetteer', aliases: ['Hanura'], mentions: [['Hanura', 37, 43]] },
      { id: 'o2', name: 'Partai Golkar', rule: 'id.org.gazetteer', aliases: [], mentions: [['Partai Golkar', 140, 153]] },
    ]);
    expect(r.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end]), p.roles])).toEqual([
      ['Wiranto', [[44, 51]], ['Ketua Umum Hanura']],
      ['Imam Nahrowi', [[116, 128]], ['Menpora']],
      ['Tantowi Yahya', [[154, 167]], ['Sekjen Partai Golkar']],
    ]);
  });
});

describe('entities: places', () => {
  const result = run(fixture('entities/places.txt'));

  it('keeps a place inside an organisation name part of the organisation', () => {
    expect(compact(result.organisations)).toEqual([
      { id: 'o1', name: 'Polda Metro Jaya', rule: 'id.org.head-word', aliases: [], mentions: [['Polda Metro Jaya', 22, 38]] },
      { id: 'o2', name: 'Pemprov NTB', rule: 'id.org.head-word', aliases: [], mentions: [['Pemprov NTB', 91, 102]] },
    ]);
  });

  it('finds districts, streets, and countries with their exonyms and short forms joined', () => {
    expect(compact(result.places)).toEqual([
      { id: 'l1', name: 'Cilincing', rule: 'id.place.gazetteer', aliases: [], mentions: [['Cilincing', 65, 74]] },
      { id: 'l2', name: 'Jakarta Utara', rule: 'id.place.gazetteer', aliases: [], mentions: [['Jakarta Utara', 76, 89]] },
      { id: 'l3', name: 'Jalan Cianjur', rule: 'id.place.head-word', aliases: [], mentions: [['Jalan Cianjur', 124, 137]] },
      { id: 'l4', name: 'Menteng', rule: 'id.place.gazetteer', aliases: [], mentions: [['Menteng', 139, 146]] },
      { id: 'l5', name: 'Tiongkok', rule: 'id.place.gazetteer', aliases: ['China'], mentions: [['China', 178, 183], ['Tiongkok', 197, 205]] },
      { id: 'l6', name: 'Vietnam', rule: 'id.place.gazetteer', aliases: [], mentions: [['Vietnam', 188, 195]] },
      {
        id: 'l7',
        name: 'Amerika Serikat',
        rule: 'id.place.gazetteer',
        aliases: ['AS'],
        mentions: [['Amerika Serikat', 240, 255], ['AS', 257, 259], ['AS', 294, 296]],
      },
    ]);
    expect(result.places.map((p) => p.name)).not.toContain('Jaya');
    expect(result.places.map((p) => p.name)).not.toContain('NTB');
  });

  it('reads village names and a regency from idn-area-data', () => {
    const r = run('Banjir Bandang\n\nBanjir merendam rumah warga di Sukamaju Hilir. Tim SAR dari Kabupaten Luwu Utara tiba sore hari.');
    expect(r.places.map((p) => [p.name, p.rule, p.mentions.map((m) => [m.start, m.end])])).toEqual([
      ['Sukamaju Hilir', 'id.place.tagger', [[47, 61]]],
      ['Kabupaten Luwu Utara', 'id.place.gazetteer', [[76, 96]]],
    ]);
  });

  it('counts offsets in code points when the text has astral characters', () => {
    const r = run('Warga Senang\n\n🎉🎉 Warga Bandung merayakan kemenangan itu di Alun-alun.');
    const bandung = r.places.find((p) => p.name === 'Bandung')!;
    expect(bandung.mentions).toEqual([{ text: 'Bandung', start: 23, end: 30 }]);
  });
});

describe('entities: the rules alone (no statistical model)', () => {
  const lex = compileLexicon(indonesian.entities);
  const read = (text: string) => {
    const tokens = tokenizeWords(text, 0, text.length, lex.abbreviations);
    return sentenceCandidates(lex, null, tokens, false).map((c) => [
      tokens.slice(c.first, c.end).map((t) => t.text).join(' '),
      c.kind,
      c.rule,
    ]);
  };

  it('reads a capitalised phrase after a place trigger as a place, but not a common word or an acronym', () => {
    expect(read('Warga mengungsi ke Tegalrejo Wetan sejak pagi.')).toEqual([['Tegalrejo Wetan', 'place', 'place.trigger']]);
    expect(read('Mereka bertemu di Tengah keramaian.')).toEqual([]);
    expect(read('Usulan itu dibawa ke DPP pekan depan.')).toEqual([['DPP', 'org', 'org.head-word']]);
  });

  it('reads a name after honorifics and ranks, without them', () => {
    expect(read('Hal itu disampaikan Kompol Budi Hartono kepada Bu Sri.')).toEqual([
      ['Budi Hartono', 'person', 'person.title'],
      ['Sri', 'person', 'person.title'],
    ]);
  });

  it('reads a venue as the place only when nothing else names the place', () => {
    expect(read('Hal itu dikatakan Johan di Gedung KPK.')).toEqual([
      ['Gedung KPK', 'place', 'place.venue'],
      ['KPK', 'org', 'org.gazetteer'],
    ]);
    expect(read('Hal itu dikatakan Johan di Gedung KPK, Jakarta.')).toEqual([
      ['KPK', 'org', 'org.gazetteer'],
      ['Jakarta', 'place', 'place.gazetteer'],
    ]);
  });
});

describe('entities: tokens and shared lists', () => {
  it('keeps hyphenated acronyms whole and splits a dateline glued to the first word', () => {
    const words = (t: string) => tokenizeWords(t, 0, t.length, new Set()).map((w) => w.text);
    expect(words('Kemenkop-UKM bersama TikTok.')).toEqual(['Kemenkop-UKM', 'bersama', 'TikTok', '.']);
    expect(words('Rimanews-Kepala Dinas Perumahan')).toEqual(['Rimanews', '-', 'Kepala', 'Dinas', 'Perumahan']);
  });

  it('exports the honorifics, ranks and degrees for the quote and eval code', () => {
    for (const t of ['Pak', 'Bu', 'Dr.', 'Kompol', 'AKBP', 'Brigjen', 'Ajun Komisaris', 'Prof.', 'H.']) expect(personTitles).toContain(t);
    expect(personDegrees).toContain('M.Si.');
  });

  it('carries the 38 provinces and 514 regencies and cities of idn-area-data', () => {
    expect(provinces).toHaveLength(38);
    expect(regencies).toHaveLength(514);
    expect(provinces).toContain('Nusa Tenggara Barat');
    expect(regencies).toContainEqual(['Kabupaten', 'Poso']);
  });
});

describe('entities: titles of works, groups, amounts and generic bodies', () => {
  const result = run(fixture('entities/titles-and-amounts.txt'));

  it('reads a group after `grup band` as an organisation, an English-titled band too, and a `Perkumpulan` body', () => {
    expect(withRules(result.organisations)).toEqual([
      ['Langit Biru Senja', 'id.org.group-cue', [['Langit Biru Senja', 134, 151]]],
      ['The Nine Rivers', 'id.org.tagger', [['The Nine Rivers', 252, 267]]],
      ['Perkumpulan Seni Pesisir', 'id.org.head-word', [['Perkumpulan Seni Pesisir', 325, 349]]],
      ['PT Nada Timur Abadi', 'id.org.head-word', [['PT Nada Timur Abadi', 753, 772]]],
    ]);
  });

  it('leaves out song titles, `DPRD Provinsi` and `Organisasi Kemasyarakatan` alone', () => {
    const all = [...result.organisations, ...result.people, ...result.places].map((e) => e.name);
    for (const notName of ['Morning Rain', 'Under', 'Under the Bridge', 'Song of Home', 'DPRD Provinsi', 'Organisasi Kemasyarakatan']) expect(all).not.toContain(notName);
  });

  it('reads a person named elsewhere, after `dari`, as that person, and never an amount as a place', () => {
    expect(withRules(result.people)).toEqual([
      ['Yusuf Pratama', 'id.person.tagger', [['Yusuf Pratama', 433, 446], ['Yusuf', 525, 530]]],
      ['Hendrikus Wadu', 'id.person.tagger', [['Hendrikus', 564, 573], ['Hendrikus Wadu', 666, 680]]],
    ]);
    expect(withRules(result.places)).toEqual([
      ['Lombok', 'id.place.gazetteer', [['Lombok', 33, 39], ['Lombok', 94, 100]]],
      ['Mataram', 'id.place.gazetteer', [['Mataram', 41, 48]]],
      ['Pantai Senggigi', 'id.place.head-word', [['Pantai Senggigi', 77, 92]]],
      ['Sumbawa', 'id.place.tagger', [['Sumbawa', 501, 508]]],
      ['Bima', 'id.place.tagger', [['Bima', 513, 517]]],
      ['Flores', 'id.place.gazetteer', [['Flores', 695, 701]]],
    ]);
  });

  it('reads `dari Rp 240 juta` as no place (the rule, not only this text)', () => {
    const places = run('Omzet koperasi itu naik dari Rp 240 juta menjadi Rp 310 juta, dari US$ 20 ribu.').places.map((e) => e.name);
    expect(places).toEqual([]);
  });
});

describe('entities: place phrases that hold two places or a building', () => {
  const result = run(fixture('entities/place-phrases.txt'));

  it('splits `Kabupaten X Provinsi Y` and `Nusa Dua Bali`, and keeps only the city of a building phrase', () => {
    expect(withRules(result.places)).toEqual([
      ['Denpasar', 'id.place.tagger', [['Denpasar', 15, 23], ['Denpasar', 25, 33], ['Denpasar', 98, 106], ['Denpasar', 236, 244]]],
      ['Kabupaten Karo', 'id.place.tagger', [['Kabupaten Karo', 271, 285]]],
      ['Provinsi Sumatera Utara', 'id.place.gazetteer', [['Provinsi Sumatera Utara', 286, 309]]],
      ['Nusa Dua', 'id.place.tagger', [['Nusa Dua', 326, 334]]],
      ['Bali', 'id.place.gazetteer', [['Bali', 335, 339]]],
    ]);
  });

  it('does not split a neighbourhood off a building (`Kompleks Parlemen Senayan`)', () => {
    const places = run('Rapat itu digelar di Kompleks Parlemen Senayan pada Senin.').places.map((e) => e.name);
    expect(places).not.toContain('Senayan');
  });
});

describe('entities: venues where the article names places', () => {
  it('leaves out stadiums, hotels and complexes (Indonesian and English word order) when places are named', () => {
    const r = run(fixture('entities/venues.txt'));
    expect(withSpans(r.places)).toEqual([
      ['Bekasi', [['Bekasi', 19, 25], ['Bekasi', 27, 33], ['Bekasi', 110, 116]]],
      ['Jakarta', [['Jakarta', 289, 296]]],
      ['Kuala Lumpur', [['Kuala Lumpur', 356, 368]]],
    ]);
  });

  it('keeps a venue as the place of an article that names no other place', () => {
    expect(run('Rapat pengurus digelar di Hotel Permata Biru pada Senin.').places.map((e) => [e.name, e.rule, e.mentions])).toEqual([
      ['Hotel Permata Biru', 'id.place.venue', [{ text: 'Hotel Permata Biru', start: 26, end: 44 }]],
    ]);
  });
});

describe('entities: a known place in brackets after a name', () => {
  it('is where the person is from, not another name of the person', () => {
    const r = run(fixture('entities/bracket-places.txt'));
    const list = (es: Entity[]) => es.map((e) => [e.name, e.aliases, spansOf(e)]);
    expect(list(r.people)).toEqual([
      ['Rizky Pratama', ['Rizky'], [['Rizky', 0, 5], ['Rizky Pratama', 57, 70]]],
      ['Viktor Hansen', [], [['Viktor Hansen', 117, 130]]],
      ['Lee Chong Hao', [], [['Lee Chong Hao', 183, 196]]],
    ]);
    expect(list(r.places)).toEqual([
      ['Indonesia', [], [['Indonesia', 46, 55]]],
      ['Denmark', [], [['Denmark', 132, 139]]],
      ['Malaysia', [], [['Malaysia', 198, 206]]],
    ]);
  });
});

describe('entities: a position with its portfolio before a name', () => {
  it('leaves the portfolio (a ministry the gazetteer knows, a derived noun) and a bare position out of the name', () => {
    const r = run(fixture('entities/positions.txt'));
    expect(withRules(r.people)).toEqual([
      ['Rina Kartikasari', 'id.person.position', [['Rina Kartikasari', 62, 78]]],
      ['Bayu Anggoro', 'id.person.position', [['Bayu Anggoro', 181, 193]]],
      ['Dimas Prasetyo', 'id.person.position', [['Dimas Prasetyo', 294, 308]]],
    ]);
    expect(withRules(r.organisations)).toEqual([['Kementerian Keuangan', 'id.org.gazetteer', [['Kementerian Keuangan', 273, 293]]]]);
  });
});

describe('entities: a unit with the body or country it belongs to', () => {
  it('reads one name across a parent body or a known country, keeps the parent named alone apart, and splits two parties', () => {
    const r = run(fixture('entities/parent-bodies.txt'));
    expect(r.organisations.map((e) => [e.name, e.aliases, spansOf(e)])).toEqual([
      ['Direktorat Reserse Kriminal Umum Polda Jawa Timur', [], [['Direktorat Reserse Kriminal Umum Polda Jawa Timur', 49, 98]]],
      ['Polda Jawa Timur', [], [['Polda Jawa Timur', 137, 153]]],
      ['Kementerian Luar Negeri Malaysia', [], [['Kementerian Luar Negeri Malaysia', 193, 225]]],
      ['Dewan Pimpinan Pusat Partai Hanura', [], [['Dewan Pimpinan Pusat Partai Hanura', 273, 307]]],
      ['Partai Golkar', [], [['Partai Golkar', 353, 366]]],
      ['Partai Demokrat', [], [['Partai Demokrat', 371, 386]]],
    ]);
  });
});

describe('entities: the dateline before the first dash', () => {
  const list = (es: Entity[]) => es.map((e) => [e.name, e.rule, e.aliases, spansOf(e)]);

  it('reads a place in capitals and an outlet in brackets', () => {
    const r = run(fixture('entities/datelines.txt'));
    expect(list(r.organisations)).toEqual([['Warta Kota', 'id.org.dateline', [], [['Warta Kota', 38, 48]]]]);
    expect(list(r.places)).toEqual([['SEMARANG', 'id.place.dateline', [], [['SEMARANG', 28, 36]]]]);
  });

  it('reads an outlet written as a web domain and joins the place in capitals to its headline form', () => {
    const r = run(fixture('entities/datelines2.txt'));
    expect(list(r.organisations)).toEqual([['KABARBOLA.COM', 'id.org.domain', [], [['KABARBOLA.COM', 28, 41]]]]);
    expect(list(r.places)).toEqual([
      ['Tokyo', 'id.place.gazetteer', ['TOKYO'], [['Tokyo', 21, 26], ['TOKYO', 43, 48]]],
      ['Indonesia', 'id.place.gazetteer', [], [['Indonesia', 72, 81]]],
    ]);
  });
});

describe('entities: a word the article also writes in lower case', () => {
  it('is no name where it is capitalised only at the start of a sentence, while a name said mid-sentence stays', () => {
    const r = run(fixture('entities/lowercase-words.txt'));
    const list = (es: Entity[]) => es.map((e) => [e.name, e.aliases, spansOf(e)]);
    expect(list(r.people)).toEqual([['Hendra Wijaya', ['Wijaya'], [['Hendra Wijaya', 194, 207], ['Wijaya', 255, 261]]]]);
    expect(list(r.places)).toEqual([
      ['Cakung', [], [['Cakung', 20, 26], ['Cakung', 81, 87]]],
      ['Jakarta', [], [['Jakarta', 28, 35]]],
      ['Jakarta Timur', [], [['Jakarta Timur', 89, 102]]],
    ]);
  });
});

describe('entities: web domains', () => {
  it('reads a web domain as an organisation, but not inside an e-mail address or a www link', () => {
    const r = run(fixture('entities/domains.txt'));
    expect(withRules(r.organisations)).toEqual([
      ['Bayarin.id', 'id.org.domain', [['Bayarin.id', 54, 64]]],
      ['Kabarbisnis.com', 'id.org.domain', [['Kabarbisnis.com', 177, 192]]],
    ]);
  });
});

describe('entities: a capitalised description of a place', () => {
  it('is not the place named (`Ibu Kota`), the place itself is', () => {
    const r = run('Ribuan pemudik kembali ke Ibu Kota setelah Lebaran. Arus balik di Jakarta memuncak pada Minggu.');
    expect(r.places.map((e) => [e.name, e.mentions])).toEqual([['Jakarta', [{ text: 'Jakarta', start: 66, end: 73 }]]]);
  });
});

describe('entities: a route between known places', () => {
  it('names each place of a hyphenated route', () => {
    const r = run('Warga menunggu kereta tujuan Bandung-Surabaya di stasiun. Proyek rel ganda Bekasi-Cikarang rampung tahun depan.');
    expect(withSpans(r.places)).toEqual([
      ['Bandung', [['Bandung', 29, 36]]],
      ['Surabaya', [['Surabaya', 37, 45]]],
      ['Bekasi', [['Bekasi', 75, 81]]],
      ['Cikarang', [['Cikarang', 82, 90]]],
    ]);
  });
});

describe('entities: football clubs named by their city', () => {
  const byKind = (text: string) => {
    const r = run(text);
    return {
      organisations: withSpans(r.organisations),
      places: withSpans(r.places),
    };
  };

  it('reads city-named clubs as organisations in a football article, the dateline and a plain city as places', () => {
    expect(byKind(fixture('entities/clubs.txt'))).toEqual({
      organisations: [
        ['Lazio', [['Lazio', 0, 5], ['Lazio', 43, 48], ['Lazio', 131, 136]]],
        ['Torino', [['Torino', 16, 22], ['Torino', 73, 79]]],
        ['Udinese', [['Udinese', 223, 230]]],
        ['Semen Padang', [['Semen Padang', 245, 257]]],
      ],
      places: [
        ['Roma', [['Roma', 36, 40]]],
        ['Padang', [['Padang', 285, 291]]],
      ],
    });
  });

  it('keeps the cities outside football', () => {
    const r = byKind('Desainer asal Bandung memamerkan koleksinya di Milan dan Barcelona pekan lalu. Koleksi itu dibuat dari tenun ikat.');
    expect(r.organisations).toEqual([]);
    expect(r.places.map((p) => p[0])).toEqual(['Bandung', 'Milan', 'Barcelona']);
  });
});

describe('entities: a dateline after a name or a place', () => {
  const text = `Polisi menahan dua tersangka pencurian sepeda motor di Bogor.

"Kedua tersangka sudah kami tahan," ujar Kepala Satuan Reserse Kriminal Polres Bogor AKP Hendra Wiratama di Bogor, Sabtu (7/10).

Kapolresta Bandung Kombes Rudi Hartanto mengatakan pihaknya akan membantu penyidikan. Rapat koordinasi digelar di Jakarta Selasa (10/10) malam.

Hendra menambahkan, barang bukti telah disita.`;
  const result = run(text);

  it('ends a name after a rank before `di` and a known place, and keeps the place', () => {
    expect(withSpans(result.people)).toEqual([
      ['Hendra Wiratama', [['Hendra Wiratama', 152, 167], ['Hendra', 338, 344]]],
      ['Rudi Hartanto', [['Rudi Hartanto', 219, 232]]],
    ]);
  });

  it('leaves the weekday of a dateline out of the place before it', () => {
    expect(withSpans(result.places)).toEqual([
      ['Bogor', [['Bogor', 55, 60], ['Bogor', 171, 176]]],
      ['Bandung', [['Bandung', 204, 211]]],
      ['Jakarta', [['Jakarta', 307, 314]]],
    ]);
    expect(result.quotes.map((q) => q.speaker?.name)).toEqual(['Hendra Wiratama', 'Rudi Hartanto', 'Hendra Wiratama']);
  });
});

describe('entities: Balinese names with I and Ni', () => {
  const result = run(fixture('entities/balinese-names.txt'));

  it('keeps the prefix in the name and out of the organisation or place before it', () => {
    expect(withRules(result.people)).toEqual([
      ['I Made Mangku Pastika', 'id.person.name-prefix', [['I Made Mangku Pastika', 25, 46]]],
      ['I Gusti Ketut Raharja', 'id.person.name-prefix', [['I Gusti Ketut Raharja', 149, 170], ['Raharja', 356, 363]]],
      ['Ni Luh Sri Wahyuni', 'id.person.name-prefix', [['Ni Luh Sri Wahyuni', 188, 206]]],
    ]);
    expect(withRules(result.organisations)).toEqual([['PT Nusa Beton Perkasa', 'id.org.head-word', [['PT Nusa Beton Perkasa', 127, 148]]]]);
  });

  it('leaves a place named after a person to the place', () => {
    expect(result.places.map((e) => e.name)).toEqual(['DENPASAR', 'Bali', 'Kabupaten Badung', 'Bandar Udara Internasional I Gusti Ngurah Rai']);
  });
});

describe('entities: the one-word body a position heads', () => {
  const result = run(fixture('entities/position-bodies.txt'));

  it('reads the name after `Sekretaris Kabinet`, `Wakil Ketua Pansus`, `Ketua DPD` as a person, not an organisation', () => {
    expect(withSpans(result.people)).toEqual([
      ['Darmawan Sulistyo', [['Darmawan Sulistyo', 81, 98], ['Darmawan', 291, 299]]],
      ['Rudi Hartono Siregar', [['Rudi Hartono Siregar', 162, 182]]],
      ['Agus Salim Harahap', [['Agus Salim Harahap', 243, 261]]],
    ]);
    expect(result.organisations).toEqual([]);
  });
});

describe('entities: a body named in English word order after a two-word position', () => {
  const result = run(fixture('entities/english-body-names.txt'));

  it('reads `Direktur Eksekutif` as the position and `... Center` as an organisation, not a person', () => {
    expect(withRules(result.organisations)).toEqual([['Wicaksana Center', 'id.org.tagger', [['Wicaksana Center', 115, 131]]]]);
    expect(withRules(result.people)).toEqual([['Hendra Kusuma', 'id.person.tagger', [['Hendra Kusuma', 133, 146], ['Hendra', 229, 235]]]]);
  });
});
