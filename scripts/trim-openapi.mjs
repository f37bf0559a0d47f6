// Copies the GitHub REST operations the Action uses, and every `$ref` they reach, out of GitHub's official
// OpenAPI description (@octokit/openapi) into test/fixtures/github/api.github.com.trimmed.json.
// The mock server starts in about a second on the trimmed file instead of ~18 s on the full one; an endpoint the
// code starts using without adding it here answers 404 in the tests, which is the reminder to add it.
// Usage: node scripts/trim-openapi.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

export const OPERATIONS = [
  ["get", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["post", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["patch", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["delete", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["post", "/repos/{owner}/{repo}/check-runs"],
  ["patch", "/repos/{owner}/{repo}/check-runs/{check_run_id}"],
  ["get", "/repos/{owner}/{repo}/commits/{ref}/check-runs"],
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}"],
  // Privileged events (pull_request_target, workflow_run) read the config from the base or default branch
  // through the API, never from the PR's files.
  ["get", "/repos/{owner}/{repo}/contents/{path}"],
];

const require = createRequire(import.meta.url);
const specPath = require.resolve("@octokit/openapi/generated/api.github.com.json");
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const version = JSON.parse(
  readFileSync(specPath.replace(/generated\/api\.github\.com\.json$/, "package.json"), "utf8"),
).version;

const out = {
  openapi: spec.openapi,
  info: {
    ...spec.info,
    description: `Trimmed from @octokit/openapi ${version} by scripts/trim-openapi.mjs; do not edit by hand.`,
  },
  servers: spec.servers,
  paths: {},
  components: {},
};
for (const [method, p] of OPERATIONS) {
  const item = spec.paths[p]?.[method];
  if (!item) throw new Error(`${method.toUpperCase()} ${p} is not in the OpenAPI description`);
  out.paths[p] ??= {};
  // Path-level keys (parameters, summary) apply to every method.
  for (const [k, v] of Object.entries(spec.paths[p]))
    if (!["get", "put", "post", "patch", "delete", "head", "options"].includes(k)) out.paths[p][k] = v;
  out.paths[p][method] = item;
}

// Follow every "#/components/<kind>/<name>" reference until no new one appears.
const seen = new Set();
const queue = [out.paths];
while (queue.length > 0) {
  const node = queue.pop();
  if (node === null || typeof node !== "object") continue;
  if (Array.isArray(node)) {
    queue.push(...node);
    continue;
  }
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" && typeof v === "string") {
      if (seen.has(v)) continue;
      seen.add(v);
      const m = /^#\/components\/([^/]+)\/(.+)$/.exec(v);
      if (!m) throw new Error(`unsupported $ref ${v}`);
      const [, kind, name] = m;
      const target = spec.components[kind]?.[name];
      if (target === undefined) throw new Error(`dangling $ref ${v}`);
      out.components[kind] ??= {};
      out.components[kind][name] = target;
      queue.push(target);
    } else {
      queue.push(v);
    }
  }
}
for (const kind of Object.keys(out.components)) {
  out.components[kind] = Object.fromEntries(Object.entries(out.components[kind]).sort(([a], [b]) => (a < b ? -1 : 1)));
}
const file = new URL("../test/fixtures/github/api.github.com.trimmed.json", import.meta.url);
writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${file.pathname}: ${OPERATIONS.length} operations, ${seen.size} components`);
