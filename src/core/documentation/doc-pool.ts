/**
 * Spreads the files' whole work (parse, scan, lint: `processDoc` in doc-work.ts) over worker threads, one per core,
 * so that a large tree takes about its CPU time divided by the cores. Files go out in batches, each to whichever
 * worker is free; results are put back in file order, so the outcome is exactly the in-thread one. Small trees, or no
 * worker file (running from sources), run in-thread. A worker that fails in any way is dropped and its batches are
 * done in-thread, so nothing is lost.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { LintError } from "markdownlint";
import type { DocJob, DocOutcome } from "./doc-work.js";
import type { LintOutput, LintSuppressed } from "./lint.js";

/** Files per batch: enough that messages cost little, few enough that the cores stay evenly loaded. */
export const BATCH_FILES = 100;
/** Below this many files the workers' start-up (~100–150 ms each, loading remark and markdownlint) costs more than it saves. */
export const WORKER_MIN_FILES = 50;
/** A batch holds at most this many characters (and BATCH_FILES files), so that the cores stay evenly loaded. */
const BATCH_CHARS = 256 * 1024;
/** More workers than this gain little: the main thread's own share (decoding, link resolution) is serial. */
const MAX_WORKERS = 4;

/**
 * The main thread's V8 stack (~984 KB) plus Node's 192 KB reserve: a file too deeply nested for the parser or
 * markdownlint in the main thread fails the same way in a worker (whose default stack is 4 MB).
 */
const WORKER_STACK_MB = (984 + 192) / 1024;

export interface DocWorkerSpec {
  file: string | URL;
  /** Worker threads to start; one per available core by default. */
  threads?: number;
}

export interface DocWorkerData {
  /** markdownlint's effective configuration, or null when linting is off or done elsewhere. */
  lintConfig: Record<string, unknown> | null;
}

export type DocWorkerRequest = { id: number; jobs: DocJob[] };
export type DocWorkerReply = { id: number; result: DocOutcome[] };

export interface DocWorkOutput {
  /** One per job, in job order; undefined for a job not started before the deadline. */
  outcomes: (DocOutcome | undefined)[];
  /** The lint of the jobs that scanned, in job order, when linting was asked for. */
  lint?: LintOutput;
}

function batches(jobs: readonly DocJob[]): DocJob[][] {
  const out: DocJob[][] = [];
  let current: DocJob[] = [];
  let chars = 0;
  for (const j of jobs) {
    if (current.length > 0 && (current.length >= BATCH_FILES || chars + j.text.length > BATCH_CHARS)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(j);
    chars += j.text.length;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Runs the batches on the workers; a batch whose worker failed, or that was not sent before `deadline`, stays undefined. */
async function onWorkers(
  spec: DocWorkerSpec,
  work: DocJob[][],
  data: DocWorkerData,
  deadline: number,
): Promise<(DocOutcome[] | undefined)[]> {
  const results: (DocOutcome[] | undefined)[] = new Array(work.length);
  const threads = Math.max(1, Math.min(spec.threads ?? availableParallelism(), MAX_WORKERS, work.length));
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      let w: Worker;
      try {
        w = new Worker(spec.file, { workerData: data, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
      } catch {
        resolve();
        return;
      }
      let settled = false;
      const done = () => {
        if (settled) return;
        settled = true;
        void w.terminate();
        resolve();
      };
      const send = () => {
        if (next >= work.length || performance.now() > deadline) return done();
        const id = next++;
        try {
          w.postMessage({ id, jobs: work[id] as DocJob[] } satisfies DocWorkerRequest);
        } catch {
          done();
        }
      };
      w.on("message", (m: DocWorkerReply) => {
        results[m.id] = m.result;
        send();
      });
      // A failed worker takes no more batches; the one it held is redone in-thread.
      w.once("error", done);
      w.once("exit", done);
      send();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}

/** The lint of the jobs, in job order; a path given twice keeps its first place and its last outcome, like a Map. */
function collectLint(
  jobs: readonly DocJob[],
  outcomes: readonly (DocOutcome | undefined)[],
  lintOutput: typeof import("./lint.js").lintOutput,
): LintOutput {
  const byPath = new Map<string, NonNullable<DocOutcome["lint"]>>();
  for (const [i, j] of jobs.entries()) {
    const lint = outcomes[i]?.lint;
    if (lint) byPath.set(j.path, lint);
  }
  const results: Record<string, LintError[]> = {};
  const failed: LintOutput["failed"] = [];
  const suppressed: LintSuppressed[] = [];
  for (const [path, lint] of byPath) {
    if ("failed" in lint) failed.push({ path, reason: lint.failed });
    else {
      results[path] = lint.errors;
      suppressed.push(...lint.suppressed);
    }
  }
  return lintOutput(byPath.keys(), results, failed, suppressed);
}

/**
 * Parses, scans and (when `lint`) lints every job. The result is the same whether it ran in workers or in-thread.
 * Jobs not started by `deadline` (a `performance.now()` time) are left out.
 */
export async function processDocs(
  jobs: readonly DocJob[],
  lint: { repoConfig: Record<string, unknown> | undefined } | undefined,
  worker: DocWorkerSpec | undefined,
  deadline = Number.POSITIVE_INFINITY,
): Promise<DocWorkOutput> {
  // Loaded on first use, not with the bundle: remark and markdownlint are a large part of the Action's start-up.
  const [{ processDoc }, { lintConfiguration, lintOutput }] = await Promise.all([
    import("./doc-work.js"),
    import("./lint.js"),
  ]);
  const lintConfig = lint ? lintConfiguration(lint.repoConfig) : undefined;
  const work = batches(jobs);
  const results =
    worker && jobs.length > WORKER_MIN_FILES
      ? await onWorkers(worker, work, { lintConfig: (lintConfig as Record<string, unknown>) ?? null }, deadline)
      : new Array<DocOutcome[] | undefined>(work.length);
  const outcomes: (DocOutcome | undefined)[] = [];
  for (const [i, batch] of work.entries()) {
    const done = results[i];
    if (done) {
      outcomes.push(...done);
      continue;
    }
    for (const j of batch)
      outcomes.push(performance.now() > deadline ? undefined : await processDoc(j.path, j.text, lintConfig));
  }
  return { outcomes, ...(lintConfig ? { lint: collectLint(jobs, outcomes, lintOutput) } : {}) };
}
