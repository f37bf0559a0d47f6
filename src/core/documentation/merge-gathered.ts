/**
 * The shards' gathered documentation put together as one run over all their files would have gathered it: counts
 * summed, lists joined in the single run's order, and the anchor checks each shard left pending made against every
 * shard's anchors. finish.ts then judges the whole as it judges a single run. Pure.
 */
import type { DocumentationConfig } from "../config/documentation.js";
import type { DimensionOutcome } from "../dimension.js";
import type { DocumentationResult } from "../model/report.js";
import type { ExternalLinkChecker } from "./external-links.js";
import { finishDocumentation } from "./finish.js";
import type { GatheredDocumentation } from "./gather.js";
import { candidatesFrom, checkPendingAnchors, type LinkIndex, suppressionsFrom, textsFromLines } from "./link-index.js";
import { inRunOrder } from "./suggestion-requests.js";
import { RepoIndex } from "./repo-index.js";

export interface GatheredPart {
  gathered: GatheredDocumentation;
  links: LinkIndex;
}

const byPath = <T extends { path: string }>(list: T[]): T[] =>
  list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/** `parts` in shard order. */
export function mergeGathered(parts: readonly GatheredPart[]): GatheredDocumentation {
  const resolved = checkPendingAnchors(
    parts.map((p) => p.links),
    new RepoIndex([]),
  );
  const gs = parts.map((p) => p.gathered);
  const sum = (f: (g: GatheredDocumentation) => number) => gs.reduce((t, g) => t + f(g), 0);
  const linted = gs.flatMap((g) => (g.lint ? [g.lint] : []));
  const first = gs[0];
  return {
    files: sum((g) => g.files),
    lines: sum((g) => g.lines),
    lintMode: first?.lintMode ?? "off",
    findings: [...gs.flatMap((g) => g.findings), ...resolved.findings],
    unreadable: {
      parse: byPath(gs.flatMap((g) => g.unreadable.parse)),
      lint: byPath(gs.flatMap((g) => g.unreadable.lint)),
      collected: byPath(gs.flatMap((g) => g.unreadable.collected)),
    },
    notices: [...new Set(gs.flatMap((g) => g.notices))],
    links: {
      linksChecked: sum((g) => g.links.linksChecked),
      linksValid: sum((g) => g.links.linksValid),
      anchorsChecked: sum((g) => g.links.anchorsChecked) + resolved.anchorsChecked,
      anchorsValid: sum((g) => g.links.anchorsValid) + resolved.anchorsValid,
      ignored: gs.flatMap((g) => g.links.ignored),
      external: gs.flatMap((g) => g.links.external),
      suggestions: inRunOrder([...gs.flatMap((g) => g.links.suggestions), ...resolved.suggestions]),
    },
    code: {
      checked: sum((g) => g.code.checked),
      valid: sum((g) => g.code.valid),
      invalid: sum((g) => g.code.invalid),
      missingLanguage: sum((g) => g.code.missingLanguage),
    },
    ...(linted.length > 0
      ? {
          lint: {
            checked: linted.reduce((t, l) => t + l.checked, 0),
            valid: linted.reduce((t, l) => t + l.valid, 0),
            errors: linted.reduce((t, l) => t + l.errors, 0),
            suppressed: linted.flatMap((l) => l.suppressed),
          },
        }
      : {}),
    sites: first?.sites ?? [],
    // Every shard lists the same left-out files (they are not split): the first shard's list is the tree's.
    excluded: first?.excluded ?? [],
  };
}

/** The documentation outcome of the whole tree from its shards (in shard order). */
export function finishMerged(
  parts: readonly GatheredPart[],
  config: DocumentationConfig,
  externalLinkChecker?: ExternalLinkChecker,
): Promise<DimensionOutcome<DocumentationResult>> {
  const links = parts.map((p) => p.links);
  return finishDocumentation(mergeGathered(parts), {
    config,
    ...(externalLinkChecker ? { externalLinkChecker } : {}),
    directives: suppressionsFrom(links),
    texts: textsFromLines(links),
    candidates: candidatesFrom(links),
  });
}
