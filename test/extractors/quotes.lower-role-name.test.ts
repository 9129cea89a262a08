import { describe, expect, it } from 'vitest';
import { quoteFixture, quoteRows } from './quotes.helpers.js';

// After a post-cue, a lower-case role of common nouns before the holder's name (a short article
// written for these tests): `tanya ketua majelis hakim Surya Darmawan` names the judge, not the
// person named before; `pelatih tim junior U-17, Bambang Irawan` names the coach after the comma
// (a hyphen inside the role); `pria kelahiran Medan ini` is a description of the one named
// before, never a person called `Medan`.
const text = quoteFixture('lower-role-name-id.txt');

describe('lower-case roles before a name after a cue (Indonesian)', () => {
  it('reads the name after the role as the speaker', () => {
    expect(quoteRows(text)).toEqual([
      ['id.quote.post-cue-role', 'Apakah Anda pernah menerima uang dari panitia?', 180, 228, 'tanya', 'Surya Darmawan', 'ketua majelis hakim Surya Darmawan', 'name'],
      ['id.quote.post-cue', 'Tidak pernah, Yang Mulia,', 272, 299, 'jawab', 'Rudy Hartanto', 'Rudy', 'name'],
      ['id.quote.post-cue-role', 'Kami berharap pemain tetap fokus berlatih,', 313, 357, 'kata', 'Bambang Irawan', 'Bambang Irawan', 'name'],
      ['id.quote.post-cue-descriptive', 'Dana itu sudah dipakai sesuai rencana,', 405, 445, 'ujar', 'Bambang Irawan', 'pria kelahiran Medan ini', 'pronoun'],
    ]);
  });
});
