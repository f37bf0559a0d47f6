/** `<version>`, `<your-org>`: a placeholder in a link that the reader is meant to replace. */
const PLACEHOLDER = /<[A-Za-z][\w .:-]*>/;

/** The first placeholder in a link target (also when percent-encoded, `%3Corg%3E`), or undefined. */
export function placeholderIn(target: string): string | undefined {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Malformed escapes: look at the raw text.
  }
  return PLACEHOLDER.exec(decoded)?.[0];
}
