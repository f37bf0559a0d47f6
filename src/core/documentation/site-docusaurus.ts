/**
 * Docusaurus: the docs are the `.md`/`.mdx` files under `docs/` beside docusaurus.config.* (files and directories
 * starting with `_` are partials, not pages), served under `/docs/`. A doc's URL comes from its front matter `slug`
 * (absolute from `/docs`, or relative to its directory), else from its path with front matter `id` replacing the
 * file name; number prefixes (`01-intro.md`) are dropped, and `index`, `README` or a file named like its directory
 * is the directory's page. A link with a `.md`/`.mdx` file path is resolved as a file (relative to the page; `/…`
 * from the docs root, then the site directory; `@site/…` from the site directory) and must be a doc; any other link
 * is a URL, resolved against the page's URL. The configuration file is code and is never run: these are
 * Docusaurus' defaults (`path: "docs"`, `routeBasePath: "docs"`, `static/`).
 */
import { parse as parseYaml } from "yaml";
import { isObject } from "../formats/json.js";
import type { SiteConfigFile, SiteContext, SiteProfile, SiteResolution } from "./site-types.js";
import { explicitHeadingIds } from "./site-anchors.js";
import { decodePath, dirOf, isWithin, joinPath, relativeTo, resolveUrl } from "./site-paths.js";
import { span } from "../util/code-span.js";

const DOC_EXT = /\.mdx?$/i;
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^-_.\s])/;
/** Front matter: a YAML block at the very start, closed by `---` on its own line (at most 64 kB looked at). */
const FRONT_MATTER = /^---\r?\n([\s\S]{0,65536}?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function frontMatter(text: string): { id?: string; slug?: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return {};
  try {
    const v: unknown = parseYaml(m[1] as string, { maxAliasCount: 10 });
    if (!isObject(v)) return {};
    return {
      ...(typeof v.id === "string" ? { id: v.id } : {}),
      ...(typeof v.slug === "string" ? { slug: v.slug } : {}),
    };
  } catch {
    return {};
  }
}

const key = (u: string) => u.replace(/\/+$/, "") || "/";

export function docusaurusProfile(file: SiteConfigFile, ctx: SiteContext): SiteProfile | null {
  const siteDir = dirOf(file.path);
  const docsRoot = joinPath(siteDir, "docs") as string;
  const staticDir = joinPath(siteDir, "static") as string;
  const isPartial = (p: string) =>
    relativeTo(p, docsRoot)
      .split("/")
      .some((s) => s.startsWith("_"));
  const urlOf = new Map<string, string>();
  const docAt = new Map<string, string>();
  for (const p of ctx.index.files) {
    if (!isWithin(p, docsRoot) || !DOC_EXT.test(p) || isPartial(p)) continue;
    const rel = relativeTo(p, docsRoot);
    const dirs = dirOf(rel)
      .split("/")
      .filter((s) => s !== "")
      .map((s) => s.replace(NUMBER_PREFIX, ""));
    const base = rel
      .slice(rel.lastIndexOf("/") + 1)
      .replace(DOC_EXT, "")
      .replace(NUMBER_PREFIX, "");
    const fm = frontMatter(ctx.texts.get(p) ?? "");
    const dirUrl = `/docs${dirs.length ? `/${dirs.join("/")}` : ""}`;
    let url: string;
    if (fm.slug !== undefined) {
      url = fm.slug.startsWith("/") ? `/docs${fm.slug}` : `${dirUrl}/${fm.slug}`;
    } else {
      const last = dirs[dirs.length - 1];
      const isIndex =
        fm.id === undefined &&
        (/^(?:index|readme)$/i.test(base) || (last !== undefined && base.toLowerCase() === last.toLowerCase()));
      url = isIndex ? dirUrl : `${dirUrl}/${fm.id ?? base}`;
    }
    url = key(url.replace(/\/{2,}/g, "/"));
    urlOf.set(p, url);
    if (!docAt.has(url)) docAt.set(url, p);
  }
  ctx.notices.push(
    `${file.path} is code and was not run: Docusaurus' defaults were assumed (docs in ${span(docsRoot)} served under /docs/, static files in ${span(staticDir)})`,
  );
  const docs = new Set(urlOf.keys());

  const asDoc = (target: string | null): SiteResolution | null =>
    target !== null && docs.has(target) ? { status: "ok", target } : null;

  const resolve = (from: string, link: string, image: boolean): SiteResolution => {
    const decoded = decodePath(link);
    const site = decoded.startsWith("@site/") ? joinPath(siteDir, decoded.slice("@site/".length)) : undefined;
    if (!image && DOC_EXT.test(decoded)) {
      const tries: (string | null)[] =
        site !== undefined
          ? [site]
          : decoded.startsWith("/")
            ? [joinPath(docsRoot, decoded.slice(1)), joinPath(siteDir, decoded.slice(1))]
            : [joinPath(dirOf(from), decoded), joinPath(docsRoot, decoded), joinPath(siteDir, decoded)];
      for (const t of tries) {
        const ok = asDoc(t);
        if (ok) return ok;
      }
      const first = tries[0] ?? null;
      return {
        status: "broken",
        reason:
          first !== null && ctx.index.exists(first)
            ? `points to ${span(first)}, which is not a doc of the site (outside ${span(docsRoot)}, or a \`_\` partial); Docusaurus leaves the link as written and it does not open`
            : `points to ${span(first ?? decoded)}, which does not exist`,
      };
    }
    if (site !== undefined)
      return site !== null && ctx.index.exists(site) === "file"
        ? { status: "ok" }
        : { status: "broken", reason: `points to ${span(site ?? decoded)}, which does not exist` };
    // Images and other assets are bundled from the file system; `/…` serves from static/.
    if (image || /\.[a-z0-9]{1,8}$/i.test(decoded)) {
      const t = decoded.startsWith("/") ? joinPath(staticDir, decoded.slice(1)) : joinPath(dirOf(from), decoded);
      if (t !== null && ctx.index.exists(t) === "file") return { status: "ok" };
      if (!decoded.startsWith("/")) return { status: "unknown" };
      return {
        status: "broken",
        reason: `is served from ${span(staticDir)}, where ${span(decoded.slice(1))} does not exist`,
      };
    }
    const page = urlOf.get(from) ?? "/docs";
    // Served as `/docs/a/b` or `/docs/a/b/` depending on trailingSlash and the host: either base is accepted.
    const candidates = [resolveUrl(page, link), resolveUrl(`${page}/`, link)].map(key);
    for (const u of candidates) {
      const doc = docAt.get(u);
      if (doc) return { status: "ok", target: doc };
    }
    const u = candidates[0] as string;
    if (u === "/docs" || u.startsWith("/docs/"))
      return { status: "broken", reason: `resolves to ${span(u)} on the built site, where there is no doc` };
    const asStatic = joinPath(staticDir, u.slice(1));
    if (asStatic !== null && ctx.index.exists(asStatic) === "file") return { status: "ok" };
    // Pages, the blog and plugin routes are not modelled: such a link is not judged.
    return { status: "unknown" };
  };

  return {
    name: "docusaurus",
    configPath: file.path,
    owns: (p) => docs.has(p) && ctx.scans.has(p),
    resolve,
    anchorsOf: (p) => {
      const scan = ctx.scans.get(p);
      if (!scan) return undefined;
      const ids = explicitHeadingIds(scan.headingTexts);
      if (ids.size === 0) return undefined;
      return new Set([...scan.anchors, ...ids]);
    },
  };
}
