/** The CLI: the same engine as the Action, on a local checkout, with no GitHub at all. */
import path from "node:path";
import { ConfigError } from "../core/validate-config.js";
import { assessRepository } from "../engine/assess-repository.js";
import { repositoryFromGit } from "../engine/repository-identity.js";
import { VERSION } from "../version.js";
import type { BaselineRequest } from "../engine/baseline/resolve.js";
import { type CliOptions, parseCliArgs, USAGE, UsageError } from "./args.js";
import type { CliIo } from "./io.js";
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
  const env = io.env ?? process.env;
  const progress = opts.progress && io.stderrIsTty ? (s: string) => io.stderr(`\r\x1b[2K${s}`) : () => {};
  try {
    const configFile = opts.config ? path.resolve(io.cwd, opts.config) : path.join(root, ".github", "readiness.yml");
    const repository = await repositoryFromGit(root);
    const result = await assessRepository({
      root,
      ...(repository ? { repository } : {}),
      config: { file: configFile, explicit: opts.config !== undefined },
      extraArtifacts: opts.artifacts,
      ...baselineOf(opts, io.cwd),
      links: {
        env,
        ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
        progress: (l) => progress(`readiness-gate: ${l}`),
      },
      now: io.now?.() ?? new Date(),
      progress: (l) => progress(`readiness-gate: ${l}`),
    });
    progress("");
    for (const notice of result.notices) io.stderr(`readiness-gate: ${notice}\n`);
    if (io.stderrIsTty && result.linkSummary) io.stderr(`readiness-gate: ${result.linkSummary}\n`);
    await writeOutput(result.report, opts, io, path.relative(root, configFile).split(path.sep).join("/"));
    return exitCodeFor(result.report, opts.strict);
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

function baselineOf(opts: CliOptions, cwd: string): { baseline?: BaselineRequest[] } {
  if (opts.baseline) return { baseline: [{ kind: "report", file: path.resolve(cwd, opts.baseline) }] };
  if (opts.base) return { baseline: [{ kind: "git", ref: opts.base }] };
  return {};
}
