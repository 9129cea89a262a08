#!/usr/bin/env node
// Measures language identification (src/extractors/language.ts):
//   - IndoSum (../shared/corpus/indosum/articles.jsonl, all Indonesian): whole articles as the
//     pipeline sees them, every paragraph (blocks between blank lines), content paragraphs
//     (ArticleDoc's, boilerplate lines removed), and the single sentences of content paragraphs;
//   - Malay and English sentences written for warta (fixtures/language/*-sentences.txt), one by
//     one and as paragraphs of three consecutive sentences.
// Prints accuracy (`und` counts as wrong), the share of `und`, the mean confidence, and the
// confusions. Usage: node scripts/measure-language.mjs [--limit N] [--json]
// It transpiles src/ with TypeScript into scratch/.measure-language (no build of dist/ needed).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transpileSource, root } from './transpile-src.mjs';

const corpus = join(root, '..', 'shared', 'corpus', 'indosum', 'articles.jsonl');
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const asJson = args.includes('--json');

const build = join(root, 'scratch', '.measure-language');
transpileSource(build);
const { detectLanguage } = await import(pathToFileURL(join(build, 'extractors', 'language.js')).href);
const { ArticleDoc } = await import(pathToFileURL(join(build, 'engine', 'document.js')).href);
const { languagePacks } = await import(pathToFileURL(join(build, 'lang', 'index.js')).href);
const lexicons = Object.values(languagePacks).map((p) => p.document);

function score(name, expected, texts) {
  const confusions = {};
  let right = 0;
  let und = 0;
  let confidence = 0;
  let confidenceRight = 0;
  const wrong = [];
  for (const text of texts) {
    const got = detectLanguage(text);
    confidence += got.confidence;
    if (got.code === expected) {
      right++;
      confidenceRight += got.confidence;
    } else {
      confusions[got.code] = (confusions[got.code] ?? 0) + 1;
      if (got.code === 'und') und++;
      if (wrong.length < 8) wrong.push(`${got.code} ${got.confidence}: ${text.slice(0, 90).replace(/\s+/g, ' ')}`);
    }
  }
  const n = texts.length;
  return {
    name,
    n,
    accuracy: n ? right / n : 0,
    und: n ? und / n : 0,
    accuracyExcludingUnd: n - und ? right / (n - und) : 0,
    meanConfidence: n ? confidence / n : 0,
    meanConfidenceWhenRight: right ? confidenceRight / right : 0,
    confusions,
    wrong,
  };
}

const results = [];
if (!existsSync(corpus)) {
  console.error(`measure-language: ${corpus} is absent; IndoSum measurements skipped`);
} else {
  const articles = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((l) => JSON.parse(l).text);
  const whole = [];
  const allParagraphs = [];
  const contentParagraphs = [];
  const sentences = [];
  let ms = 0;
  for (const text of articles) {
    const doc = new ArticleDoc(text, lexicons);
    whole.push(doc.contentText());
    for (const block of text.split(/\n\s*\n/)) if (block.trim()) allParagraphs.push(block.trim());
    for (const p of doc.paragraphs) if (p.kind === 'content') contentParagraphs.push(p.text);
    for (const s of doc.sentences) if (doc.paragraphs[s.paragraph].kind === 'content') sentences.push(s.text);
  }
  const t0 = performance.now();
  for (const t of whole) detectLanguage(t);
  ms = (performance.now() - t0) / whole.length;
  results.push({ ...score('indosum articles (content)', 'id', whole), msPerArticle: ms });
  results.push(score('indosum paragraphs (all blocks)', 'id', allParagraphs));
  results.push(score('indosum paragraphs (content)', 'id', contentParagraphs));
  results.push(score('indosum sentences (content)', 'id', sentences));
}
for (const [code, file] of [['ms', 'ms-sentences.txt'], ['en', 'en-sentences.txt']]) {
  const lines = readFileSync(join(root, 'fixtures', 'language', file), 'utf8').split('\n').filter((l) => l.trim());
  const threes = [];
  for (let i = 0; i + 3 <= lines.length; i += 3) threes.push(lines.slice(i, i + 3).join(' '));
  results.push(score(`${code} sentences (fixtures/language/${file})`, code, lines));
  results.push(score(`${code} paragraphs of 3 sentences`, code, threes));
}

if (asJson) console.log(JSON.stringify(results, null, 2));
else {
  const pct = (x) => `${(x * 100).toFixed(2)}%`;
  for (const r of results) {
    console.log(
      `${r.name}: n=${r.n} accuracy=${pct(r.accuracy)} und=${pct(r.und)} accuracy(excl. und)=${pct(r.accuracyExcludingUnd)}` +
        ` mean confidence=${r.meanConfidence.toFixed(3)} (when right ${r.meanConfidenceWhenRight.toFixed(3)})` +
        (r.msPerArticle !== undefined ? ` detect=${r.msPerArticle.toFixed(3)} ms/article` : ''),
    );
    if (Object.keys(r.confusions).length) console.log(`  confusions: ${JSON.stringify(r.confusions)}`);
    for (const w of r.wrong) console.log(`    ${w}`);
  }
}
