// The pool worker (piscina loads the built dist/bundle/worker.js, or dist/cli/worker.js beside an unbundled main.js): loads wink-nlp's model once,
// when the worker starts, then analyses one record per task.
import { BroadcastChannel } from 'node:worker_threads';
import { wink } from '../engine/document.js';
import type { ArticleOutput } from '../types.js';
import { analyzeRecord } from './analyze-record.js';
import type { AnalysisTask } from './pool.js';

wink();

let startChannel: BroadcastChannel | null = null;

export default async function analyzeTask(task: AnalysisTask): Promise<ArticleOutput> {
  // With --timeout-per-article, tell the main thread that this task starts now: its clock
  // starts here, not while the task waited in the queue or for a fresh worker to load.
  if (task.startChannel) {
    if (!startChannel || startChannel.name !== task.startChannel) {
      startChannel?.close();
      startChannel = new BroadcastChannel(task.startChannel);
      startChannel.unref();
    }
    startChannel.postMessage(task.seq);
  }
  return analyzeRecord(task.article, task.options);
}
