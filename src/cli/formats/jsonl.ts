// `--format jsonl`: one compact line per record, written as each article finishes.
import type { Renderer, Sink } from './types.js';

export function jsonlRenderer(sink: Sink): Renderer {
  return {
    write: (record) => sink.write(`${JSON.stringify(record)}\n`),
    end: async () => {},
  };
}
