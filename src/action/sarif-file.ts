/** Writes the SARIF log beside the JSON report, for `github/codeql-action/upload-sarif` (the `sarif-file` output). */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Report } from "../core/model/report.js";
import { renderSarif } from "../core/render/sarif.js";

export const SARIF_FILE = "readiness-report.sarif";

export interface SarifFileOptions {
  /** The `config` input: the config file's path relative to the working directory. */
  config: string;
  /** The working directory relative to the repository root, with a trailing slash, or "". */
  pathPrefix: string;
}

/** The file's absolute path, or "" when it could not be written (after a warning: the run goes on). */
export async function writeSarifFile(
  report: Report,
  dir: string,
  options: SarifFileOptions,
  warn: (message: string) => void,
): Promise<string> {
  const file = path.join(dir, SARIF_FILE);
  try {
    await mkdir(dir, { recursive: true });
    const configPath = path.posix.normalize(options.config.split(path.sep).join("/"));
    await writeFile(file, renderSarif(report, { configPath, pathPrefix: options.pathPrefix }));
    return file;
  } catch (e) {
    warn(`Could not write the SARIF file to ${file}: ${(e as Error).message}`);
    return "";
  }
}
