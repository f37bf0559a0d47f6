/** Reads the runner's event payload and, for `workflow_run`, the fork-safe setup's PR info file. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ContextError } from "./context.js";
import { PR_INFO_FILE, type PrInfo, parsePrInfo } from "./pr-info.js";

/** Folder the fork-safe publishing workflow downloads the first half's artifact into. */
export const PR_INPUT_DIR = "readiness-input";

export async function readEvent(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new ContextError(`could not read the event payload ${file}: ${(e as Error).message}`);
  }
}

/**
 * `readiness-input/` is where the documented fork-safe workflow downloads the untrusted artifact, kept out of the
 * workspace root so that it cannot replace the config or anything else the run reads.
 */
export async function readPrInfo(root: string, workspace: string, warn: (m: string) => void): Promise<PrInfo | null> {
  for (const dir of new Set([root, workspace, path.join(workspace, PR_INPUT_DIR)])) {
    const file = path.join(dir, PR_INFO_FILE);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch {
      continue;
    }
    try {
      return parsePrInfo(file, text);
    } catch (e) {
      warn(`${(e as Error).message}; no PR comment is written.`);
      return null;
    }
  }
  return null;
}
