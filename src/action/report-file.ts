/** The JSON report on disk (its path is the `report-path` output). */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Report } from "../core/model/report.js";
import { renderJson } from "../core/render/json.js";

export const REPORT_FILE = "readiness-report.json";

/** In `RUNNER_TEMP` when the runner has one (never into the user's tree), else beside the assessed root. */
export async function writeReport(
  env: Record<string, string | undefined>,
  root: string,
  report: Report,
  warn: (m: string) => void,
): Promise<string | null> {
  const dir = env.RUNNER_TEMP ? path.resolve(env.RUNNER_TEMP, "readiness-gate") : root;
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
