#!/usr/bin/env node
// Trains warta's Indonesian name tagger (averaged perceptron, see src/extractors/entities/tagger.ts)
// on ../shared/ner/idner-news-2k/train.txt, reports span F1 on dev.txt, and writes the weights
// to src/lang/id/ner-model.ts. Also derives the list of usually-lower-case words from the indosum
// corpus (../shared/corpus/indosum/articles.jsonl) when it is there. Deterministic: fixed seed,
// fixed epoch count. Run: node scripts/train-ner.mjs [--epochs N] [--no-write]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { transpileSource, root } from './transpile-src.mjs';

const args = process.argv.slice(2);
const EPOCHS = args.includes('--epochs') ? Number(args[args.indexOf('--epochs') + 1]) : 6;
const WRITE = !args.includes('--no-write');
const shared = join(root, '..', 'shared');
const nerDir = join(shared, 'ner', 'idner-news-2k');
if (!existsSync(join(nerDir, 'train.txt'))) {
  console.error(`train-ner: ${nerDir}/train.txt is absent; the shared data is needed to train.`);
  process.exit(2);
}

const build = transpileSource();
const { entities } = await import(join(build, 'lang/id/entities.js'));
const { compileLexicon } = await import(join(build, 'extractors/entities/lexicon.js'));
const { tokenizeWords, wordShape } = await import(join(build, 'extractors/entities/tokens.js'));
const tagger = await import(join(build, 'extractors/entities/tagger.js'));
const lex = compileLexicon(entities);

function readConll(file) {
  const sents = [];
  let cur = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) {
      if (cur.length) sents.push(cur);
      cur = [];
      continue;
    }
    const parts = line.split(' ');
    cur.push({ word: parts[0], tag: parts[parts.length - 1] });
  }
  if (cur.length) sents.push(cur);
  return sents;
}

/** The sentence as warta sees it: tokens joined by spaces, re-tokenised, tags carried over. */
function toExample(sent) {
  let text = '';
  const owner = [];
  sent.forEach((t, k) => {
    if (k) text += ' ';
    for (let c = 0; c < t.word.length; c++) owner[text.length + c] = k;
    text += t.word;
  });
  const tokens = tokenizeWords(text, 0, text.length, lex.abbreviations);
  const tags = [];
  let lastOwner = -1;
  for (const tok of tokens) {
    const k = owner[tok.start];
    const gold = sent[k].tag;
    const isWord = /[\p{L}\p{N}]/u.test(tok.text);
    if (gold === 'O' || !isWord) tags.push('O');
    else if (k === lastOwner) tags.push('I-' + gold.slice(2));
    else tags.push(gold);
    if (isWord) lastOwner = k;
  }
  // Repair: an I- tag after O (punctuation split off) starts the entity.
  for (let i = 0; i < tags.length; i++) {
    if (tags[i].startsWith('I-') && !tagger.allowed(tags[i - 1] ?? 'O', tags[i])) tags[i] = 'B-' + tags[i].slice(2);
  }
  return { tokens, tags };
}

// Usually-lower-case words: seen at least 8 times, lower case at least 90% of the time when
// not sentence-initial. From indosum when present, else from the training sentences.
function lowercaseWords() {
  const lower = new Map();
  const total = new Map();
  const count = (text) => {
    for (const t of tokenizeWords(text, 0, text.length, lex.abbreviations)) {
      if (t.initial || !/^\p{L}+$/u.test(t.text)) continue;
      const k = t.text.toLowerCase();
      total.set(k, (total.get(k) ?? 0) + 1);
      if (t.text === k) lower.set(k, (lower.get(k) ?? 0) + 1);
    }
  };
  const corpus = join(shared, 'corpus', 'indosum', 'articles.jsonl');
  if (existsSync(corpus)) {
    for (const line of readFileSync(corpus, 'utf8').split('\n')) if (line.trim()) count(JSON.parse(line).text);
  } else {
    for (const s of readConll(join(nerDir, 'train.txt'))) count(s.map((t) => t.word).join(' '));
  }
  return [...lower.entries()]
    .filter(([k, n]) => n >= 8 && n / total.get(k) >= 0.9)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 12000)
    .map(([k]) => k)
    .sort();
}

const lowercase = lowercaseWords();
const lowerSet = new Set(lowercase);
const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
const train = readConll(join(nerDir, 'train.txt')).map(toExample);
const dev = readConll(join(nerDir, 'dev.txt')).map(toExample);
let names = new Set();
const prepare = (ex) => ({ ...ex, evidence: tagger.gazetteerEvidence(lex, ex.tokens, names) });
let trainSet = train.map(prepare);

// Averaged perceptron with lazy averaging.
const weights = new Map(); // feature → { w, total, stamp }
let clock = 0;
function update(f, k, delta) {
  let e = weights.get(f);
  if (!e) {
    e = { w: new Float64Array(TAGS.length), total: new Float64Array(TAGS.length), stamp: new Float64Array(TAGS.length) };
    weights.set(f, e);
  }
  e.total[k] += (clock - e.stamp[k]) * e.w[k];
  e.stamp[k] = clock;
  e.w[k] += delta;
}
function score(features, useAverage) {
  const s = new Float64Array(TAGS.length);
  for (const f of features) {
    const e = weights.get(f);
    if (!e) continue;
    const w = useAverage ? e.avg : e.w;
    for (let k = 0; k < TAGS.length; k++) s[k] += w[k];
  }
  return s;
}
function decode(ex, useAverage, gold) {
  const tags = [];
  for (let i = 0; i < ex.tokens.length; i++) {
    const prev = tags[i - 1] ?? '<s>';
    const prev2 = tags[i - 2] ?? '<s>';
    const f = tagger.tokenFeatures(ex.tokens, i, ex.evidence, lowerSet);
    f.push(...tagger.historyFeatures(prev, prev2, wordShape(ex.tokens[i].text)));
    const s = score(f, useAverage);
    let best = -1;
    for (let k = 0; k < TAGS.length; k++) {
      if (!tagger.allowed(prev, TAGS[k])) continue;
      if (best < 0 || s[k] > s[best]) best = k;
    }
    if (gold) {
      clock++;
      const g = TAGS.indexOf(gold[i]);
      if (best !== g) {
        for (const x of f) {
          update(x, g, 1);
          update(x, best, -1);
        }
      }
      // Teacher forcing: the history is the gold history.
      tags.push(gold[i]);
    } else tags.push(TAGS[best]);
  }
  return tags;
}
function finalize() {
  for (const e of weights.values()) {
    e.avg = new Float64Array(TAGS.length);
    for (let k = 0; k < TAGS.length; k++) {
      const total = e.total[k] + (clock - e.stamp[k]) * e.w[k];
      e.avg[k] = total / clock;
    }
  }
}
function spans(tags) {
  const out = new Set();
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-')) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === 'I-' + tags[i].slice(2)) j++;
    out.add(`${i}:${j}:${tags[i].slice(2)}`);
  }
  return out;
}
function evaluate(set) {
  const per = {};
  for (const ex of set) {
    const pred = spans(decode(ex, true));
    const gold = spans(ex.tags);
    for (const t of ['PER', 'ORG', 'LOC']) {
      per[t] ??= { tp: 0, fp: 0, fn: 0 };
      for (const s of pred) if (s.endsWith(t)) gold.has(s) ? per[t].tp++ : per[t].fp++;
      for (const s of gold) if (s.endsWith(t) && !pred.has(s)) per[t].fn++;
    }
  }
  return Object.fromEntries(
    Object.entries(per).map(([t, { tp, fp, fn }]) => [t, +((2 * tp) / (2 * tp + fp + fn) || 0).toFixed(3)]),
  );
}

function trainAll(label) {
  weights.clear();
  clock = 0;
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = trainSet.map((_, i) => i);
  const devSet = dev.map(prepare);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) decode(trainSet[i], false, trainSet[i].tags);
    finalize();
    console.log(`${label} epoch ${epoch}: dev span F1`, evaluate(devSet));
  }
}

// Pass 1 without a name list; then the pass-1 tagger reads the indosum corpus (minus the dev
// gold articles) and the words it tags as people often and consistently become the name list
// of pass 2 (self-training of a gazetteer feature).
trainAll('pass 1');
const corpusFile = join(shared, 'corpus', 'indosum', 'articles.jsonl');
if (existsSync(corpusFile) && !args.includes('--no-names')) {
  const held = new Set();
  const devGold = join(shared, 'gold', 'dev', 'articles.jsonl');
  if (existsSync(devGold)) for (const l of readFileSync(devGold, 'utf8').split('\n')) if (l.trim()) held.add(JSON.parse(l).id);
  const asPerson = new Map();
  const seen = new Map();
  for (const line of readFileSync(corpusFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line);
    if (held.has(a.id)) continue;
    for (const para of a.text.split(/\n+/)) {
      for (const sent of para.split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
        const tokens = tokenizeWords(sent, 0, sent.length, lex.abbreviations);
        if (!tokens.length) continue;
        const ex = { tokens, evidence: tagger.gazetteerEvidence(lex, tokens, names) };
        const tags = decode(ex, true);
        tokens.forEach((t, i) => {
          if (t.initial || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
          seen.set(t.text, (seen.get(t.text) ?? 0) + 1);
          if (tags[i].endsWith('PER')) asPerson.set(t.text, (asPerson.get(t.text) ?? 0) + 1);
        });
      }
    }
  }
  names = new Set(
    [...asPerson.entries()]
      .filter(([w, n]) => n >= 3 && n / seen.get(w) >= 0.8 && !lowerSet.has(w.toLowerCase()) && !lex.ambiguous.has(w))
      .map(([w]) => w),
  );
  console.log(`name list: ${names.size} words`);
  trainSet = train.map(prepare);
  trainAll('pass 2');
}

// Keep the weights that matter; three decimals.
const out = {};
let kept = 0;
for (const [f, e] of [...weights.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const w = Array.from(e.avg, (x) => Math.round(x * 1000) / 1000);
  if (w.every((x) => Math.abs(x) < 0.02)) continue;
  out[f] = w;
  kept++;
}
const json = JSON.stringify({ tags: TAGS, lowercase, names: [...names].sort(), weights: out });
console.log(`features kept: ${kept} of ${weights.size}; model ${(json.length / 1e6).toFixed(2)} MB`);
if (WRITE) {
  writeFileSync(
    join(root, 'src/lang/id/ner-model.ts'),
    `// Weights of the Indonesian name tagger (averaged perceptron), generated by scripts/train-ner.mjs\n` +
      `// from idner-news-2k train.txt (MIT, Khairunnisa et al. 2020) and word case statistics of the\n` +
      `// indosum corpus. Do not edit by hand; re-run the script.\n` +
      `export const nerModel: string = ${JSON.stringify(json)};\n`,
  );
  console.log('wrote src/lang/id/ner-model.ts');
}
