// A few words either side of a span, so that a person reading an error list sees why it is one.

const SIDE = 30;
const LONGEST_SPAN = 90;

const oneLine = (s: string) => s.replace(/\s*\r?\n\s*/g, ' ¶ ').replace(/[\t ]+/g, ' ');

/** `…text before ⟦the span⟧ text after…` (~30 characters each side; a long span is shortened in the middle). */
export function contextAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SIDE);
  const to = Math.min(text.length, end + SIDE);
  let inner = text.slice(start, end);
  if (inner.length > LONGEST_SPAN) inner = `${inner.slice(0, LONGEST_SPAN / 2 - 2)} … ${inner.slice(-(LONGEST_SPAN / 2 - 2))}`;
  return `${from > 0 ? '…' : ''}${oneLine(text.slice(from, start))}⟦${oneLine(inner)}⟧${oneLine(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}
