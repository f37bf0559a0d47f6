/**
 * The Action across a matrix: `shard: i/n` assesses one shard of the documentation files and writes its
 * partial report (nothing is published: the merge job does that once); `mode: merge` reads the partial
 * reports the matrix uploaded (`partial-reports`, downloaded with actions/download-artifact) and assesses the
 * rest once. See docs/sharding.md.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AssessRepositoryOptions } from "../engine/assess-repository.js";
import { MergeError, type MergeResult, mergeShards, readPartialReport } from "../engine/shards/merge.js";
import { assessShard } from "../engine/shards/partial.js";
import { parseShardSpec, ShardSpecError } from "../engine/shards/shard-spec.js";
import { globFiles } from "../engine/sources/fs/repo-files.js";
import type { ActionHost } from "./host.js";
import { InputError } from "./inputs.js";

function asInputError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ShardSpecError) throw new InputError([e.message]);
    throw e;
  }
}

/** Runs the shard, writes `partial-<i>-of-<n>.json` into `dir` and sets the `partial-report` output. */
export async function runShardStep(
  host: ActionHost,
  shard: string,
  dir: string,
  options: AssessRepositoryOptions,
  warn: (m: string) => void,
): Promise<string> {
  const spec = asInputError(() => parseShardSpec(shard, "input `shard`"));
  const partial = await assessShard(options, spec);
  for (const n of partial.notices) warn(n);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `partial-${spec.index}-of-${spec.count}.json`);
  await writeFile(file, `${JSON.stringify(partial)}\n`);
  host.setOutput("partial-report", file);
  host.info(
    `Readiness shard ${spec.index}/${spec.count}: ${partial.documentation?.gathered.files ?? 0} documentation files in ${partial.elapsedMs} ms; partial report ${file}`,
  );
  return file;
}

/** `mode: merge`: the partial reports matched by `pattern` (relative to the workspace root), merged. */
export async function mergeWorkspacePartials(
  options: AssessRepositoryOptions,
  root: string,
  pattern: string,
  info: (m: string) => void,
): Promise<MergeResult> {
  const files = await globFiles(root, [pattern]);
  if (files.length === 0)
    throw new InputError([
      `input \`partial-reports\`: ${JSON.stringify(pattern)} matched no file (download the shards' artifacts first)`,
    ]);
  let merged: MergeResult;
  try {
    const partials = await Promise.all(files.map((f) => readPartialReport(path.join(root, f))));
    merged = await mergeShards(options, partials);
  } catch (e) {
    // An incomplete or foreign set of partial reports is a problem of the input, not a bug.
    if (e instanceof MergeError) throw new InputError([`input \`partial-reports\`: ${e.message}`]);
    throw e;
  }
  info(
    `Readiness merge of ${merged.shardMs.length} shards; the longest took ${Math.max(...merged.shardMs)} ms (${merged.shardMs.join(", ")} ms)`,
  );
  return merged;
}
