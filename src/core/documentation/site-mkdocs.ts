/**
 * MkDocs: every Markdown file under `docs_dir` (default `docs/` beside mkdocs.yml) is a page, except those in or
 * named with a leading dot; `README.md` is the directory's index when there is no `index.md`. A relative link to a
 * file of the docs directory (a page or any other file) is rewritten to that file's URL; any other link is left as
 * written and the browser resolves it against the page's URL: `/a/b/` for `a/b.md` with `use_directory_urls`
 * (the default), `/a/b.html` without. Absolute `/x.md` links are left as written unless
 * `validation.links.absolute_links` is `relative_to_docs`. Heading ids follow Python-Markdown's toc slugs.
 */
import { parseDocument } from "yaml";
import { isObject } from "../formats/json.js";
import type { SiteConfigFile, SiteContext, SiteProfile, SiteResolution } from "./site-types.js";
import { decodePath, dirOf, isWithin, joinPath, relativeTo, resolveUrl } from "./site-paths.js";
import { githubSlugs } from "./site-anchors.js";
import { span } from "../util/code-span.js";

/** Python-Markdown's toc `slugify`: NFKD to ASCII, drop what is not a word, space or hyphen, collapse runs to `-`. */
export function mkdocsSlug(text: string): string {
  const ascii = text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
  return ascii
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, "-");
}

/** Ids of a page's headings in order, made unique the way the toc extension does (`id`, `id_1`, `id_2`). */
export function mkdocsAnchors(headings: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const h of headings) {
    const base = mkdocsSlug(h);
    let id = base;
    for (let n = 1; out.has(id); n++) id = `${base}_${n}`;
    out.add(id);
  }
  return out;
}

interface MkdocsSettings {
  docsDir: string;
  directoryUrls: boolean;
  absoluteToDocs: boolean;
}

export function readMkdocsYaml(text: string): MkdocsSettings {
  // mkdocs.yml often holds `!!python/name:` tags; unknown tags are kept as plain values, not errors.
  const doc = parseDocument(text, { logLevel: "silent", uniqueKeys: false });
  const err = doc.errors[0];
  if (err) throw new Error(`invalid YAML: ${err.message.split("\n")[0]}`);
  const cfg: unknown = doc.toJS({ maxAliasCount: 100 });
  const o = isObject(cfg) ? cfg : {};
  const validation = isObject(o.validation) ? o.validation : {};
  const links = isObject(validation.links) ? validation.links : validation;
  return {
    docsDir: typeof o.docs_dir === "string" ? o.docs_dir : "docs",
    directoryUrls: o.use_directory_urls !== false,
    absoluteToDocs: links.absolute_links === "relative_to_docs",
  };
}

const MD_EXT = /\.(?:md|markdown|mdown|mkdn|mkd)$/i;

export function mkdocsProfile(file: SiteConfigFile, ctx: SiteContext): SiteProfile | null {
  const settings = readMkdocsYaml(file.text);
  const root = joinPath(dirOf(file.path), settings.docsDir);
  if (root === null) throw new Error(`docs_dir ${JSON.stringify(settings.docsDir)} points outside the repository`);
  const where = `${span(root || ".")}`;
  const isHidden = (p: string) =>
    relativeTo(p, root)
      .split("/")
      .some((s) => s.startsWith("."));
  const pages = new Set<string>();
  for (const p of ctx.index.files) if (isWithin(p, root) && MD_EXT.test(p) && !isHidden(p)) pages.add(p);
  const urlOf = new Map<string, string>();
  const pageAt = new Map<string, string>();
  for (const p of pages) {
    const rel = relativeTo(p, root);
    const dir = dirOf(rel);
    const name = rel.slice(rel.lastIndexOf("/") + 1).replace(MD_EXT, "");
    const hasIndex = pages.has(joinPath(root, dir ? `${dir}/index.md` : "index.md") ?? "");
    const isIndex = name === "index" || (/^readme$/i.test(name) && !hasIndex);
    const prefix = dir ? `/${dir}/` : "/";
    const url = isIndex
      ? settings.directoryUrls
        ? prefix
        : `${prefix}index.html`
      : settings.directoryUrls
        ? `${prefix}${name}/`
        : `${prefix}${name}.html`;
    urlOf.set(p, url);
    pageAt.set(url, p);
    // A static server answers `/a/` with `/a/index.html` and the reverse.
    if (url.endsWith("/")) pageAt.set(`${url}index.html`, p);
    else if (url.endsWith("/index.html")) pageAt.set(url.slice(0, -"index.html".length), p);
  }

  const byUrl = (u: string): SiteResolution => {
    const page = pageAt.get(u) ?? (settings.directoryUrls && !u.endsWith("/") ? pageAt.get(`${u}/`) : undefined);
    if (page) return { status: "ok", target: page };
    const asFile = joinPath(root, u.replace(/^\/+/, ""));
    if (asFile !== null && asFile !== root && ctx.index.exists(asFile) === "file" && !MD_EXT.test(asFile))
      return { status: "ok" };
    return { status: "broken", reason: `resolves to ${span(u)} on the built site, where there is no page or file` };
  };

  const resolve = (from: string, link: string, image: boolean): SiteResolution => {
    const decoded = decodePath(link);
    if (decoded.startsWith("/")) {
      if (settings.absoluteToDocs && MD_EXT.test(decoded)) {
        const t = joinPath(root, decoded.replace(/^\/+/, ""));
        if (t !== null && pages.has(t)) return { status: "ok", target: t };
        return { status: "broken", reason: `is not a page under the docs directory ${where}` };
      }
      if (MD_EXT.test(decoded))
        return {
          status: "broken",
          reason:
            "is an absolute link to a Markdown file: MkDocs leaves it as written and the site has no such URL. Write it relative to this page (or set validation.links.absolute_links: relative_to_docs)",
        };
      return byUrl(decoded);
    }
    const target = joinPath(dirOf(from), decoded);
    if (target !== null && isWithin(target, root)) {
      if (pages.has(target)) return { status: "ok", target };
      if (ctx.index.exists(target) === "file" && !isHidden(target) && !MD_EXT.test(target)) return { status: "ok" };
    }
    if (!image && MD_EXT.test(decoded)) {
      const reason =
        target === null || !isWithin(target, root)
          ? `points outside the docs directory ${where}, which is all MkDocs publishes`
          : ctx.index.exists(target)
            ? `points to ${span(relativeTo(target, root))}, which MkDocs does not build (its name or a directory starts with a dot)`
            : `points to ${span(relativeTo(target, root))}, which is not in the docs directory ${where}`;
      return { status: "broken", reason };
    }
    const page = urlOf.get(from) ?? "/";
    return byUrl(resolveUrl(page, link));
  };

  return {
    name: "mkdocs",
    configPath: file.path,
    owns: (p) => pages.has(p),
    resolve,
    anchorsOf: (p) => {
      const scan = ctx.scans.get(p);
      if (!scan) return undefined;
      // HTML anchors (`<a id>`) stay; GitHub's heading slugs give way to the toc extension's.
      const gh = githubSlugs(scan.headingTexts);
      const out = mkdocsAnchors(scan.headingTexts);
      for (const a of scan.anchors) if (!gh.has(a)) out.add(a);
      return out;
    },
  };
}
