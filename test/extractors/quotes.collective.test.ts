import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// Groups as the subject of a report (a short article written for these tests): `Majelis hakim`
// and `Tim kuasa hukum` speak as the group (guideline: a group uses that name), while `Tim Cook`
// is a person. `Menko Polhukam` alone is the minister's title, resolved to the minister the
// article names with it, never a person called `Polhukam`.
const text = quoteFixture('collective-id.txt');

describe('group subjects and position acronyms (Indonesian)', () => {
  it('reads lower-case groups as the speaker and Menko Polhukam as a title', () => {
    expect(quoteRows(text)).toEqual([
      ['id.quote.indirect-verb', 'terdakwa terbukti menipu puluhan anggota arisan', 171, 218, 'menilai', 'Majelis hakim', 'Majelis hakim', 'name'],
      ['id.quote.indirect-verb', 'akan mengajukan banding dalam tujuh hari', 248, 288, 'menyatakan', 'Tim kuasa hukum', 'Tim kuasa hukum', 'name'],
      ['id.quote.indirect-verb', 'aparat mengawasi arisan daring', 322, 352, 'meminta', 'Wiranto', 'Menko Polhukam Wiranto', 'name'],
      ['id.quote.indirect-verb', 'penipuan serupa marak di banyak daerah', 385, 423, 'mengatakan', 'Wiranto', 'Menko Polhukam', 'alias'],
      ['id.quote.indirect-verb', 'aplikasinya akan menghapus iklan arisan palsu', 468, 513, 'mengatakan', 'Tim Cook', 'Tim Cook', 'name'],
    ]);
  });
});
