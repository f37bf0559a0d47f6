/** Finds and parses the repository's own markdownlint configuration (filled in by the documentation work). */
export async function loadMarkdownlintConfig(_root: string, _notices: string[]): Promise<Record<string, unknown> | undefined> {
  return undefined;
}
