/**
 * Highlights that overlap are nested: spans sorted by start (longest first) become children of
 * the span they start in; a span that crosses its parent's end is cut there (the side list still
 * shows it whole). Text between children keeps its offset so a selection maps back exactly.
 */
export interface SpanItem<T> {
  start: number;
  end: number;
  item: T;
}
export interface SpanNode<T> extends SpanItem<T> {
  children: SpanNode<T>[];
}
export type Piece<T> = { text: string; offset: number } | { node: SpanNode<T> };

export function spanTree<T>(items: SpanItem<T>[], length: number): SpanNode<T>[] {
  const sorted = [...items].filter((i) => i.end > i.start && i.start < length).sort((a, b) => a.start - b.start || b.end - a.end);
  const root: SpanNode<T> = { start: 0, end: length, item: null as T, children: [] };
  const stack: SpanNode<T>[] = [root];
  for (const it of sorted) {
    while (stack.length > 1 && stack[stack.length - 1]!.end <= it.start) stack.pop();
    const parent = stack[stack.length - 1]!;
    const node: SpanNode<T> = { ...it, end: Math.min(it.end, parent.end), children: [] };
    if (node.end <= node.start) continue;
    parent.children.push(node);
    stack.push(node);
  }
  return root.children;
}

/** The text of [start, end) as plain pieces and the child spans within it, in order. */
export function pieces<T>(text: string, start: number, end: number, children: SpanNode<T>[]): Piece<T>[] {
  const out: Piece<T>[] = [];
  let at = start;
  for (const c of children) {
    if (c.start > at) out.push({ text: text.slice(at, c.start), offset: at });
    out.push({ node: c });
    at = c.end;
  }
  if (end > at) out.push({ text: text.slice(at, end), offset: at });
  return out;
}
