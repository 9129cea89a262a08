// The worker pool loads the built worker (dist/cli/worker.js): `npm test` builds first.
import { describe, expect, it } from 'vitest';
import { readArchives, type ArchiveRecord } from '../../src/cli/archives.js';
import { analyzeInOrder, inOrder, type Outcome } from '../../src/cli/pool.js';
import type { ArticleOutput } from '../../src/types.js';

const B = 'fixtures/batch';
const inputs = [`${B}/archive.jsonl`, `${B}/pages/banjir-semarang.html`, `${B}/pages/tanpa-artikel.html`, `${B}/folder/ekonomi/inflasi.txt`];

async function run(jobs: number, extra: Parameters<typeof analyzeInOrder>[1] = {}, records?: AsyncIterable<ArchiveRecord>): Promise<ArticleOutput[]> {
  const out: ArticleOutput[] = [];
  for await (const o of analyzeInOrder(records ?? readArchives(inputs), { jobs, analysis: { refDate: '2024-05-01' }, ...extra })) out.push(o.output);
  return out;
}

/** Titles from metadata (JSONL field, HTML page); the others come from the article model's heuristic. */
const METADATA_TITLES = new Set(['pasar-tanah-abang', 'kereta-cepat', 'banjir-semarang']);
const brief = (o: ArticleOutput) =>
  'error' in o
    ? ['error', o.id, o.error.code, o.error.file, o.error.line ?? null]
    : ['article', o.id, METADATA_TITLES.has(o.id) ? o.title : '-', o.published, o.language.code];

describe('analysis on a worker pool', () => {
  it('writes in input order, error records in place, and the same records as in one thread', async () => {
    const pooled = await run(2);
    expect(pooled.map(brief)).toEqual([
      ['article', 'pasar-tanah-abang', 'Pedagang Tanah Abang Keluhkan Sepinya Pembeli', '2024-03-05', 'id'],
      ['article', 'panen-padi-karawang', '-', '2024-04-18', 'id'],
      ['error', 'archive-3', 'malformed-record', `${B}/archive.jsonl`, 3],
      ['article', 'kereta-cepat', 'Penumpang Kereta Cepat Naik', '2024-01-02', 'id'],
      ['error', 'tanpa-teks', 'malformed-record', `${B}/archive.jsonl`, 5],
      ['article', 'harga-cabai', '-', '2024-02-20', 'id'],
      ['article', 'banjir-semarang', 'Banjir Rendam 12 Kelurahan di Semarang', '2024-02-14', 'id'],
      ['error', 'tanpa-artikel', 'no-article', `${B}/pages/tanpa-artikel.html`, null],
      ['article', 'inflasi', '-', '2024-05-01', 'id'],
    ]);
    expect(pooled[7]).toEqual({
      schema: 'warta/1', id: 'tanpa-artikel', source: `${B}/pages/tanpa-artikel.html`,
      error: { code: 'no-article', message: 'HTML page: no article text found in the page', file: `${B}/pages/tanpa-artikel.html` },
    });
    // (Compared by summary: the pool runs the build, this thread the sources.)
    expect((await run(0)).map(brief)).toEqual(pooled.map(brief));
  });

  it('turns a runaway article into a timeout error record, replaces the worker and goes on', async () => {
    // Four megabytes of text take seconds to analyse; a short article well under the limit,
    // even as the first article of a fresh worker.
    const big = 'Warga berkumpul di balai desa untuk membahas rencana pembangunan jalan. '.repeat(56_000);
    async function* records(): AsyncGenerator<ArchiveRecord> {
      yield { kind: 'article', id: 'raksasa', source: 'raksasa.txt', file: 'raksasa.txt', line: null, bytes: big.length, text: big };
      yield* readArchives([`${B}/folder/ekonomi/inflasi.txt`]);
    }
    const out = await run(1, { timeoutPerArticle: 1500 }, records());
    expect(out[0]).toEqual({
      schema: 'warta/1', id: 'raksasa', source: 'raksasa.txt',
      error: { code: 'timeout', message: 'analysis took longer than 1500 ms (--timeout-per-article); stopped', file: 'raksasa.txt' },
    });
    // The next article runs on a fresh worker; its clock starts when that worker starts it.
    expect(brief(out[1]!)).toEqual(['article', 'inflasi', '-', '2024-05-01', 'id']);
  });
});

/** An async iterable whose items arrive when the test says so. */
function manualSource() {
  const waiting: Array<(r: IteratorResult<ArchiveRecord>) => void> = [];
  const ready: IteratorResult<ArchiveRecord>[] = [];
  let pulled = 0;
  const iterable: AsyncIterable<ArchiveRecord> = {
    [Symbol.asyncIterator]: () => ({
      next: () => {
        pulled++;
        const r = ready.shift();
        return r ? Promise.resolve(r) : new Promise((res) => waiting.push(res));
      },
    }),
  };
  const push = (r: IteratorResult<ArchiveRecord>) => {
    const w = waiting.shift();
    if (w) w(r);
    else ready.push(r);
  };
  return { iterable, push, pulled: () => pulled };
}

const rec = (id: string): ArchiveRecord => ({ kind: 'article', id, source: id, file: id, line: null, bytes: 1, text: id });
const settle = () => new Promise((r) => setImmediate(r));

describe('in-order output with a bounded window', () => {
  it('keeps input order when later records finish first, and never holds more than the window', async () => {
    const finish = new Map<string, (o: Outcome) => void>();
    let inFlight = 0;
    let maxInFlight = 0;
    const submit = (r: ArchiveRecord) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<Outcome>((res) => finish.set(r.id, res));
    };
    async function* ten() {
      for (let i = 0; i < 10; i++) yield rec(`r${i}`);
    }
    const order: string[] = [];
    const consumer = (async () => {
      for await (const o of inOrder(ten(), 3, submit)) {
        inFlight--;
        order.push(o.meta.id);
      }
    })();
    // Finish records in reverse order of arrival, whatever is pending.
    while (order.length < 10) {
      await settle();
      const pending = [...finish.keys()].reverse();
      for (const id of pending) {
        finish.get(id)!({ meta: rec(id), output: { id } as unknown as ArticleOutput });
        finish.delete(id);
      }
    }
    await consumer;
    expect(order).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9']);
    expect(maxInFlight).toBe(3);
  });

  it('holds at most windowBytes of input in flight, but always one record however big', async () => {
    const sized = (id: string, bytes: number): ArchiveRecord => ({ ...rec(id), bytes });
    // 10 MB, 10 MB, 10 MB, 1 KB, 1 KB with a 16 MB budget: a big record waits for the one
    // before it to be written, small ones may join while the budget has room.
    const sizes = [10e6, 10e6, 10e6, 1e3, 1e3];
    const finish = new Map<string, () => void>();
    const submitted: string[][] = [];
    let inFlight: string[] = [];
    const submit = (r: ArchiveRecord) => {
      inFlight.push(r.id);
      submitted.push([...inFlight]);
      return new Promise<Outcome>((res) => finish.set(r.id, () => res({ meta: r, output: { id: r.id } as unknown as ArticleOutput })));
    };
    async function* records() {
      for (const [i, bytes] of sizes.entries()) yield sized(`r${i}`, bytes);
    }
    const order: string[] = [];
    const consumer = (async () => {
      for await (const o of inOrder(records(), 16, submit, 16e6)) {
        inFlight = inFlight.filter((id) => id !== o.meta.id);
        order.push(o.meta.id);
      }
    })();
    while (order.length < sizes.length) {
      await settle();
      const oldest = [...finish.keys()][0];
      if (oldest) {
        finish.get(oldest)!();
        finish.delete(oldest);
      }
    }
    await consumer;
    expect(order).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    // What was in flight when each record was submitted.
    expect(submitted).toEqual([['r0'], ['r0', 'r1'], ['r1', 'r2'], ['r2', 'r3'], ['r2', 'r3', 'r4']]);
  });

  it('yields a finished record while the next input line has not arrived yet (a filter flushes as it goes)', async () => {
    const source = manualSource();
    const it = inOrder(source.iterable, 8, async (r) => ({ meta: r, output: { id: r.id } as unknown as ArticleOutput }));
    const first = it.next();
    source.push({ done: false, value: rec('line1') });
    expect((await first).value?.meta.id).toBe('line1');
    const second = it.next();
    await settle();
    expect(source.pulled()).toBe(2); // waiting for line 2, nothing held back
    source.push({ done: false, value: rec('line2') });
    expect((await second).value?.meta.id).toBe('line2');
    const end = it.next();
    source.push({ done: true, value: undefined });
    expect((await end).done).toBe(true);
  });
});
