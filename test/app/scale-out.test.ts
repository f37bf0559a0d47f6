/**
 * Several App processes on one Redis, for real: each started by the test (source through tsx), webhooks signed
 * and spread over them, the Prism-validated fake GitHub as the state. SCALE_OUT_PROCESSES (default 3) changes
 * how many processes share the load, to compare throughput; the assertions hold for any count.
 */
import { generateKeyPairSync, randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisServer, startRedisServer } from "../setup/redis.js";
import { tarball } from "./archives.js";
import {
  appEnv,
  appState,
  control,
  deliver,
  type Loose,
  pullRequestPayload,
  type RunningApp,
  repoState,
  startApp,
  type TestApp,
  waitFor,
} from "./harness.js";
import { freshPrefix, sharedRedisUrl } from "./redis-harness.js";

const CONFIG = "documentation:\n  external-links: off\n  target: 95\nrequired-dimensions: [documentation]\n";
const PROCESSES = Number(process.env.SCALE_OUT_PROCESSES ?? 3);

/** One App registration with one installation per repository. */
async function registerInstallations(count: number): Promise<TestApp & { installations: number[] }> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const appId = randomInt(100_000, 999_999);
  const owner = "octo-org";
  const repos = Array.from({ length: count }, () => `scale-${randomUUID().slice(0, 8)}`);
  const installations = repos.map(() => randomInt(1_000_000, 9_999_999));
  await control("app/register", {
    appId,
    publicKey: publicKey.export({ type: "spki", format: "pem" }),
    slug: "readiness-gate",
    installations: repos.map((r, i) => ({ id: installations[i], repos: [`${owner}/${r}`] })),
  });
  return {
    appId,
    installationId: installations[0] as number,
    installations,
    owner,
    repos,
    privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
    secret: `secret-${randomUUID()}`,
  };
}

/** A tiny docs tree: a README with one broken link (the assessment's cost is the process, not the tree). */
const tree = (top: string) =>
  tarball([
    { path: `${top}/`, type: "Directory" },
    { path: `${top}/README.md`, data: "# Demo\n\nSee [the guide](docs/guide.md) and [gone](docs/gone.md).\n" },
    { path: `${top}/docs/`, type: "Directory" },
    { path: `${top}/docs/guide.md`, data: "# Guide\n\nHello.\n" },
  ]).toString("base64");

const shaOf = (repo: number, pr: number, push: number) =>
  `${repo.toString(16)}${pr.toString(16).padStart(2, "0")}${push}`.padEnd(40, "a");

interface LogLine {
  time: number;
  msg: string;
}
const parsed = (app: RunningApp): LogLine[] =>
  app.logs.flatMap((l) => {
    try {
      const j = JSON.parse(l) as { time?: number; msg?: string };
      return typeof j.time === "number" && typeof j.msg === "string" ? [{ time: j.time, msg: j.msg }] : [];
    } catch {
      return [];
    }
  });

/** The most jobs of one installation running at once, over the logs of every process. */
function peakPerInstallation(apps: RunningApp[]): Map<number, number> {
  const events: { time: number; inst: number; delta: number }[] = [];
  for (const a of apps)
    for (const l of parsed(a)) {
      const m = /^job .+ (started|finished) \(installation (\d+)/.exec(l.msg);
      if (m) events.push({ time: l.time, inst: Number(m[2]), delta: m[1] === "started" ? 1 : -1 });
    }
  // At one instant, a finish frees its slot before the next start takes it.
  events.sort((x, y) => x.time - y.time || x.delta - y.delta);
  const now = new Map<number, number>();
  const peak = new Map<number, number>();
  for (const e of events) {
    now.set(e.inst, (now.get(e.inst) ?? 0) + e.delta);
    peak.set(e.inst, Math.max(peak.get(e.inst) ?? 0, now.get(e.inst) ?? 0));
  }
  return peak;
}

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.99) - 1] ?? 0;

async function inBatches<T>(items: T[], size: number, fn: (t: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

function queueEnv(app: TestApp, redisUrl: string, prefix: string, extra: Record<string, string> = {}) {
  return appEnv(app, {
    REDIS_URL: redisUrl,
    READINESS_REDIS_PREFIX: prefix,
    // Enough slots over all processes for both installations' two each.
    READINESS_CONCURRENCY: String(Math.max(2, Math.ceil(4 / PROCESSES))),
    READINESS_PER_INSTALLATION: "2",
    READINESS_COALESCE_MS: "3000",
    READINESS_STALL_S: "4",
    READINESS_RETRY_DELAY_S: "1",
    READINESS_JOB_TIMEOUT_S: "60",
    ...extra,
  });
}

describe(`${PROCESSES} App processes on one Redis`, () => {
  let app: TestApp & { installations: number[] };
  let apps: RunningApp[] = [];
  const prefix = freshPrefix("scale");

  beforeAll(async () => {
    const redisUrl = sharedRedisUrl();
    app = await registerInstallations(2);
    apps = await Promise.all(Array.from({ length: PROCESSES }, () => startApp(queueEnv(app, redisUrl, prefix))));
  }, 90_000);
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
  });

  it("200 signed deliveries for 40 PRs with repeated pushes: the newest head of each assessed once, one comment each", async () => {
    const PRS_PER_REPO = 20;
    const PUSHES = 4;
    const prs = app.repos.flatMap((repo, r) =>
      Array.from({ length: PRS_PER_REPO }, (_, i) => ({ repo, r, number: i + 1 })),
    );
    const headsAt = (push: number) =>
      prs.map((p) => ({ number: p.number, headSha: shaOf(p.r, p.number, push), repo: p.repo }));
    for (const [r, repo] of app.repos.entries())
      await control("app/seed", {
        repo: `${app.owner}/${repo}`,
        files: { main: { ".github/readiness.yml": CONFIG } },
        tarballs: Object.fromEntries(
          prs
            .filter((p) => p.r === r)
            .flatMap((p) =>
              Array.from({ length: PUSHES }, (_, k) => {
                const sha = shaOf(p.r, p.number, k);
                return [sha, tree(`${repo}-${sha.slice(0, 7)}`)];
              }),
            ),
        ),
        pulls: headsAt(0).filter((h) => h.repo === repo),
      });
    const moveHeads = async (push: number) => {
      for (const repo of app.repos)
        await control("app/seed", {
          repo: `${app.owner}/${repo}`,
          pulls: headsAt(push).filter((h) => h.repo === repo),
        });
    };

    const acks: { status: number; ms: number }[] = [];
    let n = 0;
    const send = async (payload: Loose, id: string) => {
      const target = apps[n++ % apps.length] as RunningApp;
      const ack = await deliver(target, app.secret, "pull_request", payload, { id });
      acks.push(ack);
      return ack;
    };
    const payloadFor = (p: (typeof prs)[number], push: number) =>
      pullRequestPayload({ ...app, installationId: app.installations[p.r] as number }, p.repo, {
        action: push === 0 ? "opened" : "synchronize",
        number: p.number,
        headSha: shaOf(p.r, p.number, push),
      });
    const lastId = (p: (typeof prs)[number]) => `push-${p.repo}-${p.number}`;
    const t0 = Date.now();
    for (let push = 0; push < PUSHES; push++) {
      // GitHub moves the PR's head, then sends the event.
      if (push > 0) await moveHeads(push);
      await inBatches(prs, 20, (p) => send(payloadFor(p, push), push === PUSHES - 1 ? lastId(p) : randomUUID()));
    }
    const sentMs = Date.now() - t0;
    // While the assessments run, the newest push of each PR is delivered again, with the same delivery id, to
    // another process than the first time: these acknowledgements are timed under load.
    await waitFor(
      async () => apps.some((a) => parsed(a).some((l) => /^assessed \(/.test(l.msg))),
      "a first assessment",
      60_000,
    );
    n = 1;
    const underLoad: number[] = [];
    for (const p of prs) {
      underLoad.push((await send(payloadFor(p, PUSHES - 1), lastId(p))).ms);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(acks).toHaveLength(200);
    expect(new Set(acks.map((a) => a.status))).toEqual(new Set([200]));

    const states = await waitFor(
      async () => {
        const all = await Promise.all(app.repos.map((r) => repoState(`${app.owner}/${r}`)));
        const done = all.flatMap((s) => s.checkRuns).filter((c) => c.status === "completed").length;
        return done >= prs.length ? all : null;
      },
      "40 completed check runs",
      150_000,
    );
    // Let late or duplicate jobs (there should be none) show themselves.
    await new Promise((r) => setTimeout(r, 3500));
    const finalStates = await Promise.all(app.repos.map((r) => repoState(`${app.owner}/${r}`)));
    expect(finalStates.flatMap((s) => s.checkRuns).length).toBe(states.flatMap((s) => s.checkRuns).length);
    for (const [r, repo] of app.repos.entries()) {
      const s = finalStates[r];
      const downloads = (await appState(`${app.owner}/${repo}`)).downloads;
      for (const p of prs.filter((x) => x.r === r)) {
        const newest = shaOf(r, p.number, PUSHES - 1);
        const runs = s?.checkRuns.filter((c) => c.head_sha === newest) ?? [];
        expect(
          runs.map((c) => [c.status, c.conclusion]),
          `#${p.number} in ${repo}`,
        ).toEqual([["completed", "failure"]]);
        const comments = s?.comments.filter((c) => c.issue === p.number) ?? [];
        expect(comments, `comments on #${p.number}`).toHaveLength(1);
        // The comment is the newest head's: its file links point at that commit.
        expect(comments[0]?.body).toContain(`/blob/${newest}/`);
      }
      // Each newest head's tarball was fetched once: one assessment, whichever process took it. Older heads
      // were superseded before their jobs ran: never fetched, no check run.
      expect(downloads.length, `downloads in ${repo}`).toBe(PRS_PER_REPO);
      expect(s?.checkRuns.length).toBe(PRS_PER_REPO);
    }
    const peak = peakPerInstallation(apps);
    expect(app.installations.map((i) => peak.get(i))).toEqual([2, 2]);

    const starts = apps.flatMap(parsed).filter((l) => /^job .+ started/.test(l.msg));
    const ends = apps.flatMap(parsed).filter((l) => /^job .+ finished/.test(l.msg));
    const span = Math.max(...ends.map((l) => l.time)) - Math.min(...starts.map((l) => l.time));
    const assessed = apps.flatMap(parsed).filter((l) => /^assessed \(/.test(l.msg)).length;
    expect(assessed).toBe(40);
    const perProcess = apps.map((a) => parsed(a).filter((l) => /^assessed \(/.test(l.msg)).length);
    // Every process took a share of the work.
    expect(perProcess.every((c) => c > 0)).toBe(true);
    console.info(
      `[scale-out] ${PROCESSES} process(es): ${acks.length} deliveries (160 sent in ${sentMs} ms), ack p99 ${p99(acks.map((a) => a.ms)).toFixed(1)} ms overall, ` +
        `${p99(underLoad).toFixed(1)} ms for the 40 sent while assessing (max ${Math.max(...underLoad).toFixed(1)} ms); ` +
        `${assessed} assessments in ${(span / 1000).toFixed(1)} s = ${((assessed * 60_000) / span).toFixed(0)} per minute ` +
        `(assessments per process: ${perProcess.join("/")})`,
    );
  }, 240_000);

  it("kill -9 of the process running an assessment: another one takes the job over and completes the check run", async () => {
    if (apps.length < 2) throw new Error("taking a job over needs at least two processes (SCALE_OUT_PROCESSES)");
    const repo = app.repos[0] as string;
    const full = `${app.owner}/${repo}`;
    const sha = "d".repeat(40);
    // The head tarball arrives slowly, so the assessment is surely running when its process dies.
    await control("app/seed", {
      repo: full,
      tarballs: { [sha]: tree(`${repo}-kill`) },
      delays: { [sha]: 2500 },
      pulls: [{ number: 99, headSha: sha }],
    });
    const payload = pullRequestPayload(app, repo, { number: 99, headSha: sha });
    const before = (await appState(full)).downloads.length;
    expect((await deliver(apps[0] as RunningApp, app.secret, "pull_request", payload)).status).toBe(200);
    const jobLine = new RegExp(`^job ${full.replace("/", "\\/")}#99@${sha} started`);
    const victim = await waitFor(
      async () => apps.find((a) => parsed(a).some((l) => jobLine.test(l.msg))),
      "the job to start",
      30_000,
    );
    // Its check run is in progress and its tarball on the way (2.5 s): the process dies mid-assessment.
    await waitFor(async () => (await appState(full)).downloads.length > before, "the download to start");
    const pid = victim.child.pid as number;
    process.kill(pid, "SIGKILL");
    await victim.stop();
    const s = await waitFor(
      async () => {
        const st = await repoState(full);
        const runs = st.checkRuns.filter((c) => c.head_sha === sha);
        return runs.length === 1 && runs[0]?.status === "completed" ? st : null;
      },
      "the check run completed by another process",
      60_000,
    );
    expect(s.checkRuns.filter((c) => c.head_sha === sha).map((c) => c.conclusion)).toEqual(["failure"]);
    expect(s.comments.filter((c) => c.issue === 99)).toHaveLength(1);
    // Downloaded twice: by the process that died, then by the one that took the job over.
    expect((await appState(full)).downloads.length).toBe(before + 2);
    const rescuer = apps.filter((a) => a !== victim).find((a) => parsed(a).some((l) => jobLine.test(l.msg)));
    expect(parsed(rescuer as RunningApp).find((l) => jobLine.test(l.msg))?.msg).toContain(
      "taken over from a worker that stopped",
    );
    apps = apps.filter((a) => a !== victim);
  }, 90_000);
});

describe("Redis restarted while the App processes run", () => {
  let redis: RedisServer;
  let app: TestApp & { installations: number[] };
  let apps: RunningApp[] = [];

  beforeAll(async () => {
    sharedRedisUrl(); // fails saying why, where redis-server is missing
    redis = await startRedisServer();
    app = await registerInstallations(1);
    const prefix = freshPrefix("restart");
    apps = await Promise.all(
      [0, 1].map(() => startApp(queueEnv(app, redis.url, prefix, { READINESS_COALESCE_MS: "1000" }))),
    );
    await control("app/seed", {
      repo: `${app.owner}/${app.repos[0]}`,
      files: { main: { ".github/readiness.yml": CONFIG } },
    });
  }, 90_000);
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await redis?.stop();
  });

  it("a running assessment still completes, a refused delivery is taken when redelivered, lost waiting jobs come back the same way", async () => {
    const repo = app.repos[0] as string;
    const full = `${app.owner}/${repo}`;
    const sha = (c: string) => c.repeat(40);
    const seed = (c: string, n: number, delayMs = 0) =>
      control("app/seed", {
        repo: full,
        tarballs: { [sha(c)]: tree(`${repo}-${c}`) },
        ...(delayMs ? { delays: { [sha(c)]: delayMs } } : {}),
        pulls: [{ number: n, headSha: sha(c) }],
      });
    const pr = (c: string, n: number) => pullRequestPayload(app, repo, { number: n, headSha: sha(c) });
    const completedOn = (c: string) =>
      waitFor(
        async () => (await repoState(full)).checkRuns.find((r) => r.head_sha === sha(c) && r.status === "completed"),
        `the check run on ${c}`,
        60_000,
      );
    const [a, b] = apps as [RunningApp, RunningApp];

    // Running: B's assessment is in its slow download when Redis goes away.
    await seed("b", 2, 3000);
    await deliver(a, app.secret, "pull_request", pr("b", 2));
    await waitFor(async () => (await appState(full)).downloads.length > 0, "B's download to start", 30_000);
    // Waiting: D's job sits out its coalescing time in Redis.
    await seed("e", 4);
    const dAck = await deliver(b, app.secret, "pull_request", pr("e", 4), { id: "delivery-d" });
    expect(dAck.status).toBe(200);

    await redis.stop();
    // Away: a delivery cannot be stored; it is answered 500 (GitHub lists it as failed, to redeliver).
    await seed("c", 3);
    const refused = await deliver(b, app.secret, "pull_request", pr("c", 3), { id: "delivery-c" });
    expect(refused.status).toBe(500);
    const health = (await (await fetch(`${b.url}/healthz`)).json()) as { status: string; queue: { error?: string } };
    expect(health.status).toBe("ok");
    expect(typeof health.queue.error).toBe("string");

    redis = await startRedisServer(redis.port);
    // The result of the running assessment is on GitHub, whatever Redis lost.
    const run = await completedOn("b");
    expect(run.conclusion).toBe("failure");
    // The waiting job went with Redis: no check run on its commit.
    await new Promise((r) => setTimeout(r, 2000));
    expect((await repoState(full)).checkRuns.some((r) => r.head_sha === sha("e"))).toBe(false);

    // Both processes reconnect; redelivering the refused and the lost deliveries assesses them.
    await waitFor(
      async () => {
        const h = await Promise.all(
          apps.map(async (x) => (await (await fetch(`${x.url}/healthz`)).json()) as { queue: { error?: string } }),
        );
        return h.every((x) => x.queue.error === undefined);
      },
      "both processes back on Redis",
      30_000,
    );
    expect((await deliver(a, app.secret, "pull_request", pr("c", 3), { id: "delivery-c" })).status).toBe(200);
    expect((await deliver(a, app.secret, "pull_request", pr("e", 4), { id: "delivery-d" })).status).toBe(200);
    await completedOn("c");
    await completedOn("e");
    const s = await repoState(full);
    expect(s.comments.map((c) => c.issue).sort()).toEqual([2, 3, 4]);
  }, 150_000);
});

describe("Octokit's rate limiting with REDIS_URL", () => {
  let server: RunningApp | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it("is clustered on the same Redis: the throttling limiters keep their state there", async () => {
    const redisUrl = sharedRedisUrl();
    const app = await registerInstallations(1);
    const repo = app.repos[0] as string;
    const sha = "f".repeat(40);
    await control("app/seed", {
      repo: `${app.owner}/${repo}`,
      files: { main: { ".github/readiness.yml": CONFIG } },
      tarballs: { [sha]: tree(`${repo}-throttle`) },
      pulls: [{ number: 1, headSha: sha }],
    });
    const prefix = freshPrefix("throttle");
    server = await startApp(queueEnv(app, redisUrl, prefix, { READINESS_THROTTLE: "on", READINESS_COALESCE_MS: "0" }));
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, repo, { number: 1, headSha: sha }));
    await waitFor(
      async () => (await repoState(`${app.owner}/${repo}`)).checkRuns.find((r) => r.status === "completed"),
      "the check run",
      60_000,
    );
    const { Redis } = await import("ioredis");
    const redis = new Redis(redisUrl);
    const keys = (await redis.keys(`b_octokit-*-${prefix}-octokit_settings`)).sort();
    redis.disconnect();
    // plugin-throttling's limiter groups, one Bottleneck id each, shared by every process with this prefix.
    expect(keys).toEqual(
      ["auth", "global", "notifications", "write"].map((g) => `b_octokit-${g}-${prefix}-octokit_settings`),
    );
  }, 90_000);
});

describe("READINESS_ROLE", () => {
  const servers: RunningApp[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
  });

  it("a web-only process takes the delivery, a worker-only process assesses it and takes no webhooks", async () => {
    const redisUrl = sharedRedisUrl();
    const app = await registerInstallations(1);
    const repo = app.repos[0] as string;
    const full = `${app.owner}/${repo}`;
    const sha = "9".repeat(40);
    await control("app/seed", {
      repo: full,
      files: { main: { ".github/readiness.yml": CONFIG } },
      tarballs: { [sha]: tree(`${repo}-roles`) },
      pulls: [{ number: 5, headSha: sha }],
    });
    const prefix = freshPrefix("roles");
    const [web, worker] = await Promise.all(
      ["web", "worker"].map((role) =>
        startApp(queueEnv(app, redisUrl, prefix, { READINESS_ROLE: role, READINESS_COALESCE_MS: "0" })),
      ),
    );
    servers.push(web as RunningApp, worker as RunningApp);
    const payload = pullRequestPayload(app, repo, { number: 5, headSha: sha });
    expect((await deliver(worker as RunningApp, app.secret, "pull_request", payload)).status).toBe(404);
    expect((await deliver(web as RunningApp, app.secret, "pull_request", payload)).status).toBe(200);
    const run = await waitFor(
      async () => (await repoState(full)).checkRuns.find((r) => r.status === "completed"),
      "the check run",
      60_000,
    );
    expect([run.head_sha, run.conclusion]).toEqual([sha, "failure"]);
    const assessedBy = (s: RunningApp) => parsed(s).filter((l) => /^assessed \(/.test(l.msg)).length;
    // The worker logs "assessed" just after it completes the check run: wait for the line, not only the run.
    await waitFor(async () => assessedBy(worker as RunningApp) > 0 || null, "the worker's log line", 10_000);
    expect([assessedBy(web as RunningApp), assessedBy(worker as RunningApp)]).toEqual([0, 1]);
    const health = (await (await fetch(`${(worker as RunningApp).url}/healthz`)).json()) as Loose;
    expect([health.status, health.role]).toEqual(["ok", "worker"]);
  }, 90_000);
});

describe("retries on the shared queue", () => {
  let server: RunningApp | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it("a download outage is retried; one that outlasts the tries ends the check run failure with the reason", async () => {
    const redisUrl = sharedRedisUrl();
    const app = await registerInstallations(1);
    const repo = app.repos[0] as string;
    const full = `${app.owner}/${repo}`;
    const [passes, lasts] = ["1".repeat(40), "2".repeat(40)];
    const clean = (top: string) =>
      // One valid link: with markdownlint only advice (no configuration), a file with nothing to check is not assessed.
      tarball([
        { path: `${top}/README.md`, data: "# Demo\n\nNothing broken here: [back to the top](#demo).\n" },
      ]).toString("base64");
    await control("app/seed", {
      repo: full,
      files: { main: { ".github/readiness.yml": CONFIG } },
      tarballs: { [passes]: clean("passes"), [lasts]: clean("lasts") },
      // The first try of `passes` meets the outage; `lasts` meets it on both tries.
      downloadFailures: { [passes]: 1, [lasts]: 2 },
      pulls: [
        { number: 1, headSha: passes },
        { number: 2, headSha: lasts },
      ],
    });
    server = await startApp(
      queueEnv(app, redisUrl, freshPrefix("retry"), { READINESS_COALESCE_MS: "0", READINESS_JOB_ATTEMPTS: "2" }),
    );
    for (const [n, sha] of [
      [1, passes],
      [2, lasts],
    ] as const)
      await deliver(server, app.secret, "pull_request", pullRequestPayload(app, repo, { number: n, headSha: sha }));
    const s = await waitFor(
      async () => {
        const st = await repoState(full);
        return st.checkRuns.filter((r) => r.status === "completed").length === 2 ? st : null;
      },
      "both check runs completed",
      60_000,
    );
    const byHead = new Map(s.checkRuns.map((r) => [r.head_sha, r]));
    expect(byHead.get(passes)?.conclusion).toBe("success");
    expect([byHead.get(lasts)?.conclusion, byHead.get(lasts)?.output.title]).toEqual([
      "failure",
      "Readiness Gate could not run",
    ]);
    expect(byHead.get(lasts)?.output.summary).toMatch(/^downloading .+ failed: HTTP 503$/);
    // One check run per commit: the retry restarted the same one.
    expect(s.checkRuns).toHaveLength(2);
    // The PR whose assessment could not run is told so in its comment, not left without one.
    expect(s.comments.map((c) => `${c.issue} ${c.body.split("\n")[0]}`).sort()).toEqual([
      expect.stringMatching(/^1 ## .* Readiness: GO/),
      "2 ## ❗ Readiness Gate could not run",
    ]);
    expect((await appState(full)).downloads).toHaveLength(4);
  }, 90_000);
});
