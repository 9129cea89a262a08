// The name tagger's weights as shipped in a language pack: a compact text that loads in a few
// milliseconds (no JSON number parsing, no array per feature). Six lines:
//   warta-ner/2
//   tags, space-separated
//   usually-lower-case words, space-separated
//   words read as personal names, space-separated
//   feature names, space-separated (features never hold whitespace: they are built from tokens)
//   weights: base64 of little-endian float32, one row of `tags` values per feature
// The trainer rounds weights to three decimals (checked here); each is stored as the float32 of
// that decimal, the value the tagger has always computed with, so loading is a view on the
// decoded bytes with no work per weight.

export const MODEL_FORMAT = 'warta-ner/2';

export interface TaggerModel {
  tags: string[];
  /** Feature name → row: the feature's weight for tag k is `weights[row * tags.length + k]`. */
  features: Map<string, number>;
  weights: Float32Array;
  /** Words usually written in lower case (a capitalised one is likely sentence-initial, not a name). */
  lowercase: ReadonlySet<string>;
  /** Words the tagger itself read as (parts of) personal names across a news corpus. */
  names: ReadonlySet<string>;
}

/** What the trainer has: feature → weights by tag, rounded to three decimals. */
export interface ModelSource {
  tags: readonly string[];
  lowercase: readonly string[];
  names: readonly string[];
  weights: Readonly<Record<string, readonly number[]>>;
}

const BLANK = /\s/;

function spaceList(words: readonly string[], what: string): string {
  for (const w of words) if (w === '' || BLANK.test(w)) throw new Error(`model: ${what} ${JSON.stringify(w)} is empty or holds whitespace`);
  return words.join(' ');
}

/** The compact text of a model (features in the order given). */
export function encodeModel(source: ModelSource): string {
  const features = Object.keys(source.weights);
  const n = source.tags.length;
  const bytes = new Uint8Array(features.length * n * 4);
  const view = new DataView(bytes.buffer);
  features.forEach((f, row) => {
    const w = source.weights[f]!;
    if (w.length !== n) throw new Error(`model: feature ${f} has ${w.length} weights, not ${n}`);
    for (let k = 0; k < n; k++) {
      const milli = Math.round(w[k]! * 1000);
      // Whole thousandths of a bounded size: scores stay exact sums (see tagger.ts).
      if (Math.abs(milli - w[k]! * 1000) > 1e-6 || milli < -32768 || milli > 32767) throw new Error(`model: weight ${w[k]} of ${f} is not a thousandth in int16 range`);
      view.setFloat32((row * n + k) * 4, milli / 1000, true);
    }
  });
  return [
    MODEL_FORMAT,
    spaceList(source.tags, 'tag'),
    spaceList(source.lowercase, 'lower-case word'),
    spaceList(source.names, 'name'),
    spaceList(features, 'feature'),
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  ].join('\n');
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const words = (line: string): string[] => (line === '' ? [] : line.split(' '));

/** The model of a compact text; null for an empty text (a pack without a tagger). */
export function decodeModel(text: string): TaggerModel | null {
  if (!text) return null;
  const lines = text.split('\n');
  if (lines[0] !== MODEL_FORMAT || lines.length !== 6) throw new Error(`model: not a ${MODEL_FORMAT} text`);
  const tags = words(lines[1]!);
  const names = words(lines[4]!);
  const bytes = Buffer.from(lines[5]!, 'base64');
  const n = tags.length;
  if (bytes.length !== names.length * n * 4) throw new Error(`model: ${bytes.length} weight bytes for ${names.length} features × ${n} tags`);
  const weights = new Float32Array(names.length * n);
  if (LITTLE_ENDIAN) new Uint8Array(weights.buffer).set(bytes);
  else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < weights.length; i++) weights[i] = view.getFloat32(i * 4, true);
  }
  const features = new Map<string, number>();
  for (let row = 0; row < names.length; row++) features.set(names[row]!, row);
  return { tags, features, weights, lowercase: new Set(words(lines[2]!)), names: new Set(words(lines[3]!)) };
}
