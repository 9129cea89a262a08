#!/usr/bin/env node
// `npm run bench`: speed and memory of warta over the IndoSum corpus (3,463 articles), in one run:
//   (a) wink-nlp readDoc alone on the same texts: the floor of any wink-based pipeline
//   (b) analyze() in one thread
//   (c) the CLI end to end, `--input jsonl --format jsonl`, with --jobs 1 and with --jobs 2
// with articles/s, MB/s and peak RSS of each, the ratios b/a and c2/c1, and the wall time of
// one short article, cold (`node bin/warta.js analyze fixtures/tiktok-project-s.txt`).
// BENCH_BIG=1 adds peak RSS with --jobs 2 on a ~1 GB JSONL archive (the corpus repeated,
// written to a temporary folder and removed afterwards; BENCH_BIG_MB sets its size).
//
// Each measurement runs in its own process, so that peak RSS is its own. (a) and (b) time the
// analysis only (model loaded); (c) and the cold run time the whole process.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, process.env.BENCH_CORPUS ?? '../shared/corpus/indosum/articles.jsonl');
const bin = join(root, 'bin/warta.js');
const seed = join(root, 'fixtures/tiktok-project-s.txt');


/** In a child process: time (a) or (b) over the corpus and print one JSON line. */
async function runPhase(name, file) {
  const records = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim() !== '') records.push(JSON.parse(line));
  }
  const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  let work;
  if (name === 'wink') {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    work = (r) => nlp.readDoc(r.text).tokens().length();
  } else {
    const { analyze } = await import(join(root, 'dist/engine/pipeline.js'));
    work = (r) => analyze(r.text, { id: r.id, source: 'bench', title: r.title ?? null, published: r.published ?? r.date ?? null });
  }
  work(records[0]); // load lazily built tables before the clock starts
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (const r of records) work(r);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  process.stdout.write(`${JSON.stringify({ articles: records.length, bytes, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakKB: process.resourceUsage().maxRSS })}\n`);
}

/** Run a command; wall time and peak RSS (VmHWM, read from /proc while it runs, or /usr/bin/time). */
function measure(command, args, { stdout = 'ignore', sample = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    // Sampling reads /proc/<pid>/status of the process itself: no /usr/bin/time in between.
    const useTime = !sample && existsSync('/usr/bin/time');
    const started = performance.now();
    const child = useTime
      ? spawn('/usr/bin/time', ['-f', 'WARTA_BENCH_PEAK_KB=%M WARTA_BENCH_CPU=%U+%S', command, ...args], { cwd: root, stdio: ['ignore', stdout, 'pipe'] })
      : spawn(command, args, { cwd: root, stdio: ['ignore', stdout, 'pipe'] });
    let peakKB = 0;
    const samples = []; // [seconds, RSS MB], when sampling
    let stderr = '';
    let out = '';
    child.stderr.on('data', (d) => (stderr += d));
    if (stdout === 'pipe') child.stdout.on('data', (d) => (out += d));
    const poll = useTime
      ? null
      : setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            const m = /VmHWM:\s+(\d+) kB/.exec(status);
            if (m) peakKB = Math.max(peakKB, Number(m[1]));
            const rss = /VmRSS:\s+(\d+) kB/.exec(status);
            const t = (performance.now() - started) / 1000;
            if (sample && rss && (samples.length === 0 || t - samples[samples.length - 1][0] >= 1)) samples.push([t, Number(rss[1]) / 1024]);
          } catch {
            /* ended */
          }
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const ms = performance.now() - started;
      const m = /WARTA_BENCH_PEAK_KB=(\d+) WARTA_BENCH_CPU=([\d.]+)\+([\d.]+)/.exec(stderr);
      if (m) peakKB = Number(m[1]);
      const cpuMs = m ? (Number(m[2]) + Number(m[3])) * 1000 : null;
      resolvePromise({ code, ms, peakKB, cpuMs, samples, stderr: stderr.replace(/WARTA_BENCH_PEAK_KB=.*\n?/, ''), stdout: out });
    });
  });
}

async function phaseInChild(name) {
  const r = await measure(process.execPath, [fileURLToPath(import.meta.url), `--phase=${name}`, corpus], { stdout: 'pipe' });
  if (r.code !== 0) throw new Error(`phase ${name} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function cli(jobs, file, options = {}) {
  const r = await measure(process.execPath, [bin, 'analyze', '--input', 'jsonl', '--format', 'jsonl', '-q', '--jobs', String(jobs), file], options);
  if (r.code !== 0 && r.code !== 1) throw new Error(`warta analyze --jobs ${jobs} failed (exit ${r.code}):\n${r.stderr}`);
  return r;
}

const mb = (bytes) => bytes / 1e6;
const fmt = (n, d = 1) => n.toFixed(d);

async function main() {
  if (!existsSync(corpus)) {
    console.error(`bench: the corpus is absent: ${corpus}\n(it is shared data, not in the repository; set BENCH_CORPUS to another JSONL archive)`);
    process.exit(2);
  }
  if (!existsSync(join(root, 'dist/bundle/main.js'))) {
    console.error('bench: no build in dist/; run `npm run bench` (it builds first)');
    process.exit(2);
  }
  const cores = availableParallelism();
  console.log(`warta bench: ${corpus}`);
  console.log(`machine: ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), node ${process.version}, ${process.platform}`);
  const size = statSync(corpus).size;
  // `--big-only`: just the big-archive run (with BENCH_BIG=1).
  const bigOnly = process.argv.includes('--big-only');
  if (!bigOnly) await mainRuns(size);
  await bigRun();
}

async function mainRuns(size) {

  // CPU seconds (user + system, all threads) next to wall seconds: on a shared machine they
  // show what a run would cost with its cores to itself.
  console.log(`\n${'measurement'.padEnd(28)}${'articles/s'.padStart(12)}${'MB/s'.padStart(8)}${'seconds'.padStart(9)}${'CPU s'.padStart(8)}${'peak RSS MB'.padStart(13)}`);
  const row = (name, articles, bytes, ms, cpuMs, peakKB) =>
    console.log(
      `${name.padEnd(28)}${fmt((articles * 1000) / ms).padStart(12)}${fmt(mb(bytes) / (ms / 1000), 2).padStart(8)}${fmt(ms / 1000, 2).padStart(9)}${(cpuMs == null ? '-' : fmt(cpuMs / 1000, 1)).padStart(8)}${fmt(peakKB / 1024, 0).padStart(13)}`,
    );
  const a = await phaseInChild('wink');
  row('(a) wink readDoc alone', a.articles, a.bytes, a.ms, a.cpuMs, a.peakKB);
  const b = await phaseInChild('analyze');
  row('(b) analyze(), one thread', b.articles, b.bytes, b.ms, b.cpuMs, b.peakKB);
  const c1 = await cli(1, corpus);
  row('(c1) CLI --jobs 1', a.articles, a.bytes, c1.ms, c1.cpuMs, c1.peakKB);
  const c2 = await cli(2, corpus);
  row('(c2) CLI --jobs 2', a.articles, a.bytes, c2.ms, c2.cpuMs, c2.peakKB);
  const rate = (articles, ms) => (articles * 1000) / ms;
  const ba = rate(b.articles, b.ms) / rate(a.articles, a.ms);
  const c2c1 = c1.ms / c2.ms;
  console.log(`\nb/a   = ${fmt(ba, 2)}  (target ≥ 0.5)`);
  console.log(`c2/c1 = ${fmt(c2c1, 2)}  (target ≥ 1.7 on 2 cores)`);
  if (c1.cpuMs && c2.cpuMs) console.log(`CPU time c2/c1 = ${fmt(c2.cpuMs / c1.cpuMs, 2)}  (1.00: the second worker adds no work of its own)`);
  console.log(`(texts: ${a.articles} articles, ${fmt(mb(a.bytes))} MB of text; archive ${fmt(mb(size))} MB)`);

  // Wall time on a shared machine waits for a core; CPU time (all threads) does not.
  const cold = [];
  const coldCpu = [];
  for (let i = 0; i < 5; i++) {
    const r = await measure(process.execPath, [bin, 'analyze', seed]);
    if (r.code !== 0) throw new Error(`cold run failed:\n${r.stderr}`);
    cold.push(r.ms);
    if (r.cpuMs != null) coldCpu.push(r.cpuMs);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[(xs.length - 1) >> 1];
  console.log(
    `cold  = ${fmt(median(cold) / 1000, 2)} s  (one short article, median of 5: ${cold.map((x) => fmt(x / 1000, 2)).join(', ')}; ` +
      `CPU ${coldCpu.length ? `${fmt(median(coldCpu) / 1000, 2)} s` : '-'}; target ≤ 0.6 s)`,
  );
}

async function bigRun() {
  const rate = (articles, ms) => (articles * 1000) / ms;

  if (process.env.BENCH_BIG === '1') {
    const target = Number(process.env.BENCH_BIG_MB ?? 1000) * 1e6;
    if (!existsSync('/proc/self/status')) console.log('(no /proc: peak RSS of the big run is not measured)');
    const dir = mkdtempSync(join(tmpdir(), 'warta-bench-'));
    try {
      const big = join(dir, 'big.jsonl');
      const articles = await repeatCorpus(big, target);
      const bigSize = statSync(big).size;
      console.log(`\nbig archive: ${fmt(mb(bigSize), 0)} MB, ${articles} articles (the corpus repeated) in ${dir}`);
      const r = await cli(2, big, { sample: true });
      console.log(
        `(big) CLI --jobs 2: peak RSS ${fmt(r.peakKB / 1024, 0)} MB (target ≤ 500 MB), ${fmt(r.ms / 1000, 0)} s, ${fmt(rate(articles, r.ms))} articles/s, ${fmt(mb(bigSize) / (r.ms / 1000), 2)} MB/s`,
      );
      // Flat memory: the resident size over each quarter of the run.
      const quarters = [0, 1, 2, 3].map((q) => r.samples.filter(([t]) => t >= (q * r.ms) / 4000 && t < ((q + 1) * r.ms) / 4000).map(([, m]) => m));
      console.log(`      RSS by quarter of the run (max MB): ${quarters.map((q) => (q.length ? fmt(Math.max(...q), 0) : '-')).join(', ')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    console.log('\n(BENCH_BIG=1 adds peak RSS with --jobs 2 on a ~1 GB archive)');
  }
}

/** Write the corpus again and again, with ids made unique, until the file holds `target` bytes. */
async function repeatCorpus(file, target) {
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const out = createWriteStream(file);
  let written = 0;
  let articles = 0;
  for (let round = 1; written < target; round++) {
    for (const line of lines) {
      const record = JSON.parse(line);
      record.id = `${record.id}-r${round}`;
      const text = `${JSON.stringify(record)}\n`;
      written += Buffer.byteLength(text);
      articles++;
      if (!out.write(text)) await new Promise((r) => out.once('drain', r));
      if (written >= target) break;
    }
  }
  await new Promise((r) => out.end(r));
  return articles;
}

const phase = process.argv.find((a) => a.startsWith('--phase='))?.slice(8);
if (phase) {
  await runPhase(phase, process.argv[process.argv.length - 1]);
} else {
  await main();
}
