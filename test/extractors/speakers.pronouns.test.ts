import { describe, expect, it } from 'vitest';
import { compact, cpSlice, quotesOf, type ExpectedQuote, quoteFixture as fixture } from './quotes.helpers.js';

// Pointing back to the right one of two people of the same kind (short articles written for
// these tests): two tennis players, the winner quoted by name, then the loser opening a
// sentence by her surname (`Lestari mengakhiri …`) before a description points back
// (`petenis 24 tahun ini mengakui …`): the description means the subject named last, not the
// speaker quoted before. A description holding a party's name in brackets (`Politikus Partai
// Maju Bersama (PMB) ini`) points back too; no word of the party is a person.
const person = (id: string, name: string, alias: string) => ({ id, name, rule: 'test', aliases: [alias], mentions: [] });

describe('pronouns and descriptions between two people (Indonesian)', () => {
  const text = fixture('pronouns-id.txt');
  const result = quotesOf(text, 'id', [person('p1', 'Rina Kartika', 'Kartika'), person('p2', 'Dewi Lestari', 'Lestari')]);

  it('resolves the description to the subject named last, with offsets', () => {
    const expected: ExpectedQuote[] = [
      {"id":"q1","kind":"direct","rule":"id.quote.post-cue","text":"Saya sangat senang bisa bermain bagus hari ini,","span":[179,228],"cue":["kata",229,233],"speaker":{"name":"Rina Kartika","mention":["Kartika",234,241],"resolved":"name","role":null,"affiliation":null}},
      {"id":"q2","kind":"indirect","rule":"id.quote.indirect-verb","text":"bahu kanannya belum pulih sepenuhnya","span":[523,559],"cue":["mengakui",508,516],"speaker":{"name":"Dewi Lestari","mention":["petenis 24 tahun ini",487,507],"resolved":"pronoun","role":null,"affiliation":null}},
    ];
    expect(result.quotes.map(compact)).toEqual(expected);
    for (const q of result.quotes) expect(cpSlice(text, q.span.start, q.span.end)).toBe(q.span.text);
  });

  it('reads a description with a bracketed party name as pointing back', () => {
    const t = 'Judul\n\nKetua DPRD Kota Lembah Prasetyo Edi Marsudi mempertanyakan penolakan anggaran itu.\n\nPolitikus Partai Maju Bersama (PMB) ini juga menilai ada kejanggalan dalam peraturan tersebut.\n';
    expect(quotesOf(t).quotes.map((q) => [q.speaker?.name, q.speaker?.mention?.text, q.speaker?.resolved])).toEqual([
      ['Prasetyo Edi Marsudi', 'Politikus Partai Maju Bersama (PMB) ini', 'pronoun'],
    ]);
  });
});
