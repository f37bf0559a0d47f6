/**
 * The repository's file tree as GitHub resolves relative links in Markdown: built once per run, then every lookup is
 * a hash-map hit (no per-link scans). Paths are POSIX and relative to the repository root; "" is the root.
 */
import { posix } from "node:path";
import { closest } from "./suggest.js";

const README = /^readme\.(?:md|markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext|txt|rst|org|adoc|asciidoc)$|^readme$/i;
const MARKDOWN_EXT = /\.(?:md|markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext)$/i;

export function isMarkdownPath(p: string): boolean {
  return MARKDOWN_EXT.test(p);
}

export class RepoIndex {
  readonly files = new Set<string>();
  readonly dirs = new Set<string>([""]);
  /** Lower-cased path → real paths (files and directories), for case-mismatch detection. */
  private readonly lower = new Map<string, string>();
  /** Directory → names of its entries, for suggestions. */
  private readonly children = new Map<string, Set<string>>();
  /** Base name → paths, for suggestions across directories. */
  private readonly byBase = new Map<string, string[]>();
  private readonly readmes = new Map<string, string>();

  constructor(paths: Iterable<string>) {
    for (const p of paths) this.addFile(p);
    // GitHub shows the first README of a directory by name order (README.md before README.rst).
    for (const dir of this.dirs) {
      const names = [...(this.children.get(dir) ?? [])]
        .filter((n) => README.test(n) && this.files.has(dir ? `${dir}/${n}` : n))
        .sort();
      const md = names.find((n) => isMarkdownPath(n)) ?? names[0];
      if (md) this.readmes.set(dir, dir ? `${dir}/${md}` : md);
    }
  }

  private addFile(p: string): void {
    if (this.files.has(p)) return;
    this.files.add(p);
    this.lower.set(p.toLowerCase(), p);
    const base = posix.basename(p).toLowerCase();
    const list = this.byBase.get(base);
    if (list) list.push(p);
    else this.byBase.set(base, [p]);
    let child = p;
    let dir = posix.dirname(p);
    for (;;) {
      const key = dir === "." ? "" : dir;
      let set = this.children.get(key);
      if (!set) {
        set = new Set();
        this.children.set(key, set);
      }
      set.add(posix.basename(child));
      if (key === "" || this.dirs.has(key)) break;
      this.dirs.add(key);
      this.lower.set(key.toLowerCase(), key);
      child = key;
      dir = posix.dirname(key);
    }
  }

  exists(p: string): "file" | "dir" | null {
    if (this.files.has(p)) return "file";
    if (this.dirs.has(p)) return "dir";
    return null;
  }

  /** The real spelling of a path that exists only in another case, or undefined. */
  caseVariant(p: string): string | undefined {
    const real = this.lower.get(p.toLowerCase());
    return real !== undefined && real !== p ? real : undefined;
  }

  /** The README GitHub renders for a directory. */
  readmeOf(dir: string): string | undefined {
    return this.readmes.get(dir);
  }

  /** A likely intended path for a missing one: a close name in the same directory, or the same name elsewhere. */
  suggest(p: string): string | undefined {
    const dir = posix.dirname(p) === "." ? "" : posix.dirname(p);
    const base = posix.basename(p);
    const siblings = this.children.get(dir);
    if (siblings) {
      const near = closest(base, siblings);
      if (near) return dir ? `${dir}/${near}` : near;
    }
    const same = this.byBase.get(base.toLowerCase());
    if (same && same.length > 0) return [...same].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
    return undefined;
  }
}
