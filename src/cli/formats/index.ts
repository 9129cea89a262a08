// The output formats of `warta analyze` and how to pick one. csv (csv-stringify) and table
// (cli-table3, chalk) are loaded only when asked for: a run that writes JSON never pays for them.
import { jsonRenderer } from './json.js';
import { jsonlRenderer } from './jsonl.js';
import type { Renderer, Sink } from './types.js';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** How the table format looks: colour or not, and the terminal width. */
export interface FormatOptions {
  color: boolean;
  width: number;
}

export async function createRenderer(format: OutputFormat, sink: Sink, options: FormatOptions): Promise<Renderer> {
  switch (format) {
    case 'json':
      return jsonRenderer(sink);
    case 'jsonl':
      return jsonlRenderer(sink);
    case 'csv':
      return (await import('./csv.js')).csvRenderer(sink);
    case 'table': {
      const [{ tableRenderer }, { Chalk }] = await Promise.all([import('./table.js'), import('chalk')]);
      return tableRenderer(sink, { chalk: new Chalk({ level: options.color ? 1 : 0 }), width: options.width });
    }
  }
}

export { DEFAULT_WIDTH, type RenderOptions, type Renderer, type Sink } from './types.js';
