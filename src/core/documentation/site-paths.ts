/** Path and URL arithmetic shared by the site profiles. */
import { posix } from "node:path";

/** `a/b` joined with `../c` → `c`; null when it climbs out of the repository. */
export function joinPath(dir: string, rel: string): string | null {
  const joined = posix.normalize(posix.join(dir === "." ? "" : dir, rel));
  if (joined === ".." || joined.startsWith("../")) return null;
  const out = joined === "." ? "" : joined.replace(/\/+$/, "");
  return out;
}

export function dirOf(p: string): string {
  const d = posix.dirname(p);
  return d === "." ? "" : d;
}

/** Whether `p` is `root` or inside it ("" is the repository root). */
export function isWithin(p: string, root: string): boolean {
  return root === "" || p === root || p.startsWith(`${root}/`);
}

/** Path relative to `root` (which contains it). */
export function relativeTo(p: string, root: string): string {
  return root === "" ? p : p === root ? "" : p.slice(root.length + 1);
}

export function decodePath(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Resolves a URL path written on the page served at `pageUrl` (both site-absolute, starting with `/`). */
export function resolveUrl(pageUrl: string, link: string): string {
  const u = new URL(link, `https://site.invalid${pageUrl}`);
  return decodePath(u.pathname);
}
