/**
 * Where the bundled markdownlint worker is: `lint-worker.js` beside the running bundle (dist/ and dist/cli/, copied
 * there by scripts/build.mjs). Running from TypeScript sources (vitest, tsx) there is no such file and markdownlint
 * runs in the main thread. Checking that the file exists is the only file-system access here: starting a worker on a
 * missing file would only fail later, asynchronously, after every file had been sent to it.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function bundledLintWorker(): string | undefined {
  try {
    // Name built at run time so that the bundler leaves this lookup alone instead of rewriting it.
    const file = fileURLToPath(new URL(["lint-worker", "js"].join("."), import.meta.url));
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}
