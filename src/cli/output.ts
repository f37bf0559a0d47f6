/** The CLI's report output: one rendering in the asked format, to standard output or a file. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Report } from "../core/model/report.js";
import { renderJson } from "../core/render/json.js";
import { renderMarkdown } from "../core/render/markdown.js";
import { renderSarif } from "../core/render/sarif.js";
import { renderSummary, renderText } from "../core/render/text.js";
import type { CliIo } from "./io.js";
import type { CliOptions } from "./args.js";

/** Exit code 3: nothing was assessed (a misconfigured run), unless `--allow-empty` says that is expected. */
export const EXIT_NOTHING_ASSESSED = 3;

export function exitCodeFor(report: Report, strict: boolean, allowEmpty = false): number {
  if (report.verdict === "nothing-assessed") return allowEmpty ? 0 : EXIT_NOTHING_ASSESSED;
  if (report.verdict === "no-go") return 1;
  if (report.verdict === "conditional" && strict) return 1;
  return 0;
}

/** `configPath`: the config file relative to the root (SARIF places findings without a file there). */
export function renderReport(report: Report, format: CliOptions["format"], configPath: string): string {
  if (format === "json") return renderJson(report);
  if (format === "sarif") return renderSarif(report, { configPath });
  // No check run or job summary exists for a local run: point at the complete formats instead.
  if (format === "markdown")
    return `${renderMarkdown(report, { fullReportElsewhere: "in `--format json` or `--format text`", checkRun: false })}\n`;
  return renderText(report);
}

export async function writeOutput(report: Report, opts: CliOptions, io: CliIo, configPath: string): Promise<void> {
  const rendered = renderReport(report, opts.format, configPath);
  if (!opts.output) {
    // Standard output has always carried Markdown without its last newline.
    io.stdout(opts.format === "markdown" ? rendered.slice(0, -1) : rendered);
    return;
  }
  const out = path.resolve(io.cwd, opts.output);
  await writeFile(out, rendered);
  if (opts.summary) {
    io.stdout(renderSummary(report));
    io.stdout(`Report written to ${path.relative(io.cwd, out) || out}\n`);
  }
}
