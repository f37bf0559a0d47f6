/**
 * A code span around a value in the tool's own messages: the fence is longer than any run of backticks in the
 * value, so a file's backtick can never end the span early (the renderers parse spans the CommonMark way).
 */
export function span(value: string): string {
  let longest = 0;
  for (const m of value.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}
