/**
 * Resolves every link of every file against the repository index and the anchors of the parsed files, the way
 * GitHub does: relative to the file, `/` from the repository root, percent-encoding decoded in paths and fragments,
 * `<a name>`/`id` anchors as well as heading slugs, and case-sensitive paths.
 */
import { posix } from "node:path";
import { SITE_LABELS, type SiteProfile } from "./site-profile.js";
import { placeholderIn } from "./placeholder.js";
import { isMarkdownPath, type RepoIndex } from "./repo-index.js";
import type { DefinitionInfo, LinkOccurrence, ScannedDoc } from "./scan.js";

import {
  HOST_LIKE,
  ROOT_CLIMB,
  RULES,
  SCHEME,
  checkAnchor,
  decode,
  finding,
  hintSlot,
  newContext,
  nextSeq,
  relativeFrom,
  type Ctx,
  type LinkCheckOptions,
  type LinkCheckOutput,
} from "./link-check-base.js";
import { span } from "../util/code-span.js";
export {
  RULES,
  type IgnoredLink,
  type LinkCheckOptions,
  type LinkCheckOutput,
  type LinkCounts,
  type PendingAnchor,
} from "./link-check-base.js";

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
      `Broken link on the built ${SITE_LABELS[site.name]} site (${site.configPath}): ${span(url)} ${r.reason}.${onGitHub ? " It opens on GitHub, but not for readers of the site." : ""}`,
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
          `Broken link: ${span(written)} points outside the repository, where GitHub cannot follow it. Link to a file inside the repository or use a full URL.`,
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
          `Broken link on case-sensitive file systems: ${span(written)} does not match the case of ${span(variant)} (GitHub and Linux treat different case as different files). Write ${span(relativeFrom(fromPath, variant))}.`,
        ),
      );
      return;
    }
    const placeholder = placeholderIn(pathPart);
    const near = placeholder || HOST_LIKE.test(pathPart) ? undefined : ctx.index.suggest(first);
    const hint = placeholder
      ? ` ${span(placeholder)} looks like a placeholder: write the real path, or show the pattern in code (\`…\`) instead of a link.`
      : HOST_LIKE.test(pathPart)
        ? ` It looks like a web address without its scheme: add \`https://\` (\`https://${pathPart}\`).`
        : near
          ? ` Did you mean ${span(relativeFrom(fromPath, near))}?`
          : "";
    ctx.out.findings.push(
      finding(
        fromPath,
        at,
        RULES.missingFile,
        `Broken link: ${span(written)} ${first === url && shown === undefined ? "does not exist" : `points to ${span(first)}, which does not exist`} in the repository.${hint} Fix the path or add the file.`,
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
  const ctx = newContext(index, anchors, strippedIds, opts);
  const { out } = ctx;
  for (const [path, doc] of docs) {
    for (const link of doc.links) checkOne(ctx, path, link);
    for (const ref of doc.undefinedReferences) {
      out.linksChecked++;
      const hint =
        doc.definitions.length > 0
          ? hintSlot(ctx, { path, seq: nextSeq(ctx, path), kind: "reference", word: ref.label.toLowerCase() })
          : "";
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
