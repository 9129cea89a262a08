// Bytes of an input file → the article text as read. Line endings are kept as they are (the
// article model handles CRLF and CR), so offsets count into exactly what was in the file.
import { createRequire } from 'node:module';

// iconv-lite is loaded on first use (a BOM or bytes that are not UTF-8): plain UTF-8 input,
// nearly all of it, never pays for it. It is CommonJS, so a synchronous require() can load it.
let iconvLite: typeof import('iconv-lite') | null = null;
function iconv(): typeof import('iconv-lite') {
  return (iconvLite ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite'));
}

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as: utf-8, utf-16le, utf-16be or windows-1252. */
  encoding: string;
}

/** Why an input cannot be turned into text; `code` goes into the error record. */
export class DecodeError extends Error {
  constructor(
    readonly code: 'binary',
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode with, in order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); strict UTF-8; and for
 * bytes that are not valid UTF-8, Windows-1252, the code page of old Indonesian and Western
 * archives. Why not a detector such as chardet: Indonesian is written in ASCII letters, so the
 * only non-ASCII bytes of such archives are punctuation (“ ” ‘ ’ – …) at 0x80–0x9F, which
 * Windows-1252 alone maps right; chardet guesses among Latin code pages from letter
 * frequencies and calls a short Indonesian text with “ ” Windows-1254 (Turkish). Node's own
 * decoders are no help: on Node 20.20, TextDecoder('windows-1252') and Buffer's 'latin1' both
 * turn 0x93/0x94 into the C1 controls U+0093/U+0094 instead of “ ”; iconv-lite maps them right.
 * Binary input (NUL bytes, many control characters) is refused with a DecodeError.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let decoded: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: strictOrNull(bytes.subarray(3)) ?? iconv().decode(Buffer.from(bytes.subarray(3)), 'utf-8'), encoding: 'utf-8' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: iconv().decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: iconv().decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  } else {
    if (bytes.includes(0)) {
      throw new DecodeError('binary', 'binary file, not analysed (NUL bytes; UTF-16 text needs a byte-order mark)');
    }
    const utf8 = strictOrNull(bytes);
    decoded = utf8 !== null ? { text: utf8, encoding: 'utf-8' } : { text: iconv().decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
  refuseBinary(decoded.text);
  return decoded;
}

function strictOrNull(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Share of control characters above which a text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Text has no NUL and next to no C0 control characters other than tab, line feed, vertical
 * tab, form feed and carriage return; binary data decoded as text has plenty (1 byte in 8 of
 * random data). One linear pass, no regex.
 */
function refuseBinary(text: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new DecodeError('binary', 'binary file, not analysed (NUL characters)');
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) controls++;
  }
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw new DecodeError('binary', `binary file, not analysed (${controls} control characters)`);
  }
}
