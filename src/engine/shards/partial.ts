/**
 * One shard of a sharded run: the documentation of the shard's files, checked as in a single run, with anchors
 * into other shards' files left pending; the result is a partial report for `merge`. External links, artifacts
 * and compliance are not assessed here: the merge does them once (each distinct URL checked once, with the cache).
 */
import { createHash } from "node:crypto";
import { documentationInputOf } from "../../core/assess.js";
import type { Config } from "../../core/config/schema.js";
import { directivesOf } from "../../core/documentation/apply-suppressions.js";
import type { PendingAnchor } from "../../core/documentation/check-links.js";
import { type GatheredDocumentation, gatherDocumentation } from "../../core/documentation/gather.js";
import { buildLinkIndex, type LinkIndex } from "../../core/documentation/link-index.js";
import { SITE_LABELS } from "../../core/documentation/site-types.js";
import { VERSION } from "../../version.js";
import { type AssessRepositoryOptions, loadConfig } from "../assess-repository.js";
import { collect } from "../sources/fs/collect.js";
import { inShard, type ShardSpec } from "./shard-spec.js";

export const PARTIAL_FORMAT = "readiness-gate-partial-report";
export const PARTIAL_VERSION = 2;

export interface PartialReport {
  format: typeof PARTIAL_FORMAT;
  version: typeof PARTIAL_VERSION;
  tool: { name: "readiness-gate"; version: string };
  shard: ShardSpec;
  /** A hash of the effective config: a merge refuses partial reports made with different configs. */
  config: string;
  /** Null when the config turns documentation off. */
  documentation: { gathered: GatheredDocumentation; links: LinkIndex } | null;
  /** What the shard's file collection had to say (patterns that matched nothing, markdownlint's configuration…). */
  notices: string[];
  elapsedMs: number;
}

/** A shard that cannot be assessed as part of a merge (the config needs the whole tree at once). */
export class ShardError extends Error {
  override name = "ShardError";
}

export function configHash(config: Config): string {
  return createHash("sha256").update(JSON.stringify(config)).digest("hex").slice(0, 16);
}

export async function assessShard(opts: AssessRepositoryOptions, shard: ShardSpec): Promise<PartialReport> {
  const started = performance.now();
  const loaded = await loadConfig(opts.config);
  const config = opts.overrideConfig ? opts.overrideConfig(loaded) : loaded;
  const notices: string[] = [];
  let documentation: PartialReport["documentation"] = null;
  if (config.documentation.enabled) {
    const input = await collect({
      root: opts.root,
      config,
      docFilter: inShard(shard),
      ...(opts.excludeDocs ? { excludeDocs: opts.excludeDocs } : {}),
      ...(opts.repository ? { repository: opts.repository } : {}),
    });
    const n = input.docs.length;
    opts.progress?.(`shard ${shard.index}/${shard.count}: assessing ${n} document${n === 1 ? "" : "s"}…`);
    const pending: PendingAnchor[] = [];
    // The same call as the single run's (core/assess.ts → analyze.ts), on this shard's files, keeping pending anchors.
    const { data, scans, texts } = await gatherDocumentation(documentationInputOf(input), {
      onUnknownAnchors: (r) => void pending.push(r),
    });
    const site = data.sites[0];
    if (site)
      throw new ShardError(
        `${site.config}: links of a ${SITE_LABELS[site.name]} site resolve across the whole site, which one shard does not see; assess it in one run, or set documentation.site: github to check links as GitHub shows them`,
      );
    const links = buildLinkIndex(scans, texts, directivesOf(texts), pending, data.findings, data.links.external);
    documentation = { gathered: data, links };
    notices.push(...(input.notices ?? []));
  }
  return {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    tool: { name: "readiness-gate", version: VERSION },
    shard,
    config: configHash(config),
    documentation,
    notices,
    elapsedMs: Math.round(performance.now() - started),
  };
}
