import { describe, expect, it } from 'vitest';
import { parseShard, takeShard } from '../../src/cli/batch.js';

async function shardOf(shard: string, n: number): Promise<number[]> {
  async function* numbers() {
    for (let i = 0; i < n; i++) yield i;
  }
  const out: number[] = [];
  for await (const x of takeShard(numbers(), parseShard(shard))) out.push(x);
  return out;
}

describe('--shard K/N', () => {
  it('takes every N-th record from the K-th; the N shards split the input with no overlap', async () => {
    expect(await shardOf('1/3', 10)).toEqual([0, 3, 6, 9]);
    expect(await shardOf('2/3', 10)).toEqual([1, 4, 7]);
    expect(await shardOf('3/3', 10)).toEqual([2, 5, 8]);
    expect(await shardOf('1/1', 4)).toEqual([0, 1, 2, 3]);
  });

  it('refuses what is not K/N with 1 ≤ K ≤ N', () => {
    expect(parseShard(' 4/8 ')).toEqual({ index: 4, count: 8 });
    for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '1/2/3', '-1/2']) {
      expect(() => parseShard(bad)).toThrow(`--shard must be K/N with 1 ≤ K ≤ N (the K-th of N shards); got "${bad}"`);
    }
  });
});
