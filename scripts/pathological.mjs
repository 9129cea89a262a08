#!/usr/bin/env node
// Times each stage of analyze() (article model, language, each extractor and refiner) on the
// pathological inputs of scripts/pathological-inputs.mjs at growing sizes, and names every
// stage whose time grows faster than its input (time × more than 3 when the size doubles).
//
//   npm run build && node scripts/pathological.mjs [--only=name,name] [MB ...]   (default: 1 2; try 5 10)
import { ArticleDoc } from '../dist/engine/document.js';
import { extractors, refiners } from '../dist/engine/pipeline.js';
import { languagePack, languagePacks } from '../dist/lang/index.js';
import { detectLanguage } from '../dist/extractors/language.js';
import { pathologicalInputs } from './pathological-inputs.mjs';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const sizes = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(1, 2);
const lexicons = Object.values(languagePacks).map((p) => p.document);

function timeStages(text) {
  const times = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    times[name] = now - t;
    t = now;
  };
  const doc = new ArticleDoc(text, lexicons, null);
  lap('document');
  detectLanguage(doc.contentText());
  lap('language');
  const pack = languagePack('id');
  const result = { quotes: [], organisations: [], people: [], places: [], figures: [], dates: [], warnings: [], published: null };
  const ctx = { doc, pack, result, options: { lang: 'id' } };
  for (const e of extractors) {
    e.extract(ctx);
    lap(`extractor:${e.id}`);
  }
  for (const r of refiners) {
    r.refine(ctx);
    lap(`refiner:${r.id}`);
  }
  return times;
}

const table = {}; // input → size → stage → ms
for (const mb of sizes) {
  const inputs = pathologicalInputs(Math.round(mb * 1024 * 1024));
  for (const [name, text] of Object.entries(inputs)) {
    if (only && !only.includes(name)) continue;
    const times = timeStages(text);
    ((table[name] ??= {})[mb] = times);
    const total = Object.values(times).reduce((a, b) => a + b, 0);
    const worst = Object.entries(times).sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(`${name.padEnd(15)} ${String(mb).padStart(4)} MB  total ${total.toFixed(0).padStart(7)} ms   ${worst.map(([s, ms]) => `${s} ${ms.toFixed(0)}`).join(', ')}`);
  }
}

const slow = [];
for (const [name, bySize] of Object.entries(table)) {
  for (let i = 1; i < sizes.length; i++) {
    const [a, b] = [sizes[i - 1], sizes[i]];
    for (const stage of Object.keys(bySize[b])) {
      const ta = bySize[a][stage];
      const tb = bySize[b][stage];
      const growth = tb / Math.max(ta, 1);
      const expected = b / a;
      // Super-linear: grows more than 1.5× faster than the input, and matters (> 200 ms).
      if (tb > 200 && growth > expected * 1.5) slow.push(`${stage} on ${name}: ${ta.toFixed(0)} ms at ${a} MB → ${tb.toFixed(0)} ms at ${b} MB (×${growth.toFixed(1)} for ×${expected.toFixed(1)} input)`);
    }
  }
}
console.log(slow.length ? `\nGrowing faster than the input:\n  ${slow.join('\n  ')}` : '\nEvery stage grows linearly with its input.');
