/** The JSON report on disk (its path is the `report-path` output). */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Report } from "../core/model/report.js";
import { renderJson } from "../core/render/json.js";
import { type SarifFileOptions, writeSarifFile } from "./sarif-file.js";

export const REPORT_FILE = "readiness-report.json";

/** In `RUNNER_TEMP` when the runner has one (never into the user's tree), else beside the assessed root. */
export function reportDir(env: Record<string, string | undefined>, root: string): string {
  return env.RUNNER_TEMP ? path.resolve(env.RUNNER_TEMP, "readiness-gate") : root;
}

export async function writeReport(dir: string, report: Report, warn: (m: string) => void): Promise<string | null> {
  const file = path.join(dir, REPORT_FILE);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(file, renderJson(report));
    return file;
  } catch (e) {
    warn(`Could not write the JSON report to ${file}: ${(e as Error).message}`);
    return null;
  }
}

/** The JSON report and the SARIF log, side by side; a file that cannot be written is a warning and no path. */
export async function writeReportFiles(
  dir: string,
  report: Report,
  sarif: SarifFileOptions,
  warn: (m: string) => void,
): Promise<{ reportPath: string | null; sarifPath: string }> {
  const reportPath = await writeReport(dir, report, warn);
  return { reportPath, sarifPath: await writeSarifFile(report, dir, sarif, warn) };
}
