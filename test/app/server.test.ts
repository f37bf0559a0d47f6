import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  deliver,
  pullRequestPayload,
  type RunningApp,
  registerApp,
  repoState,
  startApp,
  appEnv,
  type TestApp,
  waitFor,
} from "./harness.js";

let app: TestApp;
let server: RunningApp;

beforeAll(async () => {
  app = await registerApp(1);
  server = await startApp(appEnv(app));
});
afterAll(async () => {
  await server?.stop();
});

const health = async () =>
  (await (await fetch(`${server.url}/healthz`)).json()) as { status: string; rssBytes: number };

/** POSTs `size` bytes in 1 MiB chunks; resolves with the status as soon as the server answers. */
function postLarge(size: number, chunked: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${server.url}/api/github/webhooks`);
    const req = request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": "push",
          "x-github-delivery": "large-1",
          "x-hub-signature-256": `sha256=${"0".repeat(64)}`,
          ...(chunked ? {} : { "content-length": String(size) }),
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    // The server closes the connection after its answer; the unsent rest of the body then fails to write.
    req.on("error", (e) => setTimeout(() => reject(e), 2000));
    const chunk = Buffer.alloc(1024 * 1024, "SECRET-PAYLOAD-MARKER ");
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

describe("the App's server", () => {
  it("answers /healthz", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.status).toBe("ok");
    expect(body.queue).toEqual({ waiting: 0, running: 0 });
  });

  it("refuses a wrong or missing signature with 400 and calls nothing on GitHub", async () => {
    const repo = app.repos[0] as string;
    const payload = pullRequestPayload(app, repo, { headSha: "a".repeat(40) });
    const wrong = await deliver(server, "not-the-secret", "pull_request", payload);
    const missing = await deliver(server, app.secret, "pull_request", payload, { signature: null });
    const onRoot = await deliver(server, "not-the-secret", "pull_request", payload, { path: "/" });
    expect([wrong.status, missing.status, onRoot.status]).toEqual([400, 400, 400]);
    expect(JSON.parse(wrong.text)).toEqual({ error: "signature does not match the payload and secret" });
    await new Promise((r) => setTimeout(r, 300));
    expect((await repoState(`${app.owner}/${repo}`)).requests).toEqual([]);
  });

  it("refuses a 26 MB body with 413, with bounded memory and no payload in the log", async () => {
    const before = await health();
    // Declared too large: refused before reading.
    expect(await postLarge(26 * 1024 * 1024, false)).toBe(413);
    // Chunked, with no declared length: read up to the 25 MB limit, then discarded as it arrives.
    expect(await postLarge(60 * 1024 * 1024, true)).toBe(413);
    const after = await health();
    // At most the limit is ever held (an unbounded reader would hold all 60 MB, several times over).
    expect(after.rssBytes - before.rssBytes).toBeLessThan(50 * 1024 * 1024);
    // The server's log arrives over its stdout pipe, which may trail the 413 response it wrote.
    const refusals = () => server.logs.filter((l) => l.includes("refused: body over 26214400 bytes"));
    await vi.waitFor(() => expect(refusals()).toHaveLength(2), { timeout: 5000, interval: 50 });
    expect(server.logs.some((l) => l.includes("SECRET-PAYLOAD-MARKER"))).toBe(false);
  });

  it("acknowledges a signed delivery on both paths at once and queues a job", async () => {
    const repo = app.repos[0] as string;
    const a = await deliver(
      server,
      app.secret,
      "pull_request",
      pullRequestPayload(app, repo, { headSha: "b".repeat(40) }),
      {
        id: "delivery-root",
        path: "/",
      },
    );
    const b = await deliver(
      server,
      app.secret,
      "pull_request",
      pullRequestPayload(app, repo, { headSha: "c".repeat(40), number: 8 }),
      {
        id: "delivery-api",
      },
    );
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(Math.max(a.ms, b.ms)).toBeLessThan(1000);
    expect(
      server.logs.some((l) =>
        l.includes(`pull_request.opened (delivery delivery-root) for ${app.owner}/${repo}#7: queued`),
      ),
    ).toBe(true);
    // Nothing to download for these commits: each check run ends `failure`, naming what went wrong.
    const s = await waitFor(async () => {
      const st = await repoState(`${app.owner}/${repo}`);
      return st.checkRuns.filter((r) => r.status === "completed").length === 2 ? st : null;
    }, "two completed check runs");
    expect(s.checkRuns.map((r) => [r.head_sha[0], r.conclusion, r.output.title]).sort()).toEqual([
      ["b", "failure", "Readiness Gate could not run"],
      ["c", "failure", "Readiness Gate could not run"],
    ]);
    // Each PR's comment says the gate could not run (no older verdict stays up as if it were current).
    expect(s.comments.map((c) => [c.issue, c.body.split("\n")[0]]).sort()).toEqual([
      [7, "## ❗ Readiness Gate could not run"],
      [8, "## ❗ Readiness Gate could not run"],
    ]);
  });
});
