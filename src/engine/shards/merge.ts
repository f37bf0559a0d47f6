/**
 * `merge`: the partial reports of every shard into one documentation outcome, exactly as one run over all files
 * would make it (core/documentation/merge-gathered.ts). The rest of the report (external links, artifacts,
 * compliance, gates) is assessed once, by the merge, on its own checkout.
 */
import { readFile } from "node:fs/promises";
import type { Config } from "../../core/config/schema.js";
import { finishMerged } from "../../core/documentation/merge-gathered.js";
import { VERSION } from "../../version.js";
import { type AssessRepositoryOptions, type AssessRepositoryResult, assessRepository } from "../assess-repository.js";
import { configHash, PARTIAL_FORMAT, PARTIAL_VERSION, type PartialReport } from "./partial.js";

export class MergeError extends Error {
  override name = "MergeError";
}

/** Reads one partial report, naming the file and the problem when it is not one. */
export async function readPartialReport(file: string): Promise<PartialReport> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new MergeError(`${file}: not a partial report (${e instanceof Error ? e.message : String(e)})`);
  }
  const p = data as Partial<PartialReport> | null;
  if (!p || typeof p !== "object" || p.format !== PARTIAL_FORMAT)
    throw new MergeError(`${file}: not a partial report (written by \`readiness-gate --shard i/n\`)`);
  if (p.version !== PARTIAL_VERSION)
    throw new MergeError(`${file}: partial report version ${String(p.version)}; this merge reads ${PARTIAL_VERSION}`);
  if (!p.shard || typeof p.shard.index !== "number" || typeof p.shard.count !== "number")
    throw new MergeError(`${file}: the partial report names no shard`);
  return p as PartialReport;
}

/** Every shard exactly once, all of one config and one version. */
export function checkComplete(partials: readonly PartialReport[], config: Config): void {
  if (partials.length === 0) throw new MergeError("no partial reports to merge");
  const n = partials[0]?.shard.count ?? 0;
  const seen = new Set<number>();
  for (const p of partials) {
    if (p.shard.count !== n)
      throw new MergeError(`shard ${p.shard.index}/${p.shard.count} does not belong to a run of ${n} shards`);
    if (seen.has(p.shard.index)) throw new MergeError(`shard ${p.shard.index}/${n} is given twice`);
    seen.add(p.shard.index);
    if (p.tool.version !== VERSION)
      throw new MergeError(`shard ${p.shard.index}/${n} was made by readiness-gate ${p.tool.version}, not ${VERSION}`);
    if (p.config !== configHash(config))
      throw new MergeError(`shard ${p.shard.index}/${n} was made with another config than this merge's`);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new MergeError(`shard(s) ${missing.map((i) => `${i}/${n}`).join(", ")} missing`);
}

export interface MergeResult extends AssessRepositoryResult {
  /** Each shard's own time, by shard number. */
  shardMs: number[];
}

/** The merged report: documentation from the shards, everything else assessed here, once. */
export async function mergeShards(
  opts: AssessRepositoryOptions,
  partials: readonly PartialReport[],
): Promise<MergeResult> {
  const result = await assessRepository({
    ...opts,
    documentation: {
      check: (config) => checkComplete(partials, config),
      outcome: (config, externalLinkChecker) =>
        finishMerged(
          [...partials].sort((a, b) => a.shard.index - b.shard.index).flatMap((p) => p.documentation ?? []),
          config.documentation,
          externalLinkChecker,
        ),
      notices: partials.flatMap((p) => p.notices),
    },
  });
  const shardMs = [...partials].sort((a, b) => a.shard.index - b.shard.index).map((p) => p.elapsedMs);
  return { ...result, shardMs };
}
