/** What every link check shares: the rule ids, the counts and options, the context, and the anchor check. */
import { posix } from "node:path";
import type { Finding } from "../model/report.js";
import type { ExternalLinkRef } from "./external-links.js";
import type { LinkIgnore } from "./link-ignore.js";
import type { SelfLink } from "./self-links.js";
import { SITE_LABELS, type SiteProfile } from "./site-profile.js";
import type { RepoIndex } from "./repo-index.js";
import type { LinkOccurrence } from "./scan.js";
import type { SuggestionRequest } from "./suggestion-requests.js";
import { span } from "../util/code-span.js";

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

export const TOOL = "readiness-gate/links";
export const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
export const LINE_ANCHOR = /^l\d+(?:c\d+)?(?:-l\d+(?:c\d+)?)?$/;
/** `/..`, `/../../`: GitHub stops climbing at the repository root, so these open the repository's home page. */
// Each `.` or `..` segment must end at a slash or the end, so that the pattern cannot backtrack over runs of dots.
export const ROOT_CLIMB = /^\/+(?:\.\.?(?:\/+|$))*$/;
/** A first path segment that is a host name (`www.boost.org/...`): a URL written without its scheme. */
export const HOST_LIKE =
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
  /** "Did you mean" requests for the findings' message slots, in the order met. */
  suggestions: SuggestionRequest[];
}

export interface LinkCheckOptions {
  /** Site profiles: links in their pages resolve as the built site resolves them. */
  sites?: readonly SiteProfile[];
  ignore?: LinkIgnore;
  /** Recognises absolute links to this repository's own tree. */
  selfLink?: (url: string) => SelfLink | null;
  /** A fragment into a file whose anchors are not known here (a shard: the file is in another shard). */
  onUnknownAnchors?: (ref: PendingAnchor) => void;
}

/** An anchor check left for a merge of shards: everything `checkAnchor` needs but the target's anchors. */
export interface PendingAnchor {
  fromPath: string;
  at: LinkOccurrence;
  target: string;
  fragment: string;
  written: string;
  /** Its place among the file's suggestion points (see suggestion-requests.ts). */
  seq: number;
}

export function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `Readme.md` relative to `docs/guide.md` → how the author would write it from that file. */
export function relativeFrom(fromPath: string, target: string): string {
  const rel = posix.relative(posix.dirname(fromPath), target);
  return rel === "" ? posix.basename(target) : rel;
}

export function normalizeFragment(fragment: string): string {
  const f = decode(fragment).toLowerCase();
  return f.startsWith("user-content-") ? f.slice("user-content-".length) : f;
}

export interface Ctx {
  index: RepoIndex;
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  strippedIds: ReadonlyMap<string, ReadonlySet<string>>;
  out: LinkCheckOutput;
  opts: LinkCheckOptions;
  /** "Did you mean" requests, in the order the checks reached them; answered over the whole tree (finish.ts). */
  requests: SuggestionRequest[];
  /** Per file, how many suggestion points were reached so far. */
  seqs: Map<string, number>;
}

/** A fresh check context with an empty output: the single run's link check and the merge's pending anchors share it. */
export function newContext(
  index: RepoIndex,
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
  strippedIds: ReadonlyMap<string, ReadonlySet<string>>,
  opts: LinkCheckOptions,
): Ctx {
  const out: LinkCheckOutput = {
    findings: [],
    external: [],
    ignored: [],
    selfLinks: 0,
    suggestions: [],
    linksChecked: 0,
    linksValid: 0,
    anchorsChecked: 0,
    anchorsValid: 0,
  };
  return { index, anchors, strippedIds, out, opts, requests: out.suggestions, seqs: new Map() };
}

/** The next suggestion point of `path`: every anchor check and every undefined reference is one. */
export function nextSeq(ctx: Ctx, path: string): number {
  const n = ctx.seqs.get(path) ?? 0;
  ctx.seqs.set(path, n + 1);
  return n;
}

/** Where a request's answer goes in a message: replaced by the hint, or by nothing, once the run is whole. */
export function hintSlot(ctx: Ctx, request: SuggestionRequest): string {
  ctx.requests.push(request);
  return `\u0000${request.path}\u0001${request.seq}\u0000`;
}

export function finding(
  path: string,
  at: LinkOccurrence,
  ruleId: string,
  message: string,
  severity: Finding["severity"] = "medium",
): Finding {
  return { dimension: "documentation", ruleId, severity, message, path, line: at.line, column: at.column, tool: TOOL };
}

export function checkAnchor(
  ctx: Ctx,
  fromPath: string,
  at: LinkOccurrence,
  target: string,
  fragment: string,
  written: string,
  site?: SiteProfile,
  seq = nextSeq(ctx, fromPath),
): void {
  const anchors = site?.anchorsOf?.(target) ?? ctx.anchors.get(target);
  // Only Markdown files that were parsed have known anchors; fragments into anything else are not judged.
  if (!anchors) return void ctx.opts.onUnknownAnchors?.({ fromPath, at, target, fragment, written, seq });
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
  const where = target === fromPath ? "this file" : `${span(target)}`;
  const hint = () =>
    hintSlot(ctx, {
      path: fromPath,
      seq,
      kind: "anchor",
      word: frag,
      target,
      ...(site ? { site: site.configPath } : {}),
    });
  if (site) {
    ctx.out.findings.push(
      finding(
        fromPath,
        at,
        RULES.missingAnchor,
        `Broken anchor on the built ${SITE_LABELS[site.name]} site: ${span(written)} points to ${span(`#${fragment}`)}, which is not a heading id or anchor of ${where} there.${hint()} Link to an existing heading or add an <a id="…"> anchor.`,
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
        `Broken anchor on GitHub: ${span(written)} points to ${span(`#${fragment}`)}, an \`id\` on an HTML element other than <a> in ${where}; GitHub strips this id when it renders the page. Use <a id="${fragment}"></a> (or <a name="…">) instead, or link to a heading.`,
      ),
    );
    return;
  }
  ctx.out.findings.push(
    finding(
      fromPath,
      at,
      RULES.missingAnchor,
      `Broken anchor: ${span(written)} points to ${span(`#${fragment}`)}, which is not a heading or anchor in ${where}.${hint()} Link to an existing heading (GitHub slug: lower case, punctuation removed, spaces as hyphens) or add an <a id="…"> anchor.`,
    ),
  );
}
