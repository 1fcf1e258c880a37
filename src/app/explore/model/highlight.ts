/** A text cut into the pieces the side panel shows: plain, or marked as the span an edge rests on. */
export interface Piece {
  text: string;
  marked: boolean;
}

/**
 * The text in pieces, the given [start, end) stretches marked (UTF-16 offsets, as the API gives
 * them). Spans may come in any order and overlap (a mention inside a quote); overlapping ones are
 * marked as one, and offsets past the text are cut to it.
 */
export function highlight(text: string, spans: readonly { start: number; end: number }[]): Piece[] {
  const sorted = spans
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter(({ start, end }) => start < end)
    .sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    if (end <= at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(Math.max(start, at), end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return mergeNeighbours(pieces);
}

/** Two marked pieces side by side (overlapping spans) read as one mark. */
function mergeNeighbours(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && last.marked === piece.marked) last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}
