/**
 * mdBook: the book is the chapters SUMMARY.md lists, under `[book] src` (default `src/`) beside book.toml. Each
 * chapter `a/b.md` is built to `a/b.html` (a `README.md` chapter to `index.html`, and the first chapter also to the
 * book's `index.html`); relative links ending in `.md` are rewritten to `.html`, other links are left as written;
 * every other file under `src/` is copied as is. A Markdown file SUMMARY.md does not list is not built at all.
 */
import type { SiteConfigFile, SiteContext, SiteProfile, SiteResolution } from "./site-types.js";
import { decodePath, dirOf, isWithin, joinPath, relativeTo } from "./site-paths.js";
import { span } from "../util/code-span.js";

/** The few keys of book.toml that decide where pages are: `[book] src`. A table/key/string reader, not full TOML. */
export function readBookToml(text: string): { src: string } {
  let table = "";
  let src = "src";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const t = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (t) {
      table = t[1] as string;
      continue;
    }
    const kv = /^([A-Za-z0-9_.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/.exec(line);
    if (!kv) continue;
    const key = table ? `${table}.${kv[1]}` : (kv[1] as string);
    if (key === "book.src") src = (kv[2] ?? kv[3] ?? "src").replace(/\\(.)/g, "$1");
  }
  return { src };
}

export function mdbookProfile(file: SiteConfigFile, ctx: SiteContext): SiteProfile | null {
  const { src: srcSetting } = readBookToml(file.text);
  const src = joinPath(dirOf(file.path), srcSetting);
  if (src === null) throw new Error(`[book] src ${JSON.stringify(srcSetting)} points outside the repository`);
  const summaryPath = src === "" ? "SUMMARY.md" : `${src}/SUMMARY.md`;
  const summary = ctx.scans.get(summaryPath);
  if (!summary) {
    ctx.notices.push(
      `${file.path} names the book's source directory ${span(src || ".")}, but ${summaryPath} was not found or not checked; links are resolved as GitHub resolves them`,
    );
    return null;
  }
  const chapters = new Set<string>();
  /** Built page (`a/b.html`) → its chapter source. */
  const built = new Map<string, string>();
  for (const link of summary.links) {
    const hash = link.url.indexOf("#");
    const raw = (hash === -1 ? link.url : link.url.slice(0, hash)).trim();
    // `[Draft]()` is a draft chapter: listed, not built.
    if (raw === "" || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("/")) continue;
    const chapter = joinPath(src, decodePath(raw));
    if (chapter === null || !/\.md$/i.test(chapter)) continue;
    chapters.add(chapter);
    const name = chapter.slice(chapter.lastIndexOf("/") + 1);
    const page =
      name === "README.md" ? `${dirOf(chapter) ? `${dirOf(chapter)}/` : ""}index.html` : `${chapter.slice(0, -3)}.html`;
    if (!built.has(page)) built.set(page, chapter);
  }
  const first = [...chapters][0];
  const rootIndex = src === "" ? "index.html" : `${src}/index.html`;
  if (first && !built.has(rootIndex)) built.set(rootIndex, first);
  const where = `${span(src || ".")}`;

  const resolve = (from: string, link: string, image: boolean): SiteResolution => {
    const decoded = decodePath(link);
    const target = decoded.startsWith("/")
      ? joinPath(src, decoded.replace(/^\/+/, ""))
      : joinPath(dirOf(from), decoded);
    if (target === null || !isWithin(target, src))
      return {
        status: "broken",
        reason: `points outside the book's source directory ${where}, which is all mdBook publishes`,
      };
    const asDir = decoded.endsWith("/") || ctx.index.exists(target) === "dir";
    if (!image && /\.md$/i.test(target)) {
      if (chapters.has(target)) {
        if (target.endsWith("/README.md") || target === "README.md" || target === `${src}/README.md`)
          return {
            status: "broken",
            reason: `points to a README.md chapter: mdBook builds it as \`index.html\` but rewrites the link to \`README.html\`, which does not exist. Link to the directory's \`index.html\` instead`,
          };
        return { status: "ok", target };
      }
      return {
        status: "broken",
        reason: ctx.index.exists(target)
          ? `points to ${span(relativeTo(target, src))}, which SUMMARY.md does not list, so mdBook does not build it. Add it to SUMMARY.md or link to a chapter`
          : `points to ${span(relativeTo(target, src))}, which does not exist`,
      };
    }
    if (asDir) {
      const page = target === "" ? "index.html" : `${target}/index.html`;
      const chapter = built.get(page);
      if (chapter) return { status: "ok", target: chapter };
      if (ctx.index.exists(page) === "file") return { status: "ok" };
      return {
        status: "broken",
        reason: `points to the directory ${span(relativeTo(target, src) || ".")}, which has no \`index.html\` in the built book (no README.md or index.md chapter there)`,
      };
    }
    if (/\.html?$/i.test(target)) {
      const chapter = built.get(target);
      if (chapter) return { status: "ok", target: chapter };
      if (ctx.index.exists(target) === "file") return { status: "ok" };
      const source = `${target.replace(/\.html?$/i, "")}.md`;
      return {
        status: "broken",
        reason: ctx.index.exists(source)
          ? `is built from ${span(relativeTo(source, src))}, which SUMMARY.md does not list, so mdBook does not build it`
          : `is not a page of the book: no chapter ${span(relativeTo(source, src))} in SUMMARY.md`,
      };
    }
    if (ctx.index.exists(target) === "file") return { status: "ok" };
    return { status: "broken", reason: `points to ${span(relativeTo(target, src))}, which does not exist` };
  };

  return {
    name: "mdbook",
    configPath: file.path,
    owns: (p) => chapters.has(p),
    resolve,
  };
}
