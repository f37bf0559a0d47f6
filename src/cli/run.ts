/** The CLI: the same engine as the Action, on a local checkout, with no GitHub at all. */
import { stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../core/validate-config.js";
import { type AssessRepositoryOptions, assessRepository } from "../engine/assess-repository.js";
import { repositoryFromGit } from "../engine/repository-identity.js";
import { type MergeResult, mergeShards, readPartialReport } from "../engine/shards/merge.js";
import { assessShard } from "../engine/shards/partial.js";
import { parseShardSpec } from "../engine/shards/shard-spec.js";
import { VERSION } from "../version.js";
import { parseCliArgs, USAGE, UsageError } from "./args.js";
import { baselineOf } from "./baseline.js";
import type { CliIo } from "./io.js";
import { linkCacheFile } from "./cache-dir.js";
import { exitCodeFor, writeOutput } from "./output.js";

export type { CliIo } from "./io.js";
export { exitCodeFor } from "./output.js";

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let opts: ReturnType<typeof parseCliArgs>;
  try {
    opts = parseCliArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`readiness-gate: ${e.message}\nRun readiness-gate --help for the options.\n`);
    return 2;
  }
  if (opts.help || opts.version) {
    io.stdout(`${opts.help ? USAGE : VERSION}\n`);
    return 0;
  }
  const root = path.resolve(io.cwd, opts.root);
  if (!(await stat(root).catch(() => null))?.isDirectory()) {
    io.stderr(`readiness-gate: --root ${opts.root}: no such directory\n`);
    return 2;
  }
  const env = io.env ?? process.env;
  const progress = opts.progress && io.stderrIsTty ? (s: string) => io.stderr(`\r\x1b[2K${s}`) : () => {};
  try {
    const configFile = opts.config ? path.resolve(io.cwd, opts.config) : path.join(root, ".github", "readiness.yml");
    const repository = await repositoryFromGit(root);
    const engineOptions: AssessRepositoryOptions = {
      root,
      ...(repository ? { repository } : {}),
      config: { file: configFile, explicit: opts.config !== undefined },
      extraArtifacts: opts.artifacts,
      ...baselineOf(opts, io.cwd),
      links: {
        env,
        ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
        // In Actions the runner's temp folder, elsewhere the user's cache directory: never the assessed tree.
        cacheFile: env.RUNNER_TEMP
          ? path.join(env.RUNNER_TEMP, "readiness-gate", "links.json")
          : linkCacheFile(root, env),
        progress: (l) => progress(`readiness-gate: ${l}`),
      },
      now: io.now?.() ?? new Date(),
      progress: (l) => progress(`readiness-gate: ${l}`),
    };
    if (opts.shard) {
      const spec = parseShardSpec(opts.shard, "--shard");
      const partial = await assessShard(engineOptions, spec);
      progress("");
      for (const notice of partial.notices) io.stderr(`readiness-gate: ${notice}\n`);
      const text = `${JSON.stringify(partial)}\n`;
      if (opts.output) await writeFile(path.resolve(io.cwd, opts.output), text);
      else io.stdout(text);
      if (opts.output || opts.summary)
        io.stderr(
          `readiness-gate: shard ${spec.index}/${spec.count}: ${partial.documentation?.gathered.files ?? 0} documentation files in ${partial.elapsedMs} ms\n`,
        );
      return 0;
    }
    const result: Omit<MergeResult, "shardMs"> & { shardMs?: number[] } = opts.merge
      ? await mergeShards(
          engineOptions,
          await Promise.all(opts.merge.map((f) => readPartialReport(path.resolve(io.cwd, f)))),
        )
      : await assessRepository(engineOptions);
    progress("");
    if (result.shardMs)
      io.stderr(
        `readiness-gate: merged ${result.shardMs.length} shards; the longest took ${Math.max(...result.shardMs)} ms (${result.shardMs.join(", ")} ms)\n`,
      );
    for (const notice of result.notices) io.stderr(`readiness-gate: ${notice}\n`);
    if (io.stderrIsTty && result.linkSummary) io.stderr(`readiness-gate: ${result.linkSummary}\n`);
    await writeOutput(result.report, opts, io, path.relative(root, configFile).split(path.sep).join("/"));
    return exitCodeFor(result.report, opts.strict, opts.allowEmpty);
  } catch (e) {
    progress("");
    const message =
      e instanceof ConfigError
        ? `config error in ${path.relative(io.cwd, e.file) || e.file}: ${e.problems.join("; ")}`
        : (e as Error).message;
    io.stderr(`readiness-gate: ${message}\n`);
    return 2;
  }
}
