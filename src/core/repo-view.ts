/**
 * Read-only view of the repository for analyzers that need more than the documentation files
 * (compliance evidence, link targets). Adapters implement it over the file system; tests over a map.
 */
export interface RepoView {
  /** Every file path in the repository (POSIX, relative to the root), ignoring .git, node_modules and .gitignore'd files. */
  files(): readonly string[];
  /** A file's text, or null when it does not exist or is not readable text. */
  read(path: string): Promise<string | null>;
}

export function repoFromMap(entries: Record<string, string>): RepoView {
  const paths = Object.keys(entries).sort();
  return { files: () => paths, read: async (p) => entries[p] ?? null };
}
