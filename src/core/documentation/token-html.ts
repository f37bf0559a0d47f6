/** The text of an HTML block inside block quotes or lists, as mdast gives it, from markdownlint's tokens. */
import { CONTAINER_PREFIX, type TokenLike, Unsupported } from "./token-values.js";

/**
 * An HTML block's text without the prefixes of the `depth` containers it is in, on its lines after the first.
 * markdownlint re-parses HTML blocks (not comments) as Markdown, so those prefixes are found among the re-parsed
 * tokens: the first `depth` prefixes from the start of each line. A line where they are not all found is left to
 * remark. `starts` are the text's line starts; token lines are `lineDelta` lines after the text's.
 */
export function htmlFlowValue(
  t: TokenLike,
  text: string,
  starts: readonly number[],
  lineDelta: number,
  depth: number,
): string {
  const at = (line: number, column: number) => (starts[line + lineDelta - 1] ?? 0) + column - 1;
  const lineEnd = (line: number) => starts[line + lineDelta] ?? text.length;
  const start = at(t.startLine, t.startColumn);
  const end = at(t.endLine, t.endColumn);
  const byLine = new Map<number, [number, number][]>();
  const visit = (c: TokenLike): void => {
    if (CONTAINER_PREFIX.has(c.type)) {
      const s = at(c.startLine, c.startColumn);
      if (s < start || s >= end) return;
      const list = byLine.get(c.startLine) ?? [];
      list.push([s, at(c.endLine, c.endColumn)]);
      byLine.set(c.startLine, list);
    } else for (const d of c.children) visit(d);
  };
  for (const c of t.children) visit(c);
  let value = text.slice(start, lineEnd(t.startLine));
  for (let line = t.startLine + 1; line <= t.endLine; line++) {
    let from = at(line, 1);
    let found = 0;
    for (const [s, e] of (byLine.get(line) ?? []).sort((a, b) => a[0] - b[0])) {
      if (s !== from || found === depth) break;
      from = e;
      found++;
    }
    const rest = text.slice(from, line === t.endLine ? end : lineEnd(line));
    if (found < depth && /\S/.test(rest.replace(/[\r\n]+$/, ""))) throw new Unsupported("HTML block in a container");
    value += rest;
  }
  return value;
}
