import { describe, expect, it } from 'vitest';
import { BatchProgress, summaryLine } from '../../src/cli/progress.js';

function stream(isTTY: boolean) {
  let written = '';
  return {
    text: () => written,
    stream: { isTTY, columns: 120, write: (s: string) => ((written += s), true), on: () => undefined, removeListener: () => undefined } as unknown as NodeJS.WritableStream,
  };
}

const meta = (bytes: number) => ({ kind: 'article' as const, id: 'x', source: 'x', file: 'x', line: null, bytes });

describe('progress and summary on stderr', () => {
  it('sums a run up in one line', () => {
    expect(summaryLine({ articles: 3463, errors: 2, skipped: 0, elapsedMs: 12_400 })).toBe('warta: 3463 articles, 2 errors, 12.4 s, 279.3 articles/s');
    expect(summaryLine({ articles: 1, errors: 1, skipped: 5, elapsedMs: 0 })).toBe(
      'warta: 1 article, 1 error, 5 skipped (output exists), 0.0 s, 0.0 articles/s',
    );
  });

  it('draws a bar with articles, rate, errors and time left on a terminal', async () => {
    const err = stream(true);
    let clock = 1000;
    const progress = await BatchProgress.start({ stderr: err.stream, quiet: false, totalBytes: 300, now: () => clock });
    clock = 3000;
    progress.update(meta(100), false);
    progress.update(meta(100), true);
    progress.draw();
    const counts = progress.stop();
    expect(counts).toEqual({ articles: 2, errors: 1, skipped: 0, elapsedMs: 2000 });
    // the frame drawn, then cleared for the summary line
    expect(err.text()).toContain('================-------- 66% | 2 articles | 1.0 articles/s | 1 errors | ETA ');
  });

  it('draws nothing when stderr is not a terminal, or with -q', async () => {
    for (const [tty, quiet] of [[false, false], [true, true]] as const) {
      const err = stream(tty);
      const progress = await BatchProgress.start({ stderr: err.stream, quiet, totalBytes: 10 });
      progress.update(meta(5), false);
      progress.stop();
      expect(err.text()).toBe('');
    }
  });
});
