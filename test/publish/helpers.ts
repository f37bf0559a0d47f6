/** Shared by the publisher and Action tests: the fake's control routes, unique repositories, a report builder. */
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { notAssessed } from "../../src/core/dimension.js";
import type { Finding, Report } from "../../src/core/model/report.js";
import { createGitHubClient, type GitHubClient } from "../../src/action/octokit.js";

export const apiUrl = () => inject("githubApiUrl");
const fakeUrl = () => inject("githubFakeUrl");

/** Each test gets its own repository on the fake, so parallel test files never share comments. */
export function uniqueRepo(): { owner: string; repo: string; full: string } {
  const repo = `repo-${randomUUID().slice(0, 8)}`;
  return { owner: "octo-org", repo, full: `octo-org/${repo}` };
}

async function control(route: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${fakeUrl()}/__control/${route}`, { method: "POST", body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`fake ${route}: ${res.status}`);
  return res.json();
}

export const seed = (
  repo: string,
  data: {
    comments?: { issue: number; body: string; login?: string }[];
    pulls?: { number: number; headSha: string }[];
    pullFiles?: { number: number; files: { filename: string; status: string }[] }[];
    /** token → login, for tokens that are not GITHUB_TOKEN. */
    identities?: Record<string, string>;
    /** Files the contents API serves, per ref. */
    files?: { ref: string; path: string; content: string }[];
  },
) => control("seed", { repo, ...data });

export const fault = (
  repo: string,
  f: {
    method: string;
    path: string;
    status: number;
    body?: unknown;
    headers?: Record<string, string>;
    times?: number;
    /** Do the work, then answer with the fault anyway (GitHub applied it; the answer was lost). */
    apply?: boolean;
    /** Never answer. */
    hang?: boolean;
  },
) => control("fault", { repo, ...f });

export interface FakeState {
  comments: { id: number; login: string; issue: number; body: string; created_at: string; updated_at: string }[];
  checkRuns: (Record<string, unknown> & {
    id: number;
    head_sha: string;
    status: string;
    conclusion: string | null;
    annotations: Record<string, unknown>[];
  })[];
  requests: { method: string; path: string; query: Record<string, string>; body: unknown }[];
}

export async function state(repo: string): Promise<FakeState> {
  const res = await fetch(`${fakeUrl()}/__control/state?repo=${encodeURIComponent(repo)}`, {
    method: "POST",
    body: JSON.stringify({ repo }),
  });
  return (await res.json()) as FakeState;
}

/** The real client, pointed at the Prism-validated fake, with waits scaled to zero. */
export function testClient(opts: { throttle?: boolean; log?: (m: string) => void } = {}): GitHubClient {
  return createGitHubClient({
    token: "ghs_test",
    baseUrl: apiUrl(),
    waitScale: 0,
    throttle: opts.throttle ?? false,
    ...(opts.log ? { log: opts.log } : {}),
  });
}

export function finding(i: number, over: Partial<Finding> = {}): Finding {
  return {
    dimension: "security",
    ruleId: `rule-${i}`,
    severity: "medium",
    message: `Finding number ${i}`,
    path: `src/file-${String(i).padStart(3, "0")}.ts`,
    line: i + 1,
    tool: "test",
    ...over,
  };
}

/** A complete report with assessed security and documentation and the given findings. */
export function makeReport(
  over: Partial<Report> = {},
  scores: { security?: number; documentation?: number } = {},
): Report {
  const security = scores.security ?? 93;
  const documentation = scores.documentation ?? 98;
  return {
    schemaVersion: 1,
    tool: { name: "readiness-gate", version: "1.0.0" },
    generatedAt: "2025-01-01T00:00:00.000Z",
    verdict: "go",
    score: (security + documentation) / 2,
    recommendation: "Deploy: every gate holds.",
    dimensions: {
      documentation: { status: "assessed", score: documentation, target: 90, metrics: {} },
      performance: notAssessed(80, "no load-test results were found"),
      security: { status: "assessed", score: security, target: 85, metrics: {} },
      compliance: notAssessed(100, "no compliance controls are declared"),
    },
    findings: [],
    artifacts: [],
    gates: [],
    risks: [],
    notices: [],
    ...over,
  };
}
