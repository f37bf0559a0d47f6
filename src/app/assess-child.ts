/** The isolated process's side: one assessment request in over IPC, one response out, then exit. */
import { assessRepository } from "../engine/assess-repository.js";
import { type AssessmentRequest, applyServerLimits, type ChildMessage } from "./isolation.js";

/** The child's side: one request in, one response out, then exit. */
export function serveOneAssessment(): void {
  // The server died (kill -9, a crash): nobody will read the result, and its job goes to another worker.
  process.once("disconnect", () => process.exit(1));
  process.once("message", (req: AssessmentRequest) => {
    assessRepository({
      root: req.root,
      config: req.config,
      extraArtifacts: req.extraArtifacts,
      unopened: req.unopened,
      overrideConfig: applyServerLimits(req.limits),
      links: {
        // No `${VAR}` in a repository's link headers can reach the server's environment.
        env: {},
        githubApiUrl: req.apiUrl,
        ...(req.linkToken ? { githubToken: req.linkToken } : {}),
      },
      now: new Date(req.now),
      ...(req.base ? { baseline: [{ kind: "tree" as const, root: req.base.root, sha: req.base.sha }] } : {}),
    }).then(
      (r) => send({ ok: true, result: { report: r.report, notices: r.notices } }),
      (e: unknown) => send({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
  });
}

function send(m: ChildMessage): void {
  process.send?.(m, () => process.exit(0));
}
