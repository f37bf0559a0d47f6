/** One assessment the queue holds: a pull request or commit of one installation's repository. */

export interface AssessJob {
  deliveryId: string;
  /** What asked for it (`pull_request.synchronize`, `/readiness`, …), for the log. */
  trigger: string;
  installationId: number;
  owner: string;
  repo: string;
  defaultBranch: string;
  headSha: string;
  pullNumber: number | null;
  /** The pull request's base commit: its tarball is the baseline (findings already there do not gate). */
  baseSha?: string;
  /** A completed workflow run whose artifacts feed the assessment (only if the config names its workflow). */
  workflowRun?: { id: number; name: string; path: string; headOwner: string; headBranch: string; fork: boolean };
}

/** Where artifacts are unpacked inside the assessed tree; the tarball may not write there. */
export const ARTIFACT_DIR = ".readiness-gate-artifacts";
