/**
 * Worker-thread entry for the documentation work (bundled on its own by scripts/build.mjs, see doc-pool.ts): takes
 * batches of files and answers each with every file's parse, scan and lint outcome.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Configuration } from "markdownlint";
import type { DocWorkerData, DocWorkerReply, DocWorkerRequest } from "./doc-pool.js";
import { processBatch } from "./doc-work.js";

const port = parentPort;
if (port) {
  const { lintConfig } = workerData as DocWorkerData;
  port.on("message", (m: DocWorkerRequest) => {
    void processBatch(m.jobs, (lintConfig as Configuration | null) ?? undefined).then(
      (result) => port.postMessage({ id: m.id, result } satisfies DocWorkerReply),
      (e: unknown) => {
        // Surfaces as the worker's "error" event: the main thread then does the batch itself.
        setImmediate(() => {
          throw e;
        });
      },
    );
  });
}
