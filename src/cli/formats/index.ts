// The output formats of `warta analyze` and how to pick one.
import { csvRenderer } from './csv.js';
import { jsonRenderer } from './json.js';
import { jsonlRenderer } from './jsonl.js';
import { tableRenderer } from './table.js';
import type { RenderOptions, Renderer, Sink } from './types.js';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

export function createRenderer(format: OutputFormat, sink: Sink, options: RenderOptions): Renderer {
  switch (format) {
    case 'json':
      return jsonRenderer(sink);
    case 'jsonl':
      return jsonlRenderer(sink);
    case 'csv':
      return csvRenderer(sink);
    case 'table':
      return tableRenderer(sink, options);
  }
}

export type { RenderOptions, Renderer, Sink } from './types.js';
