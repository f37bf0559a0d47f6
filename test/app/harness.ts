/**
 * The App under test, for real: a per-run RSA key registered with the fake GitHub, the server started as a
 * child process (`node --import tsx src/app/index.ts`, or the bundle) with GHE_HOST at the local stand-in,
 * webhooks signed with `@octokit/webhooks-methods` and POSTed over HTTP, and the fake's state read back.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync, randomInt, randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import examplesJson from "@octokit/webhooks-examples" with { type: "json" };
import { sign } from "@octokit/webhooks-methods";
import { inject } from "vitest";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** A GitHub payload or API answer, shaped freely by the tests. */
// biome-ignore lint/suspicious/noExplicitAny: webhook payloads are deep, loosely typed JSON reshaped per test
export type Loose = Record<string, any>;

const examples = examplesJson as unknown as { name: string; examples: Record<string, unknown>[] }[];

/** A GitHub example payload (deep copy), the first of `name` with `action`. */
export function examplePayload(name: string, action: string): Loose {
  const e = examples.find((x) => x.name === name)?.examples.find((x) => x.action === action);
  if (!e) throw new Error(`no ${name}.${action} example`);
  return structuredClone(e) as Loose;
}

export const fakeUrl = () => inject("githubFakeUrl");
export const apiUrl = () => inject("githubApiUrl");

export async function control<T = Loose>(route: string, body: unknown): Promise<T> {
  const res = await fetch(`${fakeUrl()}/__control/${route}`, { method: "POST", body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`fake ${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface TestApp {
  appId: number;
  installationId: number;
  owner: string;
  repos: string[];
  privateKey: string;
  secret: string;
}

/** A fresh App registration with one installation on `count` new repositories. */
export async function registerApp(count = 1): Promise<TestApp> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const appId = randomInt(100_000, 999_999);
  const installationId = randomInt(1_000_000, 9_999_999);
  const owner = "octo-org";
  const repos = Array.from({ length: count }, () => `app-${randomUUID().slice(0, 8)}`);
  await control("app/register", {
    appId,
    publicKey: publicKey.export({ type: "spki", format: "pem" }),
    slug: "readiness-gate",
    installations: [{ id: installationId, repos: repos.map((r) => `${owner}/${r}`) }],
  });
  return {
    appId,
    installationId,
    owner,
    repos,
    privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
    secret: `secret-${randomUUID()}`,
  };
}

export interface RunningApp {
  url: string;
  child: ChildProcess;
  logs: string[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function appEnv(app: TestApp, extra: Record<string, string> = {}): Record<string, string> {
  const api = new URL(apiUrl());
  return {
    PATH: process.env.PATH ?? "",
    APP_ID: String(app.appId),
    PRIVATE_KEY: app.privateKey,
    WEBHOOK_SECRET: app.secret,
    GHE_HOST: api.host,
    GHE_PROTOCOL: "http",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_FORMAT: "json",
    LOG_LEVEL: "info",
    READINESS_THROTTLE: "off",
    READINESS_COALESCE_MS: "0",
    READINESS_EXTERNAL_LINKS: "off",
    ...extra,
  };
}

/** Starts the server (source through tsx, or `entry` with plain node) and waits for its listening line. */
export async function startApp(
  env: Record<string, string>,
  opts: { entry?: string; cwd?: string; readyPattern?: RegExp } = {},
): Promise<RunningApp> {
  const cwd = opts.cwd ?? (await mkdtemp(path.join(tmpdir(), "rg-app-cwd-")));
  const args = opts.entry
    ? [opts.entry]
    : [
        "--import",
        pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href,
        path.join(ROOT, "src/app/index.ts"),
      ];
  const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const logs: string[] = [];
  const pattern = opts.readyPattern ?? /listening on (http:\/\/[^\s"]+)/i;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the App did not start:\n${logs.join("\n")}`)), 30_000);
    const onData = (d: Buffer) => {
      for (const line of d.toString("utf8").split("\n")) {
        if (!line.trim()) continue;
        logs.push(line);
        const m = pattern.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1] ?? "");
        }
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the App exited with ${code}:\n${logs.join("\n")}`));
    });
  });
  return {
    url,
    child,
    logs,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

export async function deliver(
  app: { url: string },
  secret: string,
  event: string,
  payload: unknown,
  opts: { id?: string; signature?: string | null; path?: string } = {},
): Promise<{ status: number; ms: number; text: string }> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-github-event": event,
    "x-github-delivery": opts.id ?? randomUUID(),
  };
  const signature = opts.signature === undefined ? await sign(secret, body) : opts.signature;
  if (signature !== null) headers["x-hub-signature-256"] = signature;
  const t0 = performance.now();
  const res = await fetch(`${app.url}${opts.path ?? "/api/github/webhooks"}`, { method: "POST", headers, body });
  const text = await res.text();
  return { status: res.status, ms: performance.now() - t0, text };
}

export async function waitFor<T>(
  fn: () => Promise<T | undefined | null | false>,
  what: string,
  ms = 20_000,
): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
}

export interface RepoState {
  comments: { id: number; issue: number; body: string; login: string }[];
  checkRuns: {
    id: number;
    head_sha: string;
    name: string;
    status: string;
    conclusion: string | null;
    output: { title: string | null; summary: string | null; text: string | null };
    annotations: { path: string; start_line: number; message: string; annotation_level: string }[];
  }[];
  requests: { method: string; path: string; query: Record<string, string>; body: unknown }[];
}

export async function repoState(full: string): Promise<RepoState> {
  return control(`state?repo=${encodeURIComponent(full)}`, { repo: full });
}

export async function appState(full: string): Promise<{
  reactions: { commentId: number; content: string }[];
  downloads: { path: string; authorization: string | null }[];
}> {
  return control(`app/state?repo=${encodeURIComponent(full)}`, { repo: full });
}

/** A pull_request payload for `repo` with the installation and head set. */
export function pullRequestPayload(
  app: TestApp,
  repo: string,
  opts: { action?: string; number?: number; headSha: string; forkOwner?: string },
): Loose {
  const p = examplePayload("pull_request", "opened");
  p.action = opts.action ?? "opened";
  p.number = opts.number ?? 7;
  p.installation = { id: app.installationId, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" };
  p.repository = {
    ...p.repository,
    name: repo,
    full_name: `${app.owner}/${repo}`,
    owner: { ...p.repository.owner, login: app.owner },
    default_branch: "main",
  };
  p.pull_request.number = p.number;
  p.pull_request.draft = false;
  p.pull_request.head.sha = opts.headSha;
  if (opts.forkOwner) {
    p.pull_request.head.repo = {
      ...p.pull_request.head.repo,
      full_name: `${opts.forkOwner}/${repo}`,
      owner: { ...p.pull_request.head.repo.owner, login: opts.forkOwner },
      fork: true,
    };
  }
  return p;
}
