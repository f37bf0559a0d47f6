/**
 * Resolves every link of every file against the repository index and the anchors of the parsed files, the way
 * GitHub does: relative to the file, `/` from the repository root, percent-encoding decoded in paths and fragments,
 * `<a name>`/`id` anchors as well as heading slugs, and case-sensitive paths.
 */
import { posix } from "node:path";
import type { Finding } from "../model/report.js";
import type { ExternalLinkRef } from "./external-links.js";
import type { LinkIgnore } from "./link-ignore.js";
import type { SelfLink } from "./self-links.js";
import { SITE_LABELS, type SiteProfile } from "./site-profile.js";
import { placeholderIn } from "./placeholder.js";
import { isMarkdownPath, type RepoIndex } from "./repo-index.js";
import type { DefinitionInfo, LinkOccurrence, ScannedDoc } from "./scan.js";
import { closest, SuggestionBudget } from "./suggest.js";

export const RULES = {
  missingFile: "links.missing-file",
  outsideRepo: "links.outside-repository",
  caseMismatch: "links.case-mismatch",
  missingAnchor: "links.missing-anchor",
  undefinedReference: "links.undefined-reference",
  unusedDefinition: "links.unused-definition",
  duplicateDefinition: "links.duplicate-definition",
  brokenOnSite: "links.broken-on-site",
} as const;

const TOOL = "readiness-gate/links";
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const LINE_ANCHOR = /^l\d+(?:c\d+)?(?:-l\d+(?:c\d+)?)?$/;
/** `/..`, `/../../`: GitHub stops climbing at the repository root, so these open the repository's home page. */
// Each `.` or `..` segment must end at a slash or the end, so that the pattern cannot backtrack over runs of dots.
const ROOT_CLIMB = /^\/+(?:\.\.?(?:\/+|$))*$/;
/** A first path segment that is a host name (`www.boost.org/...`): a URL written without its scheme. */
const HOST_LIKE =
  /^(?:www\.[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|edu|gov|info|co|app|ai|eu|uk|de|fr|ca|us))(?:\/|$)/i;

export interface LinkCounts {
  linksChecked: number;
  linksValid: number;
  anchorsChecked: number;
  anchorsValid: number;
}

/** A link that `documentation.ignore-links` kept from being checked. */
export interface IgnoredLink {
  path: string;
  line: number;
  column: number;
  url: string;
  pattern: string;
}

export interface LinkCheckOutput extends LinkCounts {
  findings: Finding[];
  external: ExternalLinkRef[];
  ignored: IgnoredLink[];
  /** Absolute links to this repository that were resolved against the tree. */
  selfLinks: number;
}

export interface LinkCheckOptions {
  /** Site profiles: links in their pages resolve as the built site resolves them. */
  sites?: readonly SiteProfile[];
  ignore?: LinkIgnore;
  /** Recognises absolute links to this repository's own tree. */
  selfLink?: (url: string) => SelfLink | null;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `Readme.md` relative to `docs/guide.md` → how the author would write it from that file. */
function relativeFrom(fromPath: string, target: string): string {
  const rel = posix.relative(posix.dirname(fromPath), target);
  return rel === "" ? posix.basename(target) : rel;
}

function normalizeFragment(fragment: string): string {
  const f = decode(fragment).toLowerCase();
  return f.startsWith("user-content-") ? f.slice("user-content-".length) : f;
}

interface Ctx {
  index: RepoIndex;
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  strippedIds: ReadonlyMap<string, ReadonlySet<string>>;
  out: LinkCheckOutput;
  suggestions: SuggestionBudget;
  opts: LinkCheckOptions;
}

function finding(
  path: string,
  at: LinkOccurrence,
  ruleId: string,
  message: string,
  severity: Finding["severity"] = "medium",
): Finding {
  return { dimension: "documentation", ruleId, severity, message, path, line: at.line, column: at.column, tool: TOOL };
}

function checkAnchor(
  ctx: Ctx,
  fromPath: string,
  at: LinkOccurrence,
  target: string,
  fragment: string,
  written: string,
  site?: SiteProfile,
): void {
  const anchors = site?.anchorsOf?.(target) ?? ctx.anchors.get(target);
  // Only Markdown files that were parsed have known anchors; fragments into anything else are not judged.
  if (!anchors) return;
  const frag = normalizeFragment(fragment);
  ctx.out.anchorsChecked++;
  if (frag === "" || frag === "top" || LINE_ANCHOR.test(frag) || anchors.has(frag)) {
    ctx.out.anchorsValid++;
    return;
  }
  if (frag === "readme" && /^readme\./i.test(posix.basename(target))) {
    ctx.out.anchorsValid++;
    return;
  }
  const where = target === fromPath ? "this file" : `\`${target}\``;
  if (site) {
    const near = closest(frag, anchors, ctx.suggestions);
    ctx.out.findings.push(
      finding(
        fromPath,
        at,
        RULES.missingAnchor,
        `Broken anchor on the built ${SITE_LABELS[site.name]} site: \`${written}\` points to \`#${fragment}\`, which is not a heading id or anchor of ${where} there.${near ? ` Did you mean \`#${near}\`?` : ""} Link to an existing heading or add an <a id="…"> anchor.`,
      ),
    );
    return;
  }
  if (ctx.strippedIds.get(target)?.has(frag)) {
    ctx.out.findings.push(
      finding(
        fromPath,
        at,
        RULES.missingAnchor,
        `Broken anchor on GitHub: \`${written}\` points to \`#${fragment}\`, an \`id\` on an HTML element other than <a> in ${where}; GitHub strips this id when it renders the page. Use <a id="${fragment}"></a> (or <a name="…">) instead, or link to a heading.`,
      ),
    );
    return;
  }
  const near = closest(frag, anchors, ctx.suggestions);
  const hint = near ? ` Did you mean \`#${near}\`?` : "";
  ctx.out.findings.push(
    finding(
      fromPath,
      at,
      RULES.missingAnchor,
      `Broken anchor: \`${written}\` points to \`#${fragment}\`, which is not a heading or anchor in ${where}.${hint} Link to an existing heading (GitHub slug: lower case, punctuation removed, spaces as hyphens) or add an <a id="…"> anchor.`,
    ),
  );
}

/** Where GitHub finds a link's path part: the existing path it resolves to, if any. */
function githubTarget(ctx: Ctx, fromPath: string, pathPart: string): string | undefined {
  const baseDir = pathPart.startsWith("/") ? "" : posix.dirname(fromPath);
  for (const variant of [decode(pathPart), pathPart]) {
    const joined = posix.normalize(posix.join(baseDir === "." ? "" : baseDir, variant.replace(/^\/+/, "")));
    const trimmed = joined.replace(/\/+$/, "");
    const c = trimmed === "." ? "" : trimmed;
    if (c === ".." || c.startsWith("../")) continue;
    if (ctx.index.exists(c)) return c;
  }
  return undefined;
}

function checkOnSite(
  ctx: Ctx,
  site: SiteProfile,
  fromPath: string,
  at: LinkOccurrence,
  pathPart: string,
  fragment: string | null,
  url: string,
): void {
  const r = site.resolve(fromPath, pathPart, at.kind === "image");
  if (r.status === "unknown") return;
  ctx.out.linksChecked++;
  if (r.status === "ok") {
    ctx.out.linksValid++;
    if (fragment !== null && r.target && /\.(?:md|mdx|markdown)$/i.test(r.target))
      checkAnchor(ctx, fromPath, at, r.target, fragment, url, site);
    return;
  }
  const onGitHub = githubTarget(ctx, fromPath, pathPart) !== undefined;
  ctx.out.findings.push(
    finding(
      fromPath,
      at,
      RULES.brokenOnSite,
      `Broken link on the built ${SITE_LABELS[site.name]} site (${site.configPath}): \`${url}\` ${r.reason}.${onGitHub ? " It opens on GitHub, but not for readers of the site." : ""}`,
    ),
  );
}

function checkOne(ctx: Ctx, fromPath: string, at: LinkOccurrence, shown?: string): void {
  const url = at.url.trim();
  if (url === "") return;
  if (shown === undefined) {
    const pattern = ctx.opts.ignore?.match(url);
    if (pattern !== undefined) {
      ctx.out.ignored.push({ path: fromPath, line: at.line, column: at.column, url, pattern });
      return;
    }
    const self = ctx.opts.selfLink && /^https?:\/\//i.test(url) ? ctx.opts.selfLink(url) : null;
    if (self) {
      ctx.out.selfLinks++;
      checkOne(ctx, fromPath, { ...at, url: self.local, kind: self.kind === "raw" ? "image" : at.kind }, url);
      return;
    }
  }
  const written = shown ?? url;
  if (url.startsWith("//") || SCHEME.test(url)) {
    if (/^(?:https?:)?\/\//i.test(url)) {
      ctx.out.external.push({
        url: url.startsWith("//") ? `https:${url}` : url,
        path: fromPath,
        line: at.line,
        column: at.column,
      });
    }
    return;
  }
  const hashAt = url.indexOf("#");
  let pathPart = hashAt === -1 ? url : url.slice(0, hashAt);
  // Images ignore fragments (`logo.png#gh-dark-mode-only` is a GitHub display hint, not an anchor).
  const fragment = hashAt === -1 || at.kind === "image" ? null : url.slice(hashAt + 1);
  const q = pathPart.indexOf("?");
  if (q !== -1) pathPart = pathPart.slice(0, q);

  const site = shown === undefined ? ctx.opts.sites?.find((s) => s.owns(fromPath)) : undefined;
  if (pathPart === "") {
    if (fragment !== null) checkAnchor(ctx, fromPath, at, fromPath, fragment, written, site);
    return;
  }
  if (site) {
    checkOnSite(ctx, site, fromPath, at, pathPart, fragment, written);
    return;
  }
  ctx.out.linksChecked++;
  if (ROOT_CLIMB.test(pathPart)) {
    ctx.out.linksValid++;
    const readme = ctx.index.readmeOf("");
    if (fragment !== null && readme && isMarkdownPath(readme))
      checkAnchor(ctx, fromPath, at, readme, fragment, written);
    return;
  }
  const baseDir = pathPart.startsWith("/") ? "" : posix.dirname(fromPath);
  const candidates = new Set<string>();
  for (const variant of [decode(pathPart), pathPart]) {
    const joined = posix.normalize(posix.join(baseDir === "." ? "" : baseDir, variant.replace(/^\/+/, "")));
    const trimmed = joined.replace(/\/+$/, "");
    candidates.add(trimmed === "." ? "" : trimmed);
  }
  let resolved: string | undefined;
  let kind: "file" | "dir" | null = null;
  for (const c of candidates) {
    if (c === ".." || c.startsWith("../")) continue;
    kind = ctx.index.exists(c);
    if (kind) {
      resolved = c;
      break;
    }
  }
  const first = [...candidates][0] as string;
  if (resolved === undefined) {
    if (first === ".." || first.startsWith("../")) {
      ctx.out.findings.push(
        finding(
          fromPath,
          at,
          RULES.outsideRepo,
          `Broken link: \`${written}\` points outside the repository, where GitHub cannot follow it. Link to a file inside the repository or use a full URL.`,
        ),
      );
      return;
    }
    const variant = ctx.index.caseVariant(first);
    if (variant !== undefined) {
      ctx.out.findings.push(
        finding(
          fromPath,
          at,
          RULES.caseMismatch,
          `Broken link on case-sensitive file systems: \`${written}\` does not match the case of \`${variant}\` (GitHub and Linux treat different case as different files). Write \`${relativeFrom(fromPath, variant)}\`.`,
        ),
      );
      return;
    }
    const placeholder = placeholderIn(pathPart);
    const near = placeholder || HOST_LIKE.test(pathPart) ? undefined : ctx.index.suggest(first);
    const hint = placeholder
      ? ` \`${placeholder}\` looks like a placeholder: write the real path, or show the pattern in code (\`…\`) instead of a link.`
      : HOST_LIKE.test(pathPart)
        ? ` It looks like a web address without its scheme: add \`https://\` (\`https://${pathPart}\`).`
        : near
          ? ` Did you mean \`${relativeFrom(fromPath, near)}\`?`
          : "";
    ctx.out.findings.push(
      finding(
        fromPath,
        at,
        RULES.missingFile,
        `Broken link: \`${written}\` ${first === url && shown === undefined ? "does not exist" : `points to \`${first}\`, which does not exist`} in the repository.${hint} Fix the path or add the file.`,
      ),
    );
    return;
  }
  ctx.out.linksValid++;
  if (fragment === null) return;
  const target = kind === "dir" ? ctx.index.readmeOf(resolved) : resolved;
  if (target && isMarkdownPath(target)) checkAnchor(ctx, fromPath, at, target, fragment, written);
}

/** Checks links across all parsed files. `docs` maps a path to its scan; anchors come from the same scans. */
export function checkLinks(
  docs: ReadonlyMap<string, ScannedDoc>,
  index: RepoIndex,
  opts: LinkCheckOptions = {},
): LinkCheckOutput {
  const anchors = new Map<string, ReadonlySet<string>>();
  const strippedIds = new Map<string, ReadonlySet<string>>();
  for (const [p, d] of docs) {
    anchors.set(p, d.anchors);
    strippedIds.set(p, d.strippedIds);
  }
  const out: LinkCheckOutput = {
    findings: [],
    external: [],
    ignored: [],
    selfLinks: 0,
    linksChecked: 0,
    linksValid: 0,
    anchorsChecked: 0,
    anchorsValid: 0,
  };
  const ctx: Ctx = { index, anchors, strippedIds, out, suggestions: new SuggestionBudget(), opts };
  for (const [path, doc] of docs) {
    for (const link of doc.links) checkOne(ctx, path, link);
    for (const ref of doc.undefinedReferences) {
      out.linksChecked++;
      const near = closest(
        ref.label.toLowerCase(),
        doc.definitions.map((d) => d.identifier),
        ctx.suggestions,
      );
      const hint = near ? ` Did you mean \`[${near}]\`?` : "";
      out.findings.push(
        finding(
          path,
          { url: "", kind: "link", line: ref.line, column: ref.column },
          RULES.undefinedReference,
          `Reference \`[${ref.label}]\` has no definition, so GitHub shows it as plain text.${hint} Add a line \`[${ref.label}]: <url>\` or fix the label.`,
        ),
      );
    }
    // Only the first definition of a label counts (CommonMark); a definition nothing uses cannot be clicked, so
    // its URL is not judged: it is one unused-definition finding, whatever it points to.
    const first = new Map<string, DefinitionInfo>();
    for (const def of doc.definitions) {
      const earlier = first.get(def.identifier);
      const at: LinkOccurrence = { url: def.url, kind: "definition", line: def.line, column: def.column };
      if (earlier) {
        out.findings.push({
          ...finding(
            path,
            at,
            RULES.duplicateDefinition,
            `Reference definition \`[${def.label}]\` repeats the label defined on line ${earlier.line}; only the first definition is used, so this one never is. Remove it or give it its own label.`,
            "low",
          ),
          scored: false,
        });
        continue;
      }
      first.set(def.identifier, def);
      if (doc.usedIdentifiers.has(def.identifier)) {
        checkOne(ctx, path, at);
        continue;
      }
      out.findings.push({
        ...finding(
          path,
          at,
          RULES.unusedDefinition,
          `Reference definition \`[${def.label}]\` is never used. Remove it or link to it.`,
          "info",
        ),
        scored: false,
      });
    }
  }
  return out;
}
