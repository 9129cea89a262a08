// The fast loader of wink-eng-lite-web-model (src/engine/wink-model.ts) must give wink-nlp the
// same model as the package's own loader, and wink the same tokens and sentences.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import { packagedWinkModel, winkModel } from '../../src/engine/wink-model.js';
// @ts-expect-error: a plain ES module (scripts/build-wink-core.mjs), no types
import { cutWinkCoreSubset, subsetFile } from '../../scripts/build-wink-core.mjs';

type Model = Parameters<typeof winkNLP>[0];
const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const winkModelDir = dirname(createRequire(import.meta.url).resolve('wink-eng-lite-web-model'));

interface CoreModel {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  packing: { layout: Record<string, number[]>; size: number };
  features: Record<string, { list: string[]; hash: Record<string, number>; intrinsicSize?: number }> & {
    lexeme: { list: string[]; hash: Record<string, number>; intrinsicSize: number };
  };
  tcat: unknown;
  trex: unknown;
  pos: unknown;
  preserve: unknown;
}

/** Every .txt fixture of the repository: news in Indonesian, English, Malay and odd inputs. */
function fixtureTexts(dir = fixturesDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixtureTexts(path);
    return name.endsWith('.txt') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('wink model loader', () => {
  it('builds the core model the package builds for a pipe beyond sentence boundaries, typed arrays, hashes and clusters included', () => {
    const model = winkModel(['sbd', 'pos']);
    const fast = model.core() as Record<string, unknown>;
    expect(model.lexiconSource()).toBe('package file');
    const packaged = packagedWinkModel().core() as Record<string, unknown>;
    expect(Object.keys(fast).sort()).toEqual(Object.keys(packaged).sort());
    expect(fast.lexicon).toBeInstanceOf(Uint32Array);
    expect(fast.lexicon).toEqual(packaged.lexicon);
    expect(fast.xpansions).toEqual(packaged.xpansions);
    expect(fast.packing).toEqual(packaged.packing);
    expect(fast.features).toEqual(packaged.features);
    expect(fast.tcat).toEqual(packaged.tcat);
    expect(fast.trex).toEqual(packaged.trex);
    expect(fast.pos).toEqual(packaged.pos);
    expect(fast.preserve).toEqual(packaged.preserve);
  });

  it('takes the lexicon subset for sentence boundaries alone: every word left out is one wink learns with the same type, spaces and sentences', () => {
    const model = winkModel(['sbd']);
    const subset = model.core() as CoreModel;
    expect(model.lexiconSource()).toBe('subset');
    const full = packagedWinkModel().core() as CoreModel;
    for (const table of ['xpansions', 'packing', 'tcat', 'trex', 'pos', 'preserve'] as const) expect(subset[table]).toEqual(full[table]);
    for (const f of ['prefix', 'suffix', 'shape', 'tokenType', 'pos', 'posClusters']) expect(subset.features[f]).toEqual(full.features[f]);

    const { layout, size: rowSize } = full.packing;
    const words = full.features.lexeme.list;
    expect(subset.features.lexeme.list.length).toBe(words.length);
    expect(subset.features.lexeme.intrinsicSize).toBe(words.length);
    const row = (lexicon: Uint32Array, i: number) => Array.from(lexicon.subarray(i * rowSize, (i + 1) * rowSize));
    const field = (i: number, name: string) => (full.lexicon[layout[name]![0]! + i * rowSize]! & layout[name]![1]!) >>> layout[name]![2]!;
    const normalOf = (i: number) => (field(i, 'isSpellingMapped') ? field(i, 'lemma') : field(i, 'normal') + i);
    const kept = subset.features.lexeme.hash;
    const machineIds = new Set(
      (JSON.parse(readFileSync(join(winkModelDir, 'languages/cur/models/eng-sbd-model.json'), 'utf8')) as string[]).flatMap((m) =>
        Object.values((JSON.parse(m) as [number, number, Record<string, Record<string, number>>])[2]).flatMap((state) => Object.keys(state).map(Number)),
      ),
    );
    let left = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (kept[word] !== undefined) {
        // A kept word has its own index, word and packed features, and so has its normal form.
        expect(kept[word]).toBe(i);
        expect(subset.features.lexeme.list[i]).toBe(word);
        expect(row(subset.lexicon, i)).toEqual(row(full.lexicon, i));
        expect(kept[words[normalOf(i)]!]).toBe(normalOf(i));
        continue;
      }
      left++;
      expect(word).toMatch(/^\p{L}+$/u);
      expect(full.features.tokenType.list[field(i, 'tokenType')]).toBe('word');
      expect([field(i, 'sbdHint'), field(i, 'isAbbrev'), field(i, 'isContraction'), field(i, 'isSpellingMapped')]).toEqual([0, 0, 0, 0]);
      expect(normalOf(i)).toBe(full.features.lexeme.hash[word.toLowerCase()]);
      expect(machineIds.has(i)).toBe(false);
    }
    expect(left).toBe(words.length - Object.keys(kept).length);
    expect(left).toBeGreaterThan(80_000);
    // Contractions expand to lexemes that must be there: [lexeme, normal, lemma, pos] quadruples.
    for (let k = 0; k < full.xpansions.length; k += 4) {
      for (const id of [full.xpansions[k]!, full.xpansions[k + 1]!]) if (id < words.length) expect(kept[words[id]!]).toBe(id);
    }
  });

  it('ships the subset scripts/build-wink-core.mjs cuts from the installed package, unedited', () => {
    const cut = cutWinkCoreSubset() as { text: string; kept: number; words: number };
    expect([cut.kept, cut.words]).toEqual([6251, 87593]);
    expect(readFileSync(subsetFile as string, 'utf8')).toBe(cut.text);
  });

  it('gives each call its own core model (wink-nlp adds the words it meets to it)', () => {
    const model = winkModel(['sbd']);
    const a = model.core() as { features: { lexeme: { list: string[] } } };
    const b = model.core() as { features: { lexeme: { list: string[] } } };
    expect(a).not.toBe(b);
    a.features.lexeme.list.push('kemenkop');
    expect(b.features.lexeme.list.length).toBe(a.features.lexeme.list.length - 1);
  });

  it('tokenises and splits sentences exactly as the packaged model on every fixture', () => {
    const fast = winkNLP(winkModel(['sbd']) as Model, ['sbd']);
    const packaged = winkNLP(packagedWinkModel() as Model, ['sbd']);
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      const read = (nlp: ReturnType<typeof winkNLP>) => {
        const d = nlp.readDoc(text);
        return [d.tokens().out(), d.tokens().out(nlp.its.type), d.tokens().out(nlp.its.precedingSpaces), d.sentences().out(nlp.its.span)];
      };
      expect(read(fast)).toEqual(read(packaged));
    }
  });

  it('leaves the steps outside the pipe empty, and loads add-ons on use', () => {
    const model = winkModel(['sbd']);
    expect((model.ner() as { machines: unknown[] }).machines).toEqual([]);
    expect((model.sbd() as { machines: unknown[] }).machines.length).toBeGreaterThan(0);
    const stem = model.addons.stem as (word: string) => string;
    expect(stem('running')).toBe('run');
    // A full pipe loads every step's real machines: named entities as the package finds them.
    const nlp = winkNLP(winkModel(['sbd', 'negation', 'sentiment', 'pos', 'ner', 'cer']) as Model);
    const doc = nlp.readDoc('The meeting is on 12 March 2024 in Jakarta.');
    expect(doc.entities().out(nlp.its.type)).toEqual(['DATE']);
    expect(doc.tokens().out(nlp.its.pos).slice(0, 3)).toEqual(['DET', 'NOUN', 'AUX']);
  });
});

describe('wink vocabulary bound', () => {
  it('renews the wink instance after the limit of learnt word forms, with identical tokens and sentences', async () => {
    const { ArticleDoc, setWinkVocabularyLimit, winkLearntWords } = await import('../../src/engine/document.js');
    const { languagePacks } = await import('../../src/lang/index.js');
    const lexicons = Object.values(languagePacks).map((p) => p.document);
    const segment = (text: string) => {
      const d = new ArticleDoc(text, lexicons, null);
      return JSON.stringify([d.tokens, d.sentences]);
    };
    const texts = fixtureTexts();
    try {
      setWinkVocabularyLimit(Number.MAX_SAFE_INTEGER);
      const unbounded = texts.map(segment);
      const learnt = winkLearntWords();
      expect(learnt).toBeGreaterThan(500); // Indonesian words are new to an English model
      // A quarter of what the fixtures teach: the instance is renewed three or four times.
      setWinkVocabularyLimit(Math.floor(learnt / 4));
      let renewals = 0;
      const bounded = texts.map((text) => {
        const before = winkLearntWords();
        const out = segment(text);
        if (winkLearntWords() < before) renewals++;
        return out;
      });
      expect(renewals).toBeGreaterThanOrEqual(3);
      expect(winkLearntWords()).toBeLessThan(learnt);
      expect(bounded).toEqual(unbounded);
    } finally {
      setWinkVocabularyLimit(200_000);
    }
  });
});
