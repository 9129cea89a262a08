// Classes of false and mistyped names found on the seen gold sets (round 7): each test is a
// short text in the style of Indonesian news, written for the test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/pipeline.js';
import type { Entity } from '../../src/types.js';

const run = (text: string) => analyze(text, { lang: 'id' });
/** Each entity as [name, rule, mentions as [text, start, end] in code points]. */
const withRules = (list: Entity[]) => list.map((e) => [e.name, e.rule, e.mentions.map((m) => [m.text, m.start, m.end])]);

describe('entities: the outlet a report cites, and apps', () => {
  it('reads the name after `dikutip dari` as the outlet cited and no app as a place', () => {
    const r = run(
      'Gelandang asal Brasil itu mencetak 12 gol musim lalu, seperti dikutip dari Footballnews, Rabu (5/4). ' +
        'Sang pemain juga mengunggah kabar itu melalui akun Instagram miliknya, lalu membagikannya di Snapchat.',
    );
    expect(withRules(r.organisations)).toEqual([['Footballnews', 'id.org.cited-outlet', [['Footballnews', 75, 87]]]]);
    expect(withRules(r.people)).toEqual([]);
    expect(withRules(r.places)).toEqual([['Brasil', 'id.place.gazetteer', [['Brasil', 15, 21]]]]);
  });

  it('keeps a person quoted after `mengutip` a person where the article names him elsewhere', () => {
    const r = run('Presiden Donald Trump menolak tuduhan itu pada Senin (3/7). Surat kabar setempat mengutip Trump yang menyebut laporan tersebut palsu.');
    expect(withRules(r.organisations)).toEqual([]);
    expect(withRules(r.people)).toEqual([['Donald Trump', 'id.person.position', [['Donald Trump', 9, 21], ['Trump', 90, 95]]]]);
  });
});

describe('entities: common words and landmarks read as persons', () => {
  it('takes no person from a capitalised common word opening a sentence (`Kabar`, `Aktor`, `Demi`)', () => {
    const r = run(
      'Kabar duka datang dari dunia musik pada Minggu (4/6). Aktor asal Inggris itu meninggal di London. ' +
        'Demi menghormatinya, para penggemar berkumpul di depan rumahnya.',
    );
    expect(withRules(r.people)).toEqual([]);
    expect(withRules(r.places)).toEqual([
      ['Inggris', 'id.place.gazetteer', [['Inggris', 65, 72]]],
      ['London', 'id.place.gazetteer', [['London', 90, 96]]],
    ]);
  });

  it('takes no person from a prosecutor office or a temple (`Penuntut Umum (JPU)`, `Candi Prambanan`)', () => {
    const r = run('Jaksa Penuntut Umum (JPU) Andi Pratama menuntut terdakwa 10 tahun penjara. Pekan lalu, Candi Prambanan di Klaten juga ramai pengunjung.');
    expect(withRules(r.people)).toEqual([['Andi Pratama', 'id.person.tagger', [['Andi Pratama', 26, 38]]]]);
    expect(withRules(r.places)).toEqual([['Klaten', 'id.place.tagger', [['Klaten', 106, 112]]]]);
  });
});
