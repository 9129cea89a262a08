// Where `warta analyze` writes: stdout or the file of `-o`. Writes wait for the stream to take
// each chunk (back-pressure). A closed pipe (`warta ... | head -1`, EPIPE) is not an error: the
// sink becomes `broken`, later writes are dropped, and the run stops quietly.
import { open } from 'node:fs/promises';
import type { Sink } from './formats/index.js';

export class StreamSink implements Sink {
  /** The reader went away (EPIPE): stop producing output. */
  broken = false;
  /** Any other write error (disk full, ...): the run ends with a fatal error. */
  failure: Error | null = null;
  private pending: (() => void) | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {
    // Stays attached for the life of the stream: an EPIPE can also surface after the last write.
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') this.broken = true;
      else this.failure ??= err;
      this.release();
    });
  }

  get stopped(): boolean {
    return this.broken || this.failure !== null;
  }

  write(chunk: string): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.stream.write(chunk)) return Promise.resolve();
    return new Promise((resolve) => {
      this.pending = resolve;
      this.stream.once('drain', () => this.release());
    });
  }

  private release(): void {
    const resolve = this.pending;
    this.pending = null;
    resolve?.();
  }
}

/** A sink for `-o FILE`: opened (and so checked) before any input is read. */
export class FileSink extends StreamSink {
  private constructor(private readonly file: NodeJS.WritableStream & { close?: unknown }) {
    super(file);
  }

  static async open(path: string): Promise<FileSink> {
    const handle = await open(path, 'w');
    return new FileSink(handle.createWriteStream());
  }

  /** Flush and close the file; resolves once the bytes are written. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      this.file.once('close', () => resolve());
      this.file.end();
    });
  }
}
