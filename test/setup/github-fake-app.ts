/**
 * The GitHub App's side of the fake (kept apart from the Action's routes in github-fake.ts): App registration
 * and installation tokens, the contents API, the head commit's tarball, workflow run artifacts, collaborator
 * permissions, reactions, open pull requests by head, and the manifest conversion of the setup page.
 *
 * As strict as GitHub where the App relies on it:
 * - `POST /app/installations/{id}/access_tokens` verifies the App's JWT (RS256 with the registered public key,
 *   `iss` = the App id, `exp − iat ≤ 600`, not expired) before it mints a token; a token can be narrowed to some
 *   repositories and permissions, and a `contents: read` token cannot write.
 * - Every route of a repository that an installation covers requires one of that installation's tokens.
 * - The two redirecting downloads (tarball, artifact zip) cannot go through Prism (it follows a 302 and then
 *   fails to match the status), so the adapter sends them here directly; they are checked against the OpenAPI
 *   description here, answer 302 to a second local origin, and that origin refuses any Authorization header
 *   (the installation token must not follow a redirect to another host).
 * - Two of GitHub's own examples fail GitHub's schemas; they are patched here (the collaborator permission's
 *   `user.role_name`, the simple pull request's `requested_teams[].type`).
 */
import { createPublicKey, createVerify, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Send = (res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => void;

interface Spec {
  paths: Record<string, Record<string, { responses?: Record<string, { headers?: Record<string, unknown> }> }>>;
  components: { examples: Record<string, { value: unknown }> };
}

interface Token {
  installationId: number;
  repositories: string[] | null;
  permissions: Record<string, string>;
}

interface AppRepoState {
  files: Map<string, Map<string, string>>;
  tarballs: Map<string, Buffer>;
  /** A slow download host for a tarball (ms before it answers), to exercise time limits and shutdown. */
  delays: Map<string, number>;
  /** Head SHA → how many of its next tarball downloads the download host answers 503 (an outage). */
  downloadFailures: Map<string, number>;
  artifacts: Map<number, { id: number; name: string; zip: Buffer; expired: boolean }[]>;
  permissions: Map<string, string>;
  pulls: Map<number, { headSha: string; state: string; headLabel: string }>;
  reactions: { commentId: number; content: string }[];
  downloads: { path: string; authorization: string | null }[];
}

export interface AppFake {
  /** Routes outside `/repos/` (tokens, manifest conversion) and the `/__control/app/*` routes. */
  route(req: IncomingMessage, res: ServerResponse, url: URL, body: unknown): Promise<boolean>;
  /** A repository route refused for want of a valid installation token, or null. */
  authorize(req: IncomingMessage, key: string, method: string): { status: number; body: unknown } | null;
  /** Repository routes of the App; true when handled. */
  repoRoute(req: IncomingMessage, res: ServerResponse, url: URL, key: string, rest: string, body: unknown): boolean;
  /** The author of a comment written with this request's token (the App's bot user), or null. */
  commentLogin(req: IncomingMessage): string | null;
  close(): Promise<void>;
}

const notFound = { message: "Not Found", documentation_url: "https://docs.github.com/rest" };
const b64url = (s: string) => Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");

export async function startAppFake(spec: Spec, send: Send, publicUrl: () => string): Promise<AppFake> {
  const example = (name: string): Record<string, unknown> => {
    const e = spec.components.examples[name];
    if (!e) throw new Error(`example ${name} missing from the trimmed description`);
    return structuredClone(e.value) as Record<string, unknown>;
  };
  const apps = new Map<number, { publicKey: string; slug: string }>();
  const installations = new Map<number, { appId: number; repos: Set<string> }>();
  const tokens = new Map<string, Token>();
  /** What each token request asked for, per installation (to check least privilege). */
  const grants = new Map<number, { repositories: string[] | null; permissions: Record<string, string> | null }[]>();
  const repos = new Map<string, AppRepoState>();
  const state = (key: string): AppRepoState => {
    let s = repos.get(key);
    if (!s) {
      s = {
        files: new Map(),
        tarballs: new Map(),
        delays: new Map(),
        downloadFailures: new Map(),
        artifacts: new Map(),
        permissions: new Map(),
        pulls: new Map(),
        reactions: [],
        downloads: [],
      };
      repos.set(key, s);
    }
    return s;
  };
  const installationOf = (key: string) => [...installations.entries()].find(([, i]) => i.repos.has(key));
  const tokenOf = (req: IncomingMessage): [string, Token] | null => {
    const m = /^(?:token|bearer) (ghs_\w+)$/i.exec(String(req.headers.authorization ?? ""));
    const t = m?.[1] ? tokens.get(m[1]) : undefined;
    return m?.[1] && t ? [m[1], t] : null;
  };

  /** A download must be an operation of the description whose answer is a 302 with a Location header. */
  const checkDownload = (template: string) => {
    const r = spec.paths[template]?.get?.responses?.["302"];
    if (!r?.headers || !Object.keys(r.headers).some((h) => h.toLowerCase() === "location"))
      throw new Error(`GET ${template} is not a redirecting download in the description`);
  };

  // The second origin: short-lived download URLs, as GitHub's codeload and blob storage hosts.
  const blobs = new Map<string, { key: string; data: Buffer; type: string; delayMs: number; failWith?: number }>();
  const downloads: Server = createServer((req, res) => {
    const id = (req.url ?? "").replace(/^\/dl\//, "").split("?")[0] ?? "";
    const blob = blobs.get(id);
    if (!blob) return send(res, 404, notFound);
    const authorization = req.headers.authorization ?? null;
    state(blob.key).downloads.push({ path: req.url ?? "", authorization: authorization ? "present" : null });
    if (authorization)
      return send(res, 400, { message: "the download host takes no Authorization header (it is another origin)" });
    if (blob.failWith) return send(res, blob.failWith, { message: "Service Unavailable" });
    setTimeout(() => {
      res.writeHead(200, { "content-type": blob.type, "content-length": String(blob.data.length) });
      res.end(blob.data);
    }, blob.delayMs);
  });
  await new Promise<void>((resolve) => downloads.listen(0, "127.0.0.1", resolve));
  const downloadOrigin = `http://127.0.0.1:${(downloads.address() as AddressInfo).port}`;
  const redirect = (res: ServerResponse, key: string, data: Buffer, type: string, delayMs = 0, failWith?: number) => {
    const id = randomBytes(12).toString("hex");
    blobs.set(id, { key, data, type, delayMs, ...(failWith ? { failWith } : {}) });
    res.writeHead(302, { location: `${downloadOrigin}/dl/${id}?expires=60` });
    res.end();
  };

  const verifyJwt = (authorization: string): { appId: number } | string => {
    const m = /^bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/i.exec(authorization);
    if (!m) return "a JSON web token is required (Authorization: Bearer <jwt>)";
    const [, h, p, sig] = m as unknown as [string, string, string, string];
    let header: { alg?: string };
    let payload: { iss?: unknown; iat?: number; exp?: number };
    try {
      header = JSON.parse(b64url(h).toString("utf8"));
      payload = JSON.parse(b64url(p).toString("utf8"));
    } catch {
      return "the JSON web token could not be decoded";
    }
    if (header.alg !== "RS256") return "the JSON web token must be signed with RS256";
    const appId = Number(payload.iss);
    const app = apps.get(appId);
    if (!app) return `'Issuer' claim ('iss') must be a registered App id, not ${JSON.stringify(payload.iss)}`;
    const ok = createVerify("RSA-SHA256").update(`${h}.${p}`).verify(createPublicKey(app.publicKey), b64url(sig));
    if (!ok) return "A JSON web token could not be decoded (bad signature)";
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload.iat !== "number" || typeof payload.exp !== "number") return "'iat' and 'exp' are required";
    if (payload.exp - payload.iat > 600) return "'Expiration time' claim ('exp') is too far in the future";
    if (payload.exp < now)
      return "'Expiration time' claim ('exp') must be a numeric value representing the future time";
    if (payload.iat > now + 60)
      return "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued";
    return { appId };
  };

  const control = (res: ServerResponse, url: URL, body: Record<string, unknown>) => {
    if (url.pathname === "/__control/app/register") {
      apps.set(Number(body.appId), { publicKey: String(body.publicKey), slug: String(body.slug ?? "readiness-gate") });
      for (const i of (body.installations as { id: number; repos: string[] }[] | undefined) ?? [])
        installations.set(i.id, { appId: Number(body.appId), repos: new Set(i.repos) });
      return send(res, 200, { ok: true });
    }
    const key = String(body.repo ?? url.searchParams.get("repo") ?? "");
    const s = state(key);
    if (url.pathname === "/__control/app/seed") {
      for (const [ref, files] of Object.entries((body.files as Record<string, Record<string, string>>) ?? {}))
        s.files.set(ref, new Map(Object.entries(files)));
      for (const [sha, data] of Object.entries((body.tarballs as Record<string, string>) ?? {}))
        s.tarballs.set(sha, Buffer.from(data, "base64"));
      for (const [sha, ms] of Object.entries((body.delays as Record<string, number>) ?? {})) s.delays.set(sha, ms);
      for (const [sha, n] of Object.entries((body.downloadFailures as Record<string, number>) ?? {}))
        s.downloadFailures.set(sha, n);
      for (const [run, list] of Object.entries(
        (body.artifacts as Record<string, { id: number; name: string; zip: string; expired?: boolean }[]>) ?? {},
      ))
        s.artifacts.set(
          Number(run),
          list.map((a) => ({ id: a.id, name: a.name, zip: Buffer.from(a.zip, "base64"), expired: a.expired ?? false })),
        );
      for (const [login, perm] of Object.entries((body.permissions as Record<string, string>) ?? {}))
        s.permissions.set(login, perm);
      for (const p of (body.pulls as { number: number; headSha: string; state?: string; headLabel?: string }[]) ?? [])
        s.pulls.set(p.number, {
          headSha: p.headSha,
          state: p.state ?? "open",
          headLabel: p.headLabel ?? "octocat:topic",
        });
      return send(res, 200, { ok: true });
    }
    if (url.pathname === "/__control/app/state")
      return send(res, 200, { reactions: s.reactions, downloads: s.downloads });
    if (url.pathname === "/__control/app/grants") return send(res, 200, grants.get(Number(body.installationId)) ?? []);
    return send(res, 404, { message: "unknown control route" });
  };

  return {
    async route(req, res, url, body) {
      if (url.pathname.startsWith("/__control/app/")) {
        control(res, url, (body ?? {}) as Record<string, unknown>);
        return true;
      }
      const tokenPath = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(url.pathname);
      if (tokenPath && req.method === "POST") {
        const jwt = verifyJwt(String(req.headers.authorization ?? ""));
        if (typeof jwt === "string") {
          send(res, 401, { message: jwt, documentation_url: "https://docs.github.com/rest" });
          return true;
        }
        const id = Number(tokenPath[1]);
        const inst = installations.get(id);
        if (!inst || inst.appId !== jwt.appId) {
          send(res, 404, notFound);
          return true;
        }
        const b = (body ?? {}) as { repositories?: string[]; permissions?: Record<string, string> };
        grants.set(id, [
          ...(grants.get(id) ?? []),
          { repositories: b.repositories ?? null, permissions: b.permissions ?? null },
        ]);
        const token = `ghs_${randomBytes(18).toString("hex")}`;
        const permissions = b.permissions ?? {
          checks: "write",
          contents: "read",
          pull_requests: "write",
          metadata: "read",
        };
        tokens.set(token, { installationId: id, repositories: b.repositories ?? null, permissions });
        send(res, 201, {
          token,
          expires_at: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
          permissions,
          repository_selection: b.repositories ? "selected" : "all",
        });
        return true;
      }
      const manifest = /^\/app-manifests\/([^/]+)\/conversions$/.exec(url.pathname);
      if (manifest && req.method === "POST") {
        const { generateKeyPairSync } = await import("node:crypto");
        const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
        const appId = 900_000 + apps.size;
        apps.set(appId, {
          publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
          slug: "readiness-gate",
        });
        send(res, 201, {
          ...example("integration-from-manifest"),
          id: appId,
          slug: "readiness-gate",
          pem: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
          webhook_secret: `whsec-${manifest[1]}`,
        });
        return true;
      }
      return false;
    },

    authorize(req, key, method) {
      const inst = installationOf(key);
      if (!inst) return null;
      const t = tokenOf(req);
      if (!t || t[1].installationId !== inst[0])
        return { status: 401, body: { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" } };
      const repoName = key.split("/")[1] ?? "";
      if (t[1].repositories && !t[1].repositories.includes(repoName)) return { status: 404, body: notFound };
      const writes = Object.values(t[1].permissions).includes("write");
      if (method !== "GET" && !writes)
        return {
          status: 403,
          body: {
            message: "Resource not accessible by integration",
            documentation_url: "https://docs.github.com/rest",
          },
        };
      return null;
    },

    repoRoute(req, res, url, key, rest, body) {
      // Only repositories an App installation holds are the App's; the Action's repositories keep their routes.
      if (![...installations.values()].some((i) => i.repos.has(key))) return false;
      const s = state(key);
      const done = (status: number, b: unknown) => {
        send(res, status, b);
        return true;
      };
      const method = req.method ?? "GET";
      const contents = /^\/contents\/(.+)$/.exec(rest);
      if (contents && method === "GET") {
        const p = decodeURIComponent(contents[1] ?? "");
        const ref = url.searchParams.get("ref") ?? "main";
        const text = s.files.get(ref)?.get(p);
        if (text === undefined) return done(404, notFound);
        const content = Buffer.from(text, "utf8");
        send(res, 200, {
          ...example("content-file-response-if-content-is-a-file"),
          type: "file",
          encoding: "base64",
          size: content.length,
          name: p.split("/").pop(),
          path: p,
          content: content.toString("base64"),
        });
        return true;
      }
      const tarball = /^\/tarball\/(.+)$/.exec(rest);
      if (tarball && method === "GET") {
        checkDownload("/repos/{owner}/{repo}/tarball/{ref}");
        const data = s.tarballs.get(decodeURIComponent(tarball[1] ?? ""));
        if (!data) return done(404, notFound);
        const sha = decodeURIComponent(tarball[1] ?? "");
        const failing = s.downloadFailures.get(sha) ?? 0;
        if (failing > 0) s.downloadFailures.set(sha, failing - 1);
        redirect(res, key, data, "application/x-gzip", s.delays.get(sha) ?? 0, failing > 0 ? 503 : undefined);
        return true;
      }
      const runArtifacts = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest);
      if (runArtifacts && method === "GET") {
        const runId = Number(runArtifacts[1]);
        const list = s.artifacts.get(runId) ?? [];
        const template = (example("artifact-paginated").artifacts as Record<string, unknown>[])[0] ?? {};
        send(res, 200, {
          total_count: list.length,
          artifacts: list.map((a) => ({
            ...template,
            id: a.id,
            node_id: `MDg6QXJ0aWZhY3Qx${a.id}`,
            name: a.name,
            size_in_bytes: a.zip.length,
            expired: a.expired,
            url: `${publicUrl()}/repos/${key}/actions/artifacts/${a.id}`,
            archive_download_url: `${publicUrl()}/repos/${key}/actions/artifacts/${a.id}/zip`,
            workflow_run: { ...(template.workflow_run as object), id: runId },
          })),
        });
        return true;
      }
      const artifactZip = /^\/actions\/artifacts\/(\d+)\/([^/]+)$/.exec(rest);
      if (artifactZip && method === "GET") {
        checkDownload("/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}");
        // GitHub accepts only `zip` here.
        if (artifactZip[2] !== "zip") return done(404, notFound);
        const a = [...s.artifacts.values()].flat().find((x) => x.id === Number(artifactZip[1]));
        if (!a) return done(404, notFound);
        if (a.expired)
          return done(410, { message: "Artifact has expired", documentation_url: "https://docs.github.com/rest" });
        redirect(res, key, a.zip, "application/zip");
        return true;
      }
      const permission = /^\/collaborators\/([^/]+)\/permission$/.exec(rest);
      if (permission && method === "GET") {
        const login = decodeURIComponent(permission[1] ?? "");
        const perm = s.permissions.get(login) ?? "read";
        const ex = example("repository-collaborator-permission-response-if-user-has-admin-permissions");
        send(res, 200, {
          ...ex,
          permission: perm,
          role_name: perm,
          // GitHub's example lacks the `role_name` its own schema requires of the user.
          user: { ...(ex.user as object), login, role_name: perm },
        });
        return true;
      }
      const reactions = /^\/issues\/comments\/(\d+)\/reactions$/.exec(rest);
      if (reactions && method === "POST") {
        const content = String((body as { content?: string }).content);
        s.reactions.push({ commentId: Number(reactions[1]), content });
        send(res, 201, { ...example("reaction"), id: 7000 + s.reactions.length, content });
        return true;
      }
      const pull = /^\/pulls\/(\d+)$/.exec(rest);
      const seededPull = pull ? s.pulls.get(Number(pull[1])) : undefined;
      if (pull && seededPull && method === "GET") {
        const template = example("pull-request");
        send(res, 200, {
          ...template,
          // GitHub's example team lacks the `type` its own schema requires.
          requested_teams: ((template.requested_teams as Record<string, unknown>[] | undefined) ?? []).map((t) => ({
            ...t,
            type: "organization",
          })),
          number: Number(pull[1]),
          state: seededPull.state,
          head: { ...(template.head as object), sha: seededPull.headSha, label: seededPull.headLabel },
        });
        return true;
      }
      if (rest === "/pulls" && method === "GET") {
        const head = url.searchParams.get("head");
        const wantState = url.searchParams.get("state") ?? "open";
        const template = (example("pull-request-simple-items") as unknown as Record<string, unknown>[])[0] ?? {};
        // GitHub's example team lacks the `type` its own schema requires.
        const teams = ((template.requested_teams as Record<string, unknown>[] | undefined) ?? []).map((t) => ({
          ...t,
          type: "organization",
        }));
        const items = [...s.pulls.entries()]
          .filter(([, p]) => (wantState === "all" || p.state === wantState) && (!head || p.headLabel === head))
          .map(([n, p]) => ({
            ...template,
            number: n,
            state: p.state,
            requested_teams: teams,
            head: { ...(template.head as object), sha: p.headSha, label: p.headLabel },
          }));
        send(res, 200, items);
        return true;
      }
      return false;
    },

    commentLogin(req) {
      const t = tokenOf(req);
      if (!t) return null;
      const inst = installations.get(t[1].installationId);
      return `${(inst && apps.get(inst.appId)?.slug) ?? "app"}[bot]`;
    },

    close: () => new Promise<void>((resolve) => downloads.close(() => resolve())),
  };
}
