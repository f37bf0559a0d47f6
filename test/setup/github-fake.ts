/**
 * A small stateful stand-in for the parts of the GitHub REST API the Action uses (issue comments, check runs,
 * one pull request read). It sits behind `prism proxy --errors`, so every request it receives has already been
 * validated against GitHub's OpenAPI description, and every response it gives is validated too: the fake cannot
 * drift from GitHub's schema. Responses start from the description's own examples and carry the state.
 *
 * State is kept per repository (`owner/repo`), so test files running in parallel each use their own repository
 * and never see each other's comments. `/__control/*` routes (called directly, not through Prism) seed state,
 * inject faults and read back what was received.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { startAppFake } from "./github-fake-app.js";

interface Spec {
  paths: Record<string, Record<string, { responses?: Record<string, { headers?: Record<string, unknown> }> }>>;
  components: { examples: Record<string, { value: unknown }> };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

interface Fault {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  times: number;
  apply: boolean;
  /** Never answer (a connection GitHub or a proxy left hanging). */
  hang: boolean;
}

/** A response nobody reads (for faults applied before their error answer). */
const discard = { writeHead: () => discard, end: () => discard } as unknown as ServerResponse;

interface FakeComment {
  id: number;
  issue: number;
  body: string;
  created_at: string;
  updated_at: string;
  login: string;
}

interface FakeCheckRun {
  id: number;
  record: Record<string, unknown>;
  annotations: unknown[];
}

interface RepoState {
  comments: FakeComment[];
  checkRuns: FakeCheckRun[];
  pulls: Map<number, string>;
  /** Changed files per PR (`GET /pulls/{n}/files`), seeded by tests. */
  pullFiles: Map<number, { filename: string; status: string }[]>;
  /** `ref:path` → file text (the contents API). */
  files: Map<string, string>;
  requests: RecordedRequest[];
  faults: Fault[];
}

export interface FakeGitHub {
  url: string;
  /** The URL clients reach (the adapter in front of Prism); used in `Link` headers and `url` fields. */
  setPublicUrl(url: string): void;
  close(): Promise<void>;
}

const clone = <T>(v: T): T => structuredClone(v);

// --- Check-run output rules GitHub enforces beyond the OpenAPI schema (a 422 from the real API): summary and
// text are at most 65,535 characters; annotation lines and columns are 32-bit integers; columns only on a
// single-line annotation.
const OUTPUT_TEXT_MAX = 65_535;
const INT32_MAX = 2_147_483_647;
function checkOutputProblem(output: Record<string, unknown> | undefined): string | null {
  if (!output) return null;
  for (const k of ["summary", "text"]) {
    const v = output[k];
    if (typeof v === "string" && v.length > OUTPUT_TEXT_MAX)
      return `output.${k} is too long (maximum is 65535 characters)`;
  }
  for (const a of (output.annotations as Record<string, unknown>[] | undefined) ?? []) {
    for (const k of ["start_line", "end_line", "start_column", "end_column"]) {
      const v = a[k];
      if (v !== undefined && !(Number.isInteger(v) && (v as number) >= 0 && (v as number) <= INT32_MAX))
        return `annotations.${k} must be an integer`;
    }
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line)
      return "annotations: start_column and end_column are only allowed when start_line equals end_line";
  }
  return null;
}
const unprocessable = (message: string) => ({
  message: "Validation Failed",
  errors: [message],
  documentation_url: "https://docs.github.com/rest/checks/runs",
});

export async function startFakeGitHub(specFile: string): Promise<FakeGitHub> {
  const spec = JSON.parse(readFileSync(specFile, "utf8")) as Spec;
  const example = (name: string): Record<string, unknown> => {
    const e = spec.components.examples[name];
    if (!e) throw new Error(`example ${name} missing from ${specFile}`);
    return clone(e.value) as Record<string, unknown>;
  };
  const commentTemplate = example("issue-comment");
  const checkRunTemplate = example("check-run");
  const pullTemplate = example("pull-request");
  const fileTemplate = example("content-file-response-if-content-is-a-file");
  const diffEntryTemplate = (example("diff-entry-items") as unknown as Record<string, unknown>[])[0] ?? {};

  let publicUrl = "http://127.0.0.1";
  let nextId = 1000;
  // A fake clock: every write advances one second, so "oldest" is well defined.
  let clock = Date.parse("2025-01-01T00:00:00Z");
  const tick = () => {
    clock += 1000;
    return new Date(clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  };
  const repos = new Map<string, RepoState>();
  // --- Token identities: who a token writes as. GITHUB_TOKEN (and any installation token, `ghs_…`) writes as the
  // app's bot user; other tokens are registered with `/__control/seed` `identities`.
  const identities = new Map<string, string>();
  const loginOf = (req: IncomingMessage): string => {
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ""))?.[1] ?? "";
    return identities.get(token) ?? "github-actions[bot]";
  };
  const repoState = (key: string): RepoState => {
    let s = repos.get(key);
    if (!s) {
      s = {
        comments: [],
        checkRuns: [],
        pulls: new Map(),
        pullFiles: new Map(),
        files: new Map(),
        requests: [],
        faults: [],
      };
      repos.set(key, s);
    }
    return s;
  };

  const commentJson = (key: string, c: FakeComment) => ({
    ...commentTemplate,
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${publicUrl}/repos/${key}/issues/comments/${c.id}`,
    html_url: `https://github.com/${key}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${publicUrl}/repos/${key}/issues/${c.issue}`,
    body: c.body,
    user: { ...(commentTemplate.user as object), login: c.login },
    created_at: c.created_at,
    updated_at: c.updated_at,
  });

  // The GitHub App's routes and checks live in github-fake-app.ts (created after `send`, below).
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, { ...(text ? { "content-type": "application/json; charset=utf-8" } : {}), ...headers });
    res.end(text);
  };

  const app = await startAppFake(
    spec,
    (res, status, body, headers) => send(res, status, body, headers),
    () => publicUrl,
  );

  const readBody = async (req: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  };

  const control = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const body = (await readBody(req)) as Record<string, unknown> | undefined;
    const repo = String(body?.repo ?? url.searchParams.get("repo") ?? "");
    const s = repoState(repo);
    if (url.pathname === "/__control/seed" && body) {
      for (const c of (body.comments as { body: string; login?: string; issue: number }[] | undefined) ?? []) {
        const t = tick();
        s.comments.push({
          id: nextId++,
          issue: c.issue,
          body: c.body,
          created_at: t,
          updated_at: t,
          login: c.login ?? "github-actions[bot]",
        });
      }
      for (const p of (body.pullFiles as
        | { number: number; files: { filename: string; status: string }[] }[]
        | undefined) ?? [])
        s.pullFiles.set(p.number, p.files);
      for (const p of (body.pulls as { number: number; headSha: string }[] | undefined) ?? [])
        s.pulls.set(p.number, p.headSha);
      for (const [token, login] of Object.entries((body.identities as Record<string, string> | undefined) ?? {}))
        identities.set(token, login);
      for (const f of (body.files as { ref: string; path: string; content: string }[] | undefined) ?? [])
        s.files.set(`${f.ref}:${f.path}`, f.content);
      return send(res, 200, { ok: true });
    }
    if (url.pathname === "/__control/fault" && body) {
      s.faults.push({
        method: String(body.method).toUpperCase(),
        path: new RegExp(String(body.path)),
        status: Number(body.status),
        body: body.body,
        headers: (body.headers as Record<string, string> | undefined) ?? {},
        times: Number(body.times ?? 1),
        apply: body.apply === true,
        hang: body.hang === true,
      });
      return send(res, 200, { ok: true });
    }
    if (url.pathname === "/__control/state") {
      return send(res, 200, {
        comments: s.comments.map((c) => ({
          id: c.id,
          login: c.login,
          issue: c.issue,
          body: c.body,
          created_at: c.created_at,
          updated_at: c.updated_at,
        })),
        checkRuns: s.checkRuns.map((r) => ({ ...r.record, annotations: r.annotations })),
        requests: s.requests,
      });
    }
    return send(res, 404, { message: "unknown control route" });
  };

  const api = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(url.pathname);
    if (!m) return send(res, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    const key = `${m[1]}/${m[2]}`;
    const rest = m[3] ?? "";
    const s = repoState(key);
    const method = req.method ?? "GET";
    const body = await readBody(req);
    s.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), body });

    const fault = s.faults.find((f) => f.times > 0 && f.method === method && f.path.test(rest));
    if (fault) {
      fault.times--;
      // `apply`: GitHub did the work but the answer was lost (a 502 from a proxy, a dropped connection).
      if (fault.apply) await route(discard);
      if (fault.hang) return;
      return send(res, fault.status, fault.body, fault.headers);
    }
    // --- GitHub App: installation tokens required on its repositories, and its own routes ---
    const denied = app.authorize(req, key, method);
    if (denied) return send(res, denied.status, denied.body);
    if (app.repoRoute(req, res, url, key, rest, body)) return;
    // --- end of the GitHub App block ---
    return route(res);

    async function route(out: ServerResponse): Promise<void> {
      const listPath = /^\/issues\/(\d+)\/comments$/.exec(rest);
      const commentPath = /^\/issues\/comments\/(\d+)$/.exec(rest);
      const checkPath = /^\/check-runs\/(\d+)$/.exec(rest);
      const pullPath = /^\/pulls\/(\d+)$/.exec(rest);
      const pullFilesPath = /^\/pulls\/(\d+)\/files$/.exec(rest);
      const refChecksPath = /^\/commits\/([^/]+)\/check-runs$/.exec(rest);
      if (listPath) {
        const issue = Number(listPath[1]);
        if (method === "GET") {
          const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
          const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
          const all = s.comments.filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
          const last = Math.max(1, Math.ceil(all.length / perPage));
          const links: string[] = [];
          const pageUrl = (p: number) => `<${publicUrl}${url.pathname}?per_page=${perPage}&page=${p}>`;
          if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
          if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`);
          const items = all.slice((page - 1) * perPage, page * perPage).map((c) => commentJson(key, c));
          return send(out, 200, items, links.length ? { link: links.join(", ") } : {});
        }
        if (method === "POST") {
          const t = tick();
          const c: FakeComment = {
            id: nextId++,
            issue,
            body: String((body as { body: string }).body),
            created_at: t,
            updated_at: t,
            login: app.commentLogin(req) ?? loginOf(req),
          };
          s.comments.push(c);
          return send(out, 201, commentJson(key, c), { location: `${publicUrl}/repos/${key}/issues/comments/${c.id}` });
        }
      }
      if (commentPath) {
        const id = Number(commentPath[1]);
        const c = s.comments.find((x) => x.id === id);
        if (!c) return send(out, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
        if (method === "PATCH") {
          c.body = String((body as { body: string }).body);
          c.updated_at = tick();
          return send(out, 200, commentJson(key, c));
        }
        if (method === "DELETE") {
          s.comments = s.comments.filter((x) => x.id !== id);
          return send(out, 204, undefined);
        }
      }
      if (rest === "/check-runs" && method === "POST") {
        const b = body as Record<string, unknown>;
        const problem = checkOutputProblem(b.output as Record<string, unknown> | undefined);
        if (problem) return send(out, 422, unprocessable(problem));
        const id = nextId++;
        const output = (b.output as Record<string, unknown> | undefined) ?? {};
        const annotations = (output.annotations as unknown[] | undefined) ?? [];
        const status = b.conclusion ? "completed" : ((b.status as string | undefined) ?? "queued");
        const record = {
          ...checkRunTemplate,
          id,
          node_id: `CR_${id}`,
          name: b.name,
          head_sha: b.head_sha,
          external_id: (b.external_id as string | undefined) ?? "",
          details_url: (b.details_url as string | undefined) ?? null,
          url: `${publicUrl}/repos/${key}/check-runs/${id}`,
          html_url: `https://github.com/${key}/runs/${id}`,
          status,
          conclusion: (b.conclusion as string | undefined) ?? null,
          started_at: (b.started_at as string | undefined) ?? tick(),
          completed_at: (b.completed_at as string | undefined) ?? null,
          output: {
            title: (output.title as string | undefined) ?? null,
            summary: (output.summary as string | undefined) ?? null,
            text: (output.text as string | undefined) ?? null,
            annotations_count: annotations.length,
            annotations_url: `${publicUrl}/repos/${key}/check-runs/${id}/annotations`,
          },
          pull_requests: [],
        };
        s.checkRuns.push({ id, record, annotations: [...annotations] });
        return send(out, 201, record);
      }
      if (checkPath && method === "PATCH") {
        const run = s.checkRuns.find((x) => x.id === Number(checkPath[1]));
        if (!run) return send(out, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
        const b = body as Record<string, unknown>;
        const rec = run.record as Record<string, unknown> & { output: Record<string, unknown> };
        const problem = checkOutputProblem(b.output as Record<string, unknown> | undefined);
        if (problem) return send(out, 422, unprocessable(problem));
        // --- Completed check runs are final (GitHub community discussion 24761; Mergify and Atlantis hit it):
        // once `completed`, neither the status nor the conclusion can change; a re-run needs a new check run.
        if (rec.status === "completed") {
          const reopens = b.status !== undefined && b.status !== "completed";
          const reconcludes = b.conclusion !== undefined && b.conclusion !== rec.conclusion;
          if (reopens || reconcludes)
            return send(out, 422, {
              message: "Validation Failed",
              errors: [{ resource: "CheckRun", code: "invalid", field: reopens ? "status" : "conclusion" }],
              documentation_url: "https://docs.github.com/rest/checks/runs#update-a-check-run",
            });
        }
        for (const k of ["name", "details_url", "external_id", "started_at", "status", "conclusion", "completed_at"]) {
          if (b[k] !== undefined) rec[k] = b[k];
        }
        if (b.conclusion !== undefined) rec.status = "completed";
        if (rec.status === "completed" && !rec.completed_at) rec.completed_at = tick();
        const output = b.output as Record<string, unknown> | undefined;
        if (output) {
          for (const k of ["title", "summary", "text"]) if (output[k] !== undefined) rec.output[k] = output[k];
          run.annotations.push(...((output.annotations as unknown[] | undefined) ?? []));
          rec.output.annotations_count = run.annotations.length;
        }
        return send(out, 200, rec);
      }
      if (refChecksPath && method === "GET") {
        const name = url.searchParams.get("check_name");
        const runs = s.checkRuns
          .filter((x) => x.record.head_sha === refChecksPath[1] && (name === null || x.record.name === name))
          .sort((a, b) => b.id - a.id)
          .map((x) => x.record);
        return send(out, 200, { total_count: runs.length, check_runs: runs });
      }
      // --- The contents API: one file at a ref (the trusted config of privileged events). Like GitHub, a ref
      // is required to be explicit here; an unknown file or ref is 404.
      const contentsPath = /^\/contents\/(.+)$/.exec(rest);
      if (contentsPath && method === "GET") {
        const filePath = decodeURIComponent(contentsPath[1] ?? "");
        const ref = url.searchParams.get("ref") ?? "";
        const text = s.files.get(`${ref}:${filePath}`);
        if (text === undefined)
          return send(out, 404, {
            message: "Not Found",
            documentation_url: "https://docs.github.com/rest/repos/contents",
          });
        const bytes = Buffer.from(text, "utf8");
        return send(out, 200, {
          ...fileTemplate,
          name: filePath.split("/").pop(),
          path: filePath,
          size: bytes.length,
          encoding: "base64",
          // GitHub wraps the base64 text at 60 characters.
          content: (bytes.toString("base64").match(/.{1,60}/g) ?? []).join("\n"),
          url: `${publicUrl}/repos/${key}/contents/${filePath}?ref=${ref}`,
        });
      }
      if (pullFilesPath && method === "GET") {
        // GitHub lists at most 3,000 files, 30 a page by default (100 at most).
        const all = (s.pullFiles.get(Number(pullFilesPath[1])) ?? []).slice(0, 3000);
        const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
        const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const next: Record<string, string> = {};
        if (page < last) next.link = `<${publicUrl}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        const items = all.slice((page - 1) * perPage, page * perPage).map((f) => ({ ...diffEntryTemplate, ...f }));
        return send(out, 200, items, next);
      }
      if (pullPath && method === "GET") {
        const n = Number(pullPath[1]);
        const sha = s.pulls.get(n);
        if (!sha) return send(out, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
        // The description's own example lists a team without the `type` its schema requires: leave teams out.
        return send(out, 200, {
          ...pullTemplate,
          number: n,
          requested_teams: [],
          head: { ...(pullTemplate.head as object), sha },
        });
      }
      return send(out, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    }
  };

  // --- GraphQL: only `viewer { login }`, the one query that tells any token (a PAT, GITHUB_TOKEN, an App
  // installation token) its own identity; REST `GET /user` is refused to installation tokens and `GET /app`
  // needs the App's JWT. GraphQL has no OpenAPI description, so the adapter sends it here past Prism.
  const graphql = async (req: IncomingMessage, res: ServerResponse) => {
    const body = (await readBody(req)) as { query?: unknown } | undefined;
    if (req.method !== "POST" || typeof body?.query !== "string")
      return send(res, 400, { message: "Problems parsing JSON" });
    if (!/^\s*(query\s*\w*\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(body.query))
      return send(res, 200, { errors: [{ message: "the fake answers only `query { viewer { login } }`" }] });
    return send(res, 200, { data: { viewer: { login: app.commentLogin(req) ?? loginOf(req) } } });
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/graphql") {
      graphql(req, res).catch((e: unknown) => send(res, 500, { message: String(e) }));
      return;
    }
    // GitHub App routes outside `/repos/` (tokens, manifest conversion) and `/__control/app/*`.
    const p = url.pathname;
    if (p.startsWith("/__control/app/") || (!p.startsWith("/__control/") && !p.startsWith("/repos/"))) {
      readBody(req)
        .then((body) => app.route(req, res, url, body))
        .then((handled) => {
          if (!handled) send(res, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
        })
        .catch((e: unknown) => send(res, 500, { message: String(e) }));
      return;
    }
    const handler = url.pathname.startsWith("/__control/") ? control : api;
    handler(req, res, url).catch((e: unknown) => send(res, 500, { message: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setPublicUrl: (u) => {
      publicUrl = u;
    },
    close: async () => {
      await app.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Hanging answers would keep the server open forever.
        server.closeAllConnections();
      });
    },
  };
}
