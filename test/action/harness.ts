/** A workspace on disk, a pull_request event from GitHub's examples, and a host that records what the Action did. */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import examplesJson from "@octokit/webhooks-examples" with { type: "json" };
import type { ActionHost } from "../../src/action/host.js";
import { seed } from "../publish/helpers.js";

/** GitHub's published example payloads (the package's typings describe a different shape than its JSON). */
const examples = examplesJson as unknown as { name: string; examples: unknown[] }[];

export const prEvent = examples
  .find((e) => e.name === "pull_request")
  ?.examples.find((x) => (x as { action?: string }).action === "opened") as {
  number: number;
  pull_request: { number: number; head: { sha: string } };
};
/** What GitHub puts in GITHUB_SHA for pull_request: the merge commit, which the check run must not use. */
export const MERGE_SHA = "f".repeat(40);

export async function workspace(config: string): Promise<{ dir: string; eventPath: string; runnerTemp: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "rg-action-"));
  await mkdir(path.join(dir, ".github"), { recursive: true });
  await writeFile(path.join(dir, ".github", "readiness.yml"), config);
  await writeFile(path.join(dir, "README.md"), "# Example\n\nHello.\n");
  const eventPath = path.join(dir, "..", `${path.basename(dir)}-event.json`);
  await writeFile(eventPath, JSON.stringify(prEvent));
  const runnerTemp = `${dir}-runner-temp`;
  await mkdir(runnerTemp, { recursive: true });
  return { dir, eventPath, runnerTemp };
}

export function githubEnv(
  ws: { dir: string; eventPath: string; runnerTemp: string },
  repo: string,
  apiUrl: string,
): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: ws.eventPath,
    GITHUB_REPOSITORY: repo,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_REF: `refs/pull/${prEvent.pull_request.number}/merge`,
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    RUNNER_TEMP: ws.runnerTemp,
  };
}

/** The PR the example event is about, as GitHub would have it (its head is the event's head SHA). */
export const seedPull = (repo: string, headSha = prEvent.pull_request.head.sha) =>
  seed(repo, { pulls: [{ number: prEvent.pull_request.number, headSha }] });

export interface RecordingHost extends ActionHost {
  outputs: Record<string, string>;
  notices: string[];
  annotations: { level: string; message: string; props: Record<string, unknown> }[];
  state: Record<string, string>;
  warnings: string[];
  failed: string | null;
  summary: string;
}

export function recordingHost(env: Record<string, string>, inputs: Record<string, string>): RecordingHost {
  const host: RecordingHost = {
    env,
    outputs: {},
    notices: [],
    annotations: [],
    state: {},
    warnings: [],
    failed: null,
    summary: "",
    // Tests of other behaviour run without a baseline (their workspaces are not git repositories); the baseline
    // tests ask for one.
    getInput: (name) => inputs[name] ?? (name === "baseline" ? "none" : ""),
    setOutput: (name, value) => {
      host.outputs[name] = value;
    },
    info: () => {},
    notice: (m) => {
      host.notices.push(m);
    },
    warning: (m) => {
      host.warnings.push(m);
    },
    error: (m) => {
      host.warnings.push(m);
    },
    setFailed: (m) => {
      host.failed = m;
    },
    annotate: (level, message, props) => {
      host.annotations.push({ level, message, props: { ...props } });
    },
    writeSummary: async (md) => {
      host.summary += md;
    },
    setSecret: () => {},
    saveState: (name, value) => {
      host.state[name] = value;
    },
    getState: (name) => host.state[name] ?? "",
  };
  return host;
}
