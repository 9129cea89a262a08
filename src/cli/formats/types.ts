// What every output format implements. A format only renders records; it never computes one.
import type { ChalkInstance } from 'chalk';
import type { ArticleOutput } from '../../types.js';

/** Where rendered text goes, with back-pressure: write() resolves when the chunk is taken. */
export interface Sink {
  write(chunk: string): Promise<void>;
}

export interface Renderer {
  /** Render one record (article or error record), in input order. */
  write(record: ArticleOutput): Promise<void>;
  /** Finish the output (closing bracket, header of an empty CSV). */
  end(): Promise<void>;
}

export interface RenderOptions {
  /** Colours; a Chalk instance with level 0 when colour is off. */
  chalk: ChalkInstance;
  /** Width of the terminal in columns, for the table format. */
  width: number;
}

/** Width of the table format when the output is not a terminal (or its width is unknown). */
export const DEFAULT_WIDTH = 100;
