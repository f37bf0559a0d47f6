import { parseArgs } from "node:util";

export const USAGE = `Usage: readiness-gate [options]
       readiness-gate merge [options] PARTIAL...

Assesses a repository's production readiness (documentation, performance, security,
compliance) and prints a go / conditional / no-go verdict.

Options:
  --root DIR           repository to assess (default: the current directory)
  --config FILE        config file (default: <root>/.github/readiness.yml; defaults apply if it is missing)
  --artifacts GLOB     artifact files to read, relative to the root (repeatable; added to the config's)
  --base REF           judge the changes since REF (a branch, tag or commit): findings already there
                       are shown but do not gate (git worktree of REF; see gate-on in the config)
  --baseline FILE      the same, with a saved JSON report of the base as the baseline
  --format FORMAT      text | markdown | json | sarif (default: text)
  --output FILE        write the report to FILE instead of standard output
  --summary            with --output: also print the verdict line to standard output
  --strict             exit 1 on a conditional verdict too
  --allow-empty        exit 0 when nothing was assessed (no documentation, report or control)
  --no-progress        never print progress lines
  --shard I/N          assess only the I-th of N shards of the documentation files and write a
                       partial report (JSON) for \`merge\` to --output (or standard output)

merge: combines the partial reports of every shard (files named PARTIAL), assesses artifacts and
compliance once, and reports as a single run would (same options as above, without --shard).
  -h, --help           show this help
  -v, --version        print the version

Exit codes: 0 go (or conditional without --strict), 1 no-go, 2 usage or config error,
3 nothing was assessed (0 with --allow-empty).`;

export interface CliOptions {
  root: string;
  config?: string;
  artifacts: string[];
  base?: string;
  baseline?: string;
  format: "text" | "markdown" | "json" | "sarif";
  output?: string;
  summary: boolean;
  strict: boolean;
  allowEmpty: boolean;
  progress: boolean;
  help: boolean;
  version: boolean;
  /** `--shard i/n`, as written. */
  shard?: string;
  /** `merge PARTIAL...`: the partial reports. */
  merge?: string[];
}

export class UsageError extends Error {
  override name = "UsageError";
}

export function parseCliArgs(argv: string[]): CliOptions {
  let values: ReturnType<typeof parse>["values"];
  let positionals: string[];
  const merging = argv[0] === "merge";
  try {
    ({ values, positionals } = parse(merging ? argv.slice(1) : argv, merging));
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0] ?? "invalid arguments");
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "markdown" && format !== "json" && format !== "sarif") {
    throw new UsageError(`--format: found ${JSON.stringify(format)}, allowed: text, markdown, json, sarif`);
  }
  if (values.summary && !values.output) throw new UsageError("--summary goes with --output");
  if (values.base && values.baseline)
    throw new UsageError("--base and --baseline are two ways to name the baseline: give one");
  if (merging && values.shard) throw new UsageError("merge combines the shards: --shard goes with each shard's run");
  if (merging && positionals.length === 0) throw new UsageError("merge needs the partial reports (PARTIAL...)");
  if (values.shard && (values.base || values.baseline))
    throw new UsageError("--base and --baseline go with merge, which makes the report, not with --shard");
  return {
    root: values.root ?? ".",
    ...(values.config ? { config: values.config } : {}),
    artifacts: values.artifacts ?? [],
    ...(values.base ? { base: values.base } : {}),
    ...(values.baseline ? { baseline: values.baseline } : {}),
    format,
    ...(values.output ? { output: values.output } : {}),
    summary: values.summary ?? false,
    strict: values.strict ?? false,
    allowEmpty: values["allow-empty"] ?? false,
    progress: !(values["no-progress"] ?? false),
    help: values.help ?? false,
    version: values.version ?? false,
    ...(values.shard ? { shard: values.shard } : {}),
    ...(merging ? { merge: positionals } : {}),
  };
}

function parse(argv: string[], positionals: boolean) {
  return parseArgs({
    args: argv,
    allowPositionals: positionals,
    strict: true,
    options: {
      root: { type: "string" },
      config: { type: "string" },
      artifacts: { type: "string", multiple: true },
      base: { type: "string" },
      baseline: { type: "string" },
      format: { type: "string" },
      output: { type: "string" },
      summary: { type: "boolean" },
      strict: { type: "boolean" },
      "allow-empty": { type: "boolean" },
      "no-progress": { type: "boolean" },
      shard: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
