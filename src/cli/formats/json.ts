// `--format json`: one article as a pretty-printed object, several as an array. Streams: the
// first record waits until a second one shows whether an array is needed, later records are
// written as they come, so memory does not grow with the number of articles.
import type { ArticleOutput } from '../../types.js';
import type { Renderer, Sink } from './types.js';

export function jsonRenderer(sink: Sink): Renderer {
  let first: ArticleOutput | null = null;
  let count = 0;
  const inArray = (record: ArticleOutput) => indent(JSON.stringify(record, null, 2));
  return {
    async write(record) {
      count++;
      if (count === 1) first = record;
      else if (count === 2) await sink.write(`[\n${inArray(first!)},\n${inArray(record)}`);
      else await sink.write(`,\n${inArray(record)}`);
    },
    async end() {
      if (count === 0) await sink.write('[]\n');
      else if (count === 1) await sink.write(`${JSON.stringify(first, null, 2)}\n`);
      else await sink.write('\n]\n');
    },
  };
}

/** Indent pretty-printed JSON by two spaces; JSON strings never hold a raw line break. */
function indent(json: string): string {
  return `  ${json.replace(/\n/g, '\n  ')}`;
}
