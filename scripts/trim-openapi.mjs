// Copies the GitHub REST operations the Action uses, and every `$ref` they reach, out of GitHub's official
// OpenAPI description (the npm package @octokit/openapi) into test/fixtures/github/api.github.com.trimmed.json.
// The mock server starts in about a second on the trimmed file instead of ~18 s on the full one; an endpoint the
// code starts using without adding it here answers 404 in the tests, which is the reminder to add it.
//
// The full description is 385 MB installed, so it is not a dependency: fetch the version named in the trimmed
// file's info.description (23.0.2 today, or a newer one) only when regenerating:
//   npm pack @octokit/openapi@23.0.2 --pack-destination /tmp
//   tar -xzf /tmp/octokit-openapi-23.0.2.tgz -C /tmp package/package.json package/generated/api.github.com.json
//   node scripts/trim-openapi.mjs /tmp/package
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const OPERATIONS = [
  ["get", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["post", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["patch", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["delete", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["post", "/repos/{owner}/{repo}/check-runs"],
  ["patch", "/repos/{owner}/{repo}/check-runs/{check_run_id}"],
  ["get", "/repos/{owner}/{repo}/commits/{ref}/check-runs"],
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}"],
  // The PR's changed files: the last-resort baseline of a pull request run (changed-files mode).
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}/files"],
  // The GitHub App (src/app/): installation tokens, the default branch's config, the head commit's tarball,
  // workflow run artifacts, the `/readiness` command's permission check and reaction, fork PR lookup, and the
  // manifest registration of the setup page. The tarball and artifact downloads answer 302, which Prism cannot
  // proxy: the test fake serves those two itself and checks them against this description.
  ["post", "/app/installations/{installation_id}/access_tokens"],
  ["post", "/app-manifests/{code}/conversions"],
  // Also privileged Action events (pull_request_target, workflow_run): the config from the base or default branch.
  ["get", "/repos/{owner}/{repo}/contents/{path}"],
  ["get", "/repos/{owner}/{repo}/tarball/{ref}"],
  ["get", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"],
  ["get", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"],
  ["get", "/repos/{owner}/{repo}/collaborators/{username}/permission"],
  ["post", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"],
  ["get", "/repos/{owner}/{repo}/pulls"],
];

const pkgDir = process.argv[2];
if (!pkgDir) {
  console.error("usage: node scripts/trim-openapi.mjs <unpacked @octokit/openapi package directory>");
  process.exit(2);
}
const spec = JSON.parse(readFileSync(path.join(pkgDir, "generated", "api.github.com.json"), "utf8"));
const pkg = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8"));
if (pkg.name !== "@octokit/openapi") throw new Error(`${pkgDir} holds ${pkg.name}, not @octokit/openapi`);
const version = pkg.version;

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
