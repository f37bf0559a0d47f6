/** Small text helpers shared by the scanner parsers. */

/** First sentence (or line) of a description, for titles of tools that give no title. */
export function firstSentence(text: string | undefined, max = 140): string | undefined {
  if (!text) return undefined;
  const plain = text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!plain) return undefined;
  const m = /^(.+?[.!?])(\s|$)/.exec(plain);
  const s = m?.[1] ?? plain;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** `>= 1.2.3` or `1.2.3` → `1.2.3`; anything else (ranges, lists) as written. */
export function versionFromSpec(spec: string | undefined): string | undefined {
  if (!spec) return undefined;
  const s = spec.trim();
  const m = /^(?:>=|>|=|==|\^|~)?\s*v?(\d[\w.+-]*)$/.exec(s);
  return m?.[1] ?? (s || undefined);
}
