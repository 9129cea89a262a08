// The cost of the dates extractor per article against building the document (wink-nlp readDoc)
// on the first 200 indosum articles. Needs a build (`npx tsc -p .`) and ../shared; run from the repo root:
//   node scripts/bench-dates.mjs
import fs from 'node:fs';
import { ArticleDoc } from '../dist/engine/document.js';
import { languagePacks } from '../dist/lang/index.js';
import { dateExtractor } from '../dist/extractors/dates.js';
const lexicons = Object.values(languagePacks).map((p) => p.document);
const path = new URL('../../shared/corpus/indosum/articles.jsonl', import.meta.url).pathname;
if (!fs.existsSync(path)) {
  console.error(`bench-dates: ${path} is absent (the shared indosum corpus is not in the repo); nothing measured`);
  process.exit(2);
}
const arts = fs.readFileSync(path, 'utf8').trim().split('\n').slice(0, 200).map((l) => JSON.parse(l));
const pack = languagePacks.id;
// Minimum of 5 runs per article for each part: robust against other processes on the machine.
let tDoc = 0, tDates = 0, chars = 0, n = 0;
for (const a of arts) {
  let bestDoc = Infinity, bestDates = Infinity;
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    const doc = new ArticleDoc(a.text, lexicons);
    const t1 = performance.now();
    const result = { published: a.published.slice(0, 10), dates: [], warnings: [] };
    dateExtractor.extract({ doc, pack, result, options: {} });
    const t2 = performance.now();
    bestDoc = Math.min(bestDoc, t1 - t0); bestDates = Math.min(bestDates, t2 - t1);
    if (rep === 0) n += result.dates.length;
  }
  tDoc += bestDoc; tDates += bestDates; chars += a.text.length;
}
console.log(`${arts.length} articles, ${(chars / arts.length / 1000).toFixed(1)} KB avg, ${n} dates`);
console.log(`ArticleDoc (wink) ${(tDoc / arts.length).toFixed(3)} ms/article; dates ${(tDates / arts.length).toFixed(3)} ms/article (${((100 * tDates) / tDoc).toFixed(0)}% of the document build)`);
