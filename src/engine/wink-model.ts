// wink-eng-lite-web-model, loaded for a given pipe at about half the start-up cost.
//
// Why not `import model from 'wink-eng-lite-web-model'`: the package's entry require()s its
// 3 MB core JSON as soon as it is imported, and its core() then deep-copies that object
// (`JSON.parse(JSON.stringify(...))`) and decodes two base64 arrays with a charCodeAt loop; its
// entry also loads the lemmatiser's 220 KB of WordNet exception tables, and wink-nlp builds the
// automata of every step (named entities, sentiment, negation, parts of speech) even when the
// pipe leaves them out. On a cold single-article run that was ~130 ms of CPU of ~0.9 s.
//
// This module builds the same model from the same package files: the core JSON is parsed once
// (it is our own fresh copy, so no deep copy is needed) and base64 is decoded by Buffer; the
// steps outside the pipe get empty machines, which wink-nlp never runs (readDoc runs a step only
// when the pipe names it). test/engine/wink-model.test.ts checks that the core model equals the
// package's and that tokens, token types, spaces and sentences are identical.
//
// For a pipe of sentence boundaries alone (warta's), the core model comes from a subset of the
// package's lexicon shipped in wink-core-subset.ts (scripts/build-wink-core.mjs): 6,251 of its
// 87,593 words. Reading and parsing the 3 MB core JSON and hashing every word cost ~175 ms of a
// cold run; the subset ~10 ms. The words left out are plain letters whose lexicon entry says
// nothing that wink-nlp's tokeniser and sentence machine read beyond what it works out for a word
// it has never seen: token type `word`, no sentence-boundary hint, not an abbreviation, not a
// contraction, normal form = lower case. Such a word, met in a text, is learnt as a new word:
// same value, type, spaces and sentences (other steps, part of speech or lemmas, would differ, so
// any other pipe gets the whole lexicon). test/engine/wink-model.test.ts checks this rule on the
// whole lexicon and compares tokens and sentences with the package's model on every fixture.
//
// If the package's files are not where this expects them, or the installed version is not the
// one the subset was cut from, the package's own files are used instead: slower, never wrong.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { winkCoreSubsetJson, winkCoreSubsetSource } from './wink-core-subset.js';

const require = createRequire(import.meta.url);

/** The model object wink-nlp expects: loader functions plus add-ons. */
export interface WinkModel {
  core: () => unknown;
  sbd: () => unknown;
  ner: () => unknown;
  negation: () => unknown;
  sa: () => unknown;
  pos: () => unknown;
  metaCER: () => unknown;
  featureFn: unknown;
  addons: Record<string, unknown>;
}

/** Where a core model's lexicon came from. */
export type LexiconSource = 'subset' | 'package file' | 'package';

/** A fast-loaded model, with what its last core() holds of words. */
export interface LoadedWinkModel extends WinkModel {
  /** Words the last core() has learnt beyond the model's own lexicon (0 before core() runs). */
  learntWords(): number;
  /** Where the last core() took its lexicon from (null before core() runs). */
  lexiconSource(): LexiconSource | null;
}

/** The annotation steps of wink-nlp's pipe, and the model loader each one needs. */
type PipeStep = 'sbd' | 'negation' | 'sentiment' | 'pos' | 'ner' | 'cer';

/** A state machine that recognises nothing, in wink-nlp's exported automaton format
 *  `[version, lastUsedState, fsm, terminalStates, markedStates, customPropertyAtStates]`. */
const NO_MACHINE = '[0,0,{},{},{},{}]';

interface CoreModelJson {
  packing: { layout: Record<string, number[]>; efList?: string[]; size?: number };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** Base64 → Uint32Array, as the package's bufferFromBase64 + `new Uint32Array(buffer)`. */
function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  // A Buffer may sit at any offset of a shared pool; Uint32Array needs a multiple of 4.
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
  return new Uint32Array(new Uint8Array(bytes).buffer, 0, bytes.byteLength >>> 2);
}

/** The package's read-core-model.js + load-core-model.js, without the deep copy. */
function readCoreModel(file: string): unknown {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModelJson;
  if (typeof model.lexicon !== 'string') throw new Error(`unexpected wink core model format in ${file}`);
  const lexeme = model.features?.lexeme;
  if (!lexeme) throw new Error(`unexpected wink core model format in ${file}`);
  model.lexicon = uint32FromBase64(model.lexicon);
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < lexeme.list.length; k++) hash[lexeme.list[k] as string] = k;
  lexeme.hash = hash;
  return finishCoreModel(model, file);
}

/** The lexicon a subset (scripts/build-wink-core.mjs) keeps: at each kept index its word and packed
 *  features; the rows of the other indices stay zero, and those words are not in the hash, so
 *  wink-nlp never reads them: met in a text, such a word is learnt as new (see winkModel). */
interface LexiconSubset {
  size: number;
  gaps: number[];
  words: string[];
  rows: string;
}

/** The core model from the subset shipped in wink-core-subset.ts. */
function subsetCoreModel(): unknown {
  const model = JSON.parse(winkCoreSubsetJson) as CoreModelJson & { subset?: LexiconSubset };
  const subset = model.subset;
  const rowSize = model.packing?.size;
  const lexeme = model.features?.lexeme;
  if (!subset || !rowSize || !lexeme) throw new Error('unexpected wink core subset format');
  const rows = uint32FromBase64(subset.rows);
  const lexicon = new Uint32Array(subset.size * rowSize);
  // Holes at the indices left out: wink-nlp appends new words after `size` (list.push).
  const list: string[] = new Array(subset.size);
  const hash: Record<string, number> = Object.create(null);
  let index = 0;
  for (let j = 0; j < subset.words.length; j++) {
    index += subset.gaps[j]!;
    const word = subset.words[j]!;
    list[index] = word;
    hash[word] = index;
    lexicon.set(rows.subarray(j * rowSize, (j + 1) * rowSize), index * rowSize);
  }
  delete model.subset;
  model.lexicon = lexicon;
  lexeme.list = list;
  lexeme.hash = hash;
  return finishCoreModel(model, 'wink-core-subset');
}

/** What read-core-model.js and load-core-model.js do after the lexicon and its hash. */
function finishCoreModel(model: CoreModelJson, source: string): CoreModelJson {
  const { packing, features, pos } = model;
  if (typeof model.xpansions !== 'string' || !packing?.layout || !features?.lexeme || !features.posClusters || !pos?.hash) {
    throw new Error(`unexpected wink core model format in ${source}`);
  }
  model.xpansions = uint32FromBase64(model.xpansions);
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const feature = features[f]!;
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < feature.list.length; k++) hash[feature.list[k] as string] = k;
    feature.hash = hash;
  }
  const lexeme = features.lexeme;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  }
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** What each package loader returned, kept for the life of the process: the package's
 *  load-cer-meta-model.js stringifies its module-level machines in place on every call, so a
 *  second instance would get the JSON of that JSON (and the tenth a string too long to build). */
const loaderResults = new Map<() => unknown, unknown>();
function once(loader: () => unknown): () => unknown {
  return () => {
    if (!loaderResults.has(loader)) loaderResults.set(loader, loader());
    return loaderResults.get(loader);
  };
}

/** The version of wink-eng-lite-web-model installed in `dir` (its dist folder). */
function installedVersion(dir: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/** The package's own model (its entry), for comparison and as the fallback. */
export function packagedWinkModel(): WinkModel {
  return require('wink-eng-lite-web-model') as WinkModel;
}

/** The package's own model, which does not say what it learns (never renewed). */
function fallbackModel(): LoadedWinkModel {
  return { ...packagedWinkModel(), learntWords: () => 0, lexiconSource: () => 'package' };
}

/**
 * wink-eng-lite-web-model for `winkNLP(model, pipe)` with this pipe: the core model parsed once,
 * real machines for the steps in the pipe, empty ones for the rest. Add-ons (stemmer,
 * lemmatiser, readability) load on first use.
 */
export function winkModel(pipe: readonly PipeStep[]): LoadedWinkModel {
  let lexeme: { list: unknown[]; intrinsicSize?: number } | null = null;
  let source: LexiconSource | null = null;
  try {
    const dir = dirname(require.resolve('wink-eng-lite-web-model'));
    const subsetFits = pipe.every((step) => step === 'sbd') && installedVersion(dir) === winkCoreSubsetSource.version;
    const coreFile = join(dir, 'languages/cur/models/eng-core-web-model.json');
    const load = (file: string) => require(join(dir, file)) as () => unknown;
    const inPipe = (step: PipeStep) => pipe.includes(step);
    const unused = (extra: object) => () => ({ machines: [NO_MACHINE], transformers: [], ...extra });
    const model: WinkModel = Object.assign(Object.create(null) as WinkModel, {
      core: () => {
        try {
          const core = (subsetFits ? subsetCoreModel() : readCoreModel(coreFile)) as CoreModelJson;
          lexeme = core.features.lexeme;
          source = subsetFits ? 'subset' : 'package file';
          return core;
        } catch {
          lexeme = null;
          source = 'package';
          return packagedWinkModel().core();
        }
      },
      sbd: inPipe('sbd') ? load('load-sbd-model.js') : unused({ setter: () => undefined }),
      ner: inPipe('ner') ? load('load-ner-model.js') : () => ({ machines: [], transformers: [] }),
      negation: inPipe('negation') ? load('load-negation-model.js') : unused({ setter: () => undefined }),
      sa: inPipe('sentiment') ? load('load-sa-model.js') : unused({ setter: () => undefined }),
      pos: inPipe('pos') ? load('load-pos-model.js') : () => ({ machines: [], transformers: [], setter: () => undefined, updater: () => undefined }),
      metaCER: once(load('load-cer-meta-model.js')),
      featureFn: require(join(dir, 'feature.js')),
      addons: Object.create(null) as Record<string, unknown>,
    });
    // Add-ons on first use: the lemmatiser alone loads 220 KB of exception tables.
    for (const [name, file] of [['stem', 'porter-stemmer.js'], ['lemmatize', 'lemmatize.js'], ['readabilityStats', 'readability-stats.js']] as const) {
      Object.defineProperty(model.addons, name, { enumerable: true, configurable: true, get: () => require(join(dir, file)) });
    }
    model.addons.wordVectors = undefined;
    const learntWords = () => (lexeme ? lexeme.list.length - (lexeme.intrinsicSize ?? lexeme.list.length) : 0);
    return Object.assign(model, { learntWords, lexiconSource: () => source });
  } catch {
    return fallbackModel();
  }
}
