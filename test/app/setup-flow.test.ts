/**
 * The README's two commands from a fresh checkout, against the local stand-in: with no credentials,
 * `npm run app` serves Probot's setup page (the manifest from app.yml, webhooks pointed at `/`), the
 * registration's credentials land in `.env` with mode 0600, and the second start serves webhooks.
 */
import { copyFileSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { apiUrl, deliver, ROOT, type RunningApp, startApp } from "./harness.js";

const servers: RunningApp[] = [];
let cwd = "";
afterAll(async () => {
  for (const s of servers) await s.stop();
  if (cwd) await rm(cwd, { recursive: true, force: true });
});

/** `npm run app` as a user types it, in a directory holding the project's app.yml and package.json. */
function npmRunApp(dir: string, env: Record<string, string>) {
  return startApp(env, { cwd: dir, readyPattern: /Listening on (http:\/\/\S+?)"?$/ });
}

describe("npm run app", () => {
  it("registers through the setup page, writes .env 0600, then serves webhooks", async () => {
    cwd = await mkdtemp(path.join(tmpdir(), "rg-app-setup-"));
    copyFileSync(path.join(ROOT, "app.yml"), path.join(cwd, "app.yml"));
    copyFileSync(path.join(ROOT, "package.json"), path.join(cwd, "package.json"));
    const api = new URL(apiUrl());
    const env = {
      PATH: process.env.PATH ?? "",
      GHE_HOST: api.host,
      GHE_PROTOCOL: "http",
      HOST: "127.0.0.1",
      PORT: "0",
    };

    const setup = await npmRunApp(cwd, env);
    servers.push(setup);
    const page = await fetch(`${setup.url}/probot`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const manifest = JSON.parse(
      (/name="manifest"[^>]*value="([^"]*)"/.exec(html)?.[1] ?? /value='([^']*)'/.exec(html)?.[1] ?? "{}").replaceAll(
        "&quot;",
        '"',
      ),
    ) as { name: string; hook_attributes: { url: string }; default_permissions: Record<string, string> };
    expect(manifest.name).toBe("Readiness Gate");
    expect(manifest.hook_attributes.url).toBe(`${setup.url}/`);
    expect(manifest.default_permissions).toEqual({
      metadata: "read",
      contents: "read",
      pull_requests: "write",
      checks: "write",
      actions: "read",
      issues: "read",
      merge_queues: "read",
    });
    // GitHub sends the browser back with a code; the App trades it for its credentials.
    const back = await fetch(`${setup.url}/probot/setup?code=first-run`, { redirect: "manual" });
    expect(back.status).toBe(302);
    const file = path.join(cwd, ".env");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const written = parseEnv(readFileSync(file, "utf8")) as Record<string, string>;
    expect(written.WEBHOOK_SECRET).toBe("whsec-first-run");
    expect(written.PRIVATE_KEY).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+\n-----END RSA PRIVATE KEY-----\n?$/);
    await setup.stop();

    const serving = await startApp(env, { cwd });
    servers.push(serving);
    expect((await fetch(`${serving.url}/healthz`)).status).toBe(200);
    const ping = { zen: "Keep it logically awesome.", hook_id: 1, hook: {} };
    expect((await deliver(serving, written.WEBHOOK_SECRET ?? "", "ping", ping, { path: "/" })).status).toBe(200);
    expect((await deliver(serving, "wrong", "ping", ping)).status).toBe(400);
  });
});
