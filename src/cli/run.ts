/** The CLI: the same engine as the Action, on a local checkout, with no GitHub at all. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { collect } from "../collect/collect.js";
import { loadConfigFile } from "../collect/config-file.js";
import { ConfigError } from "../core/config/load-config.js";
import { assess } from "../core/engine.js";
import type { Config } from "../core/config/schema.js";
import { createExternalLinkChecker, type RunnableChecker } from "../links/index.js";
import type { Report } from "../core/model/report.js";
import { renderJson } from "../core/render/json.js";
import { renderMarkdown } from "../core/render/markdown.js";
import { renderSarif } from "../core/render/sarif.js";
import { renderSummary, renderText } from "../core/render/text.js";
import { VERSION } from "../version.js";
import { parseCliArgs, USAGE, UsageError } from "./args.js";

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stderrIsTty: boolean;
  cwd: string;
  now?: () => Date;
  /** Environment for the link checker (`GITHUB_TOKEN`, `${VAR}` in configured headers); default `process.env`. */
  env?: Record<string, string | undefined>;
}

export function exitCodeFor(report: Report, strict: boolean): number {
  if (report.verdict === "no-go") return 1;
  if (report.verdict === "conditional" && strict) return 1;
  return 0;
}

/** The external link checker when the config asks for one; the token for github.com comes from `GITHUB_TOKEN`. */
function startLinkChecker(
  config: Config,
  root: string,
  io: CliIo,
  progress: (s: string) => void,
): RunnableChecker | undefined {
  if (!config.documentation.enabled || config.documentation["external-links"] === "off") return undefined;
  const env = io.env ?? process.env;
  return createExternalLinkChecker({
    config: config.documentation.links,
    root,
    env,
    ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
    progress: (line) => progress(`readiness-gate: ${line}`),
  });
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let opts: ReturnType<typeof parseCliArgs>;
  try {
    opts = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`readiness-gate: ${e.message}\nRun readiness-gate --help for the options.\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (opts.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const root = path.resolve(io.cwd, opts.root);
  const configPath = opts.config ? path.resolve(io.cwd, opts.config) : path.join(root, ".github", "readiness.yml");
  const progress = opts.progress && io.stderrIsTty ? (s: string) => io.stderr(`\r\x1b[2K${s}`) : () => {};
  let report: Report;
  try {
    const config = await loadConfigFile(configPath, opts.config !== undefined);
    const linkChecker = startLinkChecker(config, root, io, progress);
    try {
      progress("readiness-gate: collecting files…");
      const input = await collect({
        root,
        config,
        extraArtifacts: opts.artifacts,
        ...(linkChecker ? { externalLinkChecker: linkChecker } : {}),
      });
      progress(`readiness-gate: assessing ${input.docs.length} documents and ${input.artifacts.length} artifacts…`);
      report = await assess({ ...input, now: io.now?.() ?? new Date(), toolVersion: VERSION });
      progress("");
    } finally {
      await linkChecker?.close();
    }
    if (linkChecker) {
      for (const notice of linkChecker.notices) io.stderr(`readiness-gate: ${notice}\n`);
      if (io.stderrIsTty && linkChecker.stats().urls > 0) io.stderr(`readiness-gate: ${linkChecker.summary()}\n`);
    }
  } catch (e) {
    progress("");
    if (e instanceof ConfigError) {
      io.stderr(
        `readiness-gate: config error in ${path.relative(io.cwd, e.file) || e.file}: ${e.problems.join("; ")}\n`,
      );
      return 2;
    }
    io.stderr(`readiness-gate: ${(e as Error).message}\n`);
    return 2;
  }
  const rendered =
    opts.format === "json"
      ? renderJson(report)
      : opts.format === "markdown"
        ? renderMarkdown(report)
        : opts.format === "sarif"
          ? renderSarif(report, { configPath: path.relative(root, configPath).split(path.sep).join("/") })
          : renderText(report);
  if (opts.output) {
    const out = path.resolve(io.cwd, opts.output);
    await writeFile(out, opts.format === "markdown" ? `${rendered}\n` : rendered);
    if (opts.summary) {
      io.stdout(renderSummary(report));
      io.stdout(`Report written to ${path.relative(io.cwd, out) || out}\n`);
    }
  } else {
    io.stdout(rendered);
  }
  return exitCodeFor(report, opts.strict);
}
