/**
 * markdownlint alongside the main thread's work. On a large tree markdownlint's own parse costs about as much as
 * remark's, so it runs in a worker thread that receives each file as soon as it has parsed and lints while the main
 * thread scans, checks code blocks and resolves links. Small trees, or no worker file (running from sources), lint
 * in-thread at the end as before. A worker that fails in any way is dropped and the files are linted in-thread, so
 * the result is always exactly what `runMarkdownlint` gives over the same files in the same order.
 */
import { Worker } from "node:worker_threads";
import { type LintOutput, runMarkdownlint } from "./lint.js";

/** Below this many files a worker's start-up (~100 ms to load markdownlint) costs more than it saves. */
export const WORKER_MIN_FILES = 50;

/**
 * The main thread's V8 stack (~984 KB) plus Node's 192 KB reserve: a file too deeply nested for markdownlint in the
 * main thread fails the same way in the worker (whose default stack is 4 MB).
 */
const WORKER_STACK_MB = (984 + 192) / 1024;

export interface LintWorkerData {
  repoConfig: Record<string, unknown> | undefined;
}

export type LintWorkerMessage = { kind: "file"; path: string; text: string } | { kind: "end" };

export interface LintWorkerSpec {
  file: string | URL;
}

export interface LintSession {
  /** A file that decoded and parsed; call in the same order as the files are added to `texts`. */
  add(path: string, text: string): void;
  /** The lint of `texts`: the files added, keyed and ordered as they were added. */
  finish(texts: ReadonlyMap<string, string>): Promise<LintOutput>;
}

function inThread(repoConfig: Record<string, unknown> | undefined): LintSession {
  return { add() {}, finish: (texts) => runMarkdownlint(texts, repoConfig) };
}

export function startLint(
  repoConfig: Record<string, unknown> | undefined,
  fileCount: number,
  worker: LintWorkerSpec | undefined,
): LintSession {
  if (!worker || fileCount <= WORKER_MIN_FILES) return inThread(repoConfig);
  let w: Worker;
  try {
    w = new Worker(worker.file, {
      workerData: { repoConfig } satisfies LintWorkerData,
      resourceLimits: { stackSizeMb: WORKER_STACK_MB },
    });
  } catch {
    return inThread(repoConfig);
  }
  const result = new Promise<LintOutput>((resolve, reject) => {
    w.once("message", (out: LintOutput) => resolve(out));
    w.once("error", reject);
    w.once("exit", (code) => reject(new Error(`the lint worker exited (${code})`)));
  });
  result.catch(() => {}); // Awaited in finish; a failure before then must not be an unhandled rejection.
  const sent = new Set<string>();
  let usable = true;
  return {
    add(path, text) {
      if (!usable) return;
      // A path seen twice would be re-ordered by the caller's map but not in the worker: lint in-thread instead.
      if (sent.has(path)) {
        usable = false;
        return;
      }
      sent.add(path);
      try {
        w.postMessage({ kind: "file", path, text } satisfies LintWorkerMessage);
      } catch {
        usable = false;
      }
    },
    async finish(texts) {
      try {
        if (!usable || sent.size !== texts.size) throw new Error("the lint worker did not get every file");
        w.postMessage({ kind: "end" } satisfies LintWorkerMessage);
        return await result;
      } catch {
        return await runMarkdownlint(texts, repoConfig);
      } finally {
        void w.terminate();
      }
    },
  };
}
