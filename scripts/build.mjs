// Rebuilds dist/ from src/ with ncc: dist/index.js (the Action), dist/cli/index.js (the CLI) and
// dist/app/index.js (the GitHub App), each with doc-worker.js (the worker thread that parses, scans and lints
// documentation files) beside it, and dist/post/index.js (the Action's `post:` step, which only closes a check run
// the main step left open).
// Deterministic: the same sources give the same bytes, which CI's check-dist relies on.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const ncc = "node_modules/@vercel/ncc/dist/ncc/cli.js";
const all = [
  { src: "src/action/index.ts", out: "dist" },
  { src: "src/cli/index.ts", out: "dist/cli" },
  { src: "src/app/index.ts", out: "dist/app" },
];
// `node scripts/build.mjs dist/app` rebuilds one bundle only (a test that needs a missing bundle builds just
// that one, leaving the others alone while other tests run them).
const only = process.argv[2];
const entries = only && only !== "dist" ? all.filter((e) => e.out === only) : all;
if (entries.length === 0) throw new Error(`no bundle ${only}; one of: ${all.map((e) => e.out).join(", ")}`);

if (only && only !== "dist") rmSync(only, { recursive: true, force: true });
else rmSync("dist", { recursive: true, force: true });
for (const { src, out } of entries) {
  execFileSync(
    process.execPath,
    [ncc, "build", src, "-o", out, "--license", "licenses.txt", "--quiet", "--target", "es2022"],
    {
      stdio: "inherit",
    },
  );
}
// The documentation worker thread (see src/core/documentation/doc-pool.ts) is bundled on its own and found at run
// time as doc-worker.js beside each bundle. Its licences are already in the main bundles' licenses.txt.
const worker = "dist/.doc-worker";
execFileSync(
  process.execPath,
  [ncc, "build", "src/core/documentation/doc-worker.ts", "-o", worker, "--quiet", "--target", "es2022"],
  { stdio: "inherit" },
);
const workerFiles = readdirSync(worker).filter((f) => f !== "package.json");
if (workerFiles.join() !== "index.js")
  throw new Error(`the documentation worker bundle has extra files: ${workerFiles.join(", ")}`);
for (const { out } of entries) copyFileSync(`${worker}/index.js`, `${out}/doc-worker.js`);
rmSync(worker, { recursive: true, force: true });
// The post step: its own small bundle. ncc's package.json beside it is dropped; dist/package.json covers it.
if (entries.some((e) => e.out === "dist")) {
  execFileSync(
    process.execPath,
    [
      ncc,
      "build",
      "src/action/post.ts",
      "-o",
      "dist/post",
      "--license",
      "licenses.txt",
      "--quiet",
      "--target",
      "es2022",
    ],
    { stdio: "inherit" },
  );
  rmSync("dist/post/package.json", { force: true });
}
// ncc names same-named assets (pino's and thread-stream's `worker.js`) worker.js, worker1.js, worker2.js in the
// order it happens to resolve them, which varies from run to run. Name them by content instead (identical copies
// become one file), so the same sources give the same bytes.
for (const { out } of entries) {
  const assets = readdirSync(out).filter((f) => /^worker\d*\.js$/.test(f));
  if (assets.length < 2) continue;
  const digestOf = new Map(
    assets.map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(`${out}/${f}`))
        .digest("hex"),
    ]),
  );
  const digests = [...new Set(digestOf.values())].sort();
  const nameOf = (digest) => `worker${digests.indexOf(digest) || ""}.js`;
  const contents = new Map(assets.map((f) => [digestOf.get(f), readFileSync(`${out}/${f}`)]));
  for (const f of assets) rmSync(`${out}/${f}`);
  for (const [digest, bytes] of contents) writeFileSync(`${out}/${nameOf(digest)}`, bytes);
  for (const f of readdirSync(out).filter((n) => n.endsWith(".js") && !/^worker\d*\.js$/.test(n))) {
    const text = readFileSync(`${out}/${f}`, "utf8");
    const next = text.replace(/(__webpack_require__\.ab \+ ")(worker\d*\.js)"/g, (m, head, name) =>
      digestOf.has(name) ? `${head}${nameOf(digestOf.get(name))}"` : m,
    );
    if (next !== text) writeFileSync(`${out}/${f}`, next);
  }
}
// The shell parser's WebAssembly module is read at run time from beside each bundle (see shell-syntax.ts).
for (const { out } of entries) copyFileSync("node_modules/sh-syntax/main.wasm", `${out}/sh-syntax.wasm`);
// The CLI is a bin: it keeps its shebang and must be executable.
const cli = "dist/cli/index.js";
if (entries.some((e) => e.out === "dist/cli")) {
  let text = readFileSync(cli, "utf8");
  if (!text.startsWith("#!")) text = `#!/usr/bin/env node\n${text}`;
  writeFileSync(cli, text);
  chmodSync(cli, 0o755);
}
if (!existsSync("dist/package.json")) writeFileSync("dist/package.json", '{"type":"module"}\n');
