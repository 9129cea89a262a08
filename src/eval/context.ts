// A few words either side of a span, so that a person reading an error list sees why it is one.

const SIDE = 30;
const LONGEST_SPAN = 90;
const SNAP = 10;

const oneLine = (s: string) => s.replace(/\s*\r?\n\s*/g, ' ¶ ').replace(/[\t ]+/g, ' ');

/** `…text before ⟦the span⟧ text after…` (~30 characters each side; a long span is shortened in the middle). */
export function contextAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - SIDE);
  let to = Math.min(text.length, end + SIDE);
  // Cut between words where a space is near the edge, not inside one.
  if (from > 0) {
    const space = text.slice(from, Math.min(start, from + SNAP)).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const space = text.slice(Math.max(end, to - SNAP), to).search(/\s\S*$/);
    if (space >= 0) to = Math.max(end, to - SNAP) + space;
  }
  let inner = text.slice(start, end);
  if (inner.length > LONGEST_SPAN) inner = `${inner.slice(0, LONGEST_SPAN / 2 - 2)} … ${inner.slice(-(LONGEST_SPAN / 2 - 2))}`;
  return `${from > 0 ? '…' : ''}${oneLine(text.slice(from, start))}⟦${oneLine(inner)}⟧${oneLine(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}
