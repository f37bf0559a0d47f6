/**
 * Worker-thread entry for markdownlint (bundled on its own by scripts/build.mjs, see lint-session.ts): receives the
 * files one by one while the main thread parses them, lints them in arrival order and posts the `LintOutput` back
 * after the end message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { MarkdownLinter } from "./lint.js";
import type { LintWorkerData, LintWorkerMessage } from "./lint-session.js";

const port = parentPort;
if (port) {
  const { repoConfig } = workerData as LintWorkerData;
  const linter = new MarkdownLinter(repoConfig);
  port.on("message", (m: LintWorkerMessage) => {
    if (m.kind === "file") linter.add(m.path, m.text);
    else
      void linter.finish().then(
        (out) => port.postMessage(out),
        (e: unknown) => {
          // Surfaces as the worker's "error" event: the main thread then lints in-thread.
          setImmediate(() => {
            throw e;
          });
        },
      );
  });
}
