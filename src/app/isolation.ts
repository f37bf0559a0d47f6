/**
 * Each assessment runs in its own Node process with a heap limit, so one hostile repository (a huge SARIF, a
 * pathological Markdown file) can exhaust only that process. The child gets no server secret: its environment
 * is built here from scratch, and the only credential it sees is the one-repository, read-only token for the
 * link checker. It reads only the private directory it is given.
 */
import { fork } from "node:child_process";
import type { Config } from "../core/config/schema.js";
import type { ArtifactEntry, Report } from "../core/model/report.js";

/** What the server applies to every repository's config, whatever the repository asks for. */
export interface ServerLimits {
  externalLinks: "off" | "on";
  externalLinkConcurrency: number;
  allowPrivateHosts: string[];
}

export interface AssessmentRequest {
  root: string;
  config: { name: string; text: string | null };
  extraArtifacts: string[];
  unopened: ArtifactEntry[];
  limits: ServerLimits;
  linkToken?: string;
  apiUrl: string;
  now: string;
  /** The pull request's base commit, unpacked: findings already there are shown, not gating. */
  base?: { root: string; sha: string };
}

export interface AssessmentResponse {
  report: Report;
  notices: string[];
}

export type ChildMessage = { ok: true; result: AssessmentResponse } | { ok: false; error: string };

export const ROLE_VARIABLE = "READINESS_APP_ROLE";

export class AssessmentStopped extends Error {
  override name = "AssessmentStopped";
}

/** The assessment itself failed (its process crashed, ran out of memory, or threw): trying again will not help. */
export class AssessmentFailed extends Error {
  override name = "AssessmentFailed";
}

/** The repository's config with the server's limits applied. Pure; used in the child. */
export function applyServerLimits(limits: ServerLimits): (c: Config) => Config {
  return (c) => {
    const links = c.documentation.links;
    return {
      ...c,
      documentation: {
        ...c.documentation,
        "external-links": limits.externalLinks === "off" ? "off" : c.documentation["external-links"],
        links: {
          ...links,
          // Private addresses are an operator decision: a repository could otherwise probe the server's network.
          "allow-private-hosts": [...limits.allowPrivateHosts],
          concurrency: Math.min(links.concurrency, limits.externalLinkConcurrency),
          "per-host-concurrency": Math.min(links["per-host-concurrency"], limits.externalLinkConcurrency),
        },
      },
    };
  };
}

export interface IsolationOptions {
  /** The script to start (the App's entry; it serves one assessment when ROLE_VARIABLE is set). */
  entry: string;
  /** Node flags for the child (e.g. a TypeScript loader in development). */
  execArgv: string[];
  heapMb: number;
  signal: AbortSignal;
}

export function assessInChild(req: AssessmentRequest, opts: IsolationOptions): Promise<AssessmentResponse> {
  return new Promise((resolve, reject) => {
    if (opts.signal.aborted) return reject(new AssessmentStopped(String(opts.signal.reason)));
    const execArgv = [
      ...opts.execArgv.filter((a) => !a.startsWith("--max-old-space-size")),
      `--max-old-space-size=${opts.heapMb}`,
    ];
    const env: Record<string, string> = { [ROLE_VARIABLE]: "assess", NODE_ENV: "production" };
    for (const k of ["PATH", "TMPDIR", "LANG", "TZ"]) if (process.env[k]) env[k] = process.env[k] as string;
    const child = fork(opts.entry, [], {
      execArgv,
      env,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString("utf8")).slice(-4000);
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      opts.signal.removeEventListener("abort", onAbort);
      fn();
    };
    const onAbort = () => {
      child.kill("SIGKILL");
      finish(() => reject(new AssessmentStopped(String(opts.signal.reason))));
    };
    opts.signal.addEventListener("abort", onAbort);
    child.on("message", (m: ChildMessage) => {
      finish(() => (m.ok ? resolve(m.result) : reject(new AssessmentFailed(m.error))));
      child.disconnect();
    });
    child.on("error", (e) => finish(() => reject(e)));
    child.on("exit", (code, sig) => {
      const oom = /heap limit|out of memory/i.test(stderr);
      finish(() =>
        reject(
          new AssessmentFailed(
            oom
              ? `the assessment ran out of memory (the limit is ${opts.heapMb} MB, READINESS_ASSESS_HEAP_MB)`
              : `the assessment process ended unexpectedly (${sig ?? `exit code ${code}`})`,
          ),
        ),
      );
    });
    child.send(req);
  });
}
