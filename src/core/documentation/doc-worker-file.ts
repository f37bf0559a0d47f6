/**
 * Where the bundled documentation worker is: `doc-worker.js` beside the running bundle (dist/ and dist/cli/, copied
 * there by scripts/build.mjs). Running from TypeScript sources (vitest, tsx) there is no such file and the files are
 * parsed, scanned and linted in the main thread. Checking that the file exists is the only file-system access here:
 * starting a worker on a missing file would only fail later, asynchronously.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function bundledDocWorker(): string | undefined {
  try {
    // Name built at run time so that the bundler leaves this lookup alone instead of rewriting it.
    const file = fileURLToPath(new URL(["doc-worker", "js"].join("."), import.meta.url));
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}
