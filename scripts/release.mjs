#!/usr/bin/env node
// The release workflow's logic, runnable (and tested) outside GitHub Actions. On a version tag vX.Y.Z it:
//   1. checks the tag is checked out and package.json says X.Y.Z;
//   2. takes the "## [X.Y.Z]" section of CHANGELOG.md as the release notes (a missing or empty section fails);
//   3. rebuilds dist/ and fails when it differs from what the tag holds (the Action runs the committed dist/);
//   4. writes the notes to --notes-file;
//   5. unless --check-only: moves the major tag vX to the tag's commit and pushes it, unless the version is a
//      pre-release or older than the newest vX.*.* tag (then vX stays where it is).
// The workflow runs it with --check-only first, runs the tests, creates the GitHub release with the notes file,
// and only then runs it again to move the major tag, so vX never points at a version without a release.
//
// Usage: node scripts/release.mjs --tag v1.2.3 [--repo DIR] [--build "npm run build"] [--notes-file FILE]
//                                 [--remote origin] [--check-only] [--no-push]
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

class ReleaseError extends Error {}

const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/;

/** The section under `## [version]` (up to the next `## ` heading), trimmed; null when there is none. */
export function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(?:\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start === -1) return null;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end === -1) end = lines.length;
  // Link reference definitions at the end of the file belong to the whole changelog, not to the last section.
  const body = lines.slice(start + 1, end).filter((l) => !/^\[[^\]]+\]:\s/.test(l));
  return body.join("\n").trim() || null;
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

export function release(opts) {
  const repo = path.resolve(opts.repo ?? ".");
  const git = (...args) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
  const log = opts.log ?? ((m) => console.log(m));

  const m = TAG.exec(opts.tag ?? "");
  if (!m) throw new ReleaseError(`tag ${JSON.stringify(opts.tag)} is not a version tag like v1.2.3 or v1.2.3-rc.1`);
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
  const prerelease = m[4] !== undefined;
  const version = opts.tag.slice(1);

  let commit;
  try {
    commit = git("rev-parse", "--verify", "--quiet", `refs/tags/${opts.tag}^{commit}`);
  } catch {
    throw new ReleaseError(`tag ${opts.tag} does not exist in ${repo}`);
  }
  const head = git("rev-parse", "HEAD");
  if (head !== commit)
    throw new ReleaseError(
      `HEAD is ${head.slice(0, 12)}, not ${opts.tag} (${commit.slice(0, 12)}): check out the tag first`,
    );

  const pkg = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8"));
  if (pkg.version !== version)
    throw new ReleaseError(
      `package.json has version ${pkg.version}, the tag says ${version}: set "version": "${version}"`,
    );

  let changelog;
  try {
    changelog = readFileSync(path.join(repo, "CHANGELOG.md"), "utf8");
  } catch {
    throw new ReleaseError("CHANGELOG.md is missing");
  }
  const notes = changelogSection(changelog, version);
  if (notes === null) throw new ReleaseError(`CHANGELOG.md has no section "## [${version}]" with content`);

  // dist/ must be exactly what a fresh build of the tagged source produces.
  const build = opts.build ?? "npm run build";
  log(`Building: ${build}`);
  const built = spawnSync(build, { cwd: repo, shell: true, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (built.status !== 0) throw new ReleaseError(`the build failed (exit ${built.status}): ${built.stderr.trim()}`);
  const drift = git("status", "--porcelain", "--untracked-files=all", "--", "dist/");
  if (drift) {
    throw new ReleaseError(
      `dist/ differs from a fresh build of ${opts.tag}; run \`npm run build\`, commit dist/ and tag again:\n${drift}`,
    );
  }
  log(`dist/ matches a fresh build of ${opts.tag}`);

  if (opts.notesFile) writeFileSync(opts.notesFile, `${notes}\n`);
  if (opts.checkOnly) {
    log(`Release notes for ${opts.tag}:\n\n${notes}`);
    return { version, notes, movedTag: null, commit };
  }

  // The major tag follows the newest release of its line, never a pre-release or an older patch.
  const majorTag = `v${major}`;
  const newer = git("tag", "--list", `v${major}.*`)
    .split("\n")
    .map((t) => TAG.exec(t))
    .filter((t) => t && t[4] === undefined)
    .map((t) => [Number(t[1]), Number(t[2]), Number(t[3])])
    .some((v) => compare(v, [major, minor, patch]) > 0);
  if (prerelease || newer) {
    log(`${majorTag} stays where it is: ${opts.tag} is ${prerelease ? "a pre-release" : "not the newest release"}`);
    return { version, notes, movedTag: null, commit };
  }
  git("tag", "--force", majorTag, commit);
  if (opts.push !== false) git("push", "--quiet", "--force", opts.remote ?? "origin", `refs/tags/${majorTag}`);
  log(`${majorTag} now points at ${opts.tag} (${commit.slice(0, 12)})`);
  return { version, notes, movedTag: majorTag, commit };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (isMain) {
  const { values } = parseArgs({
    options: {
      tag: { type: "string" },
      repo: { type: "string" },
      build: { type: "string" },
      "notes-file": { type: "string" },
      remote: { type: "string" },
      "check-only": { type: "boolean" },
      "no-push": { type: "boolean" },
    },
  });
  try {
    release({
      tag: values.tag ?? process.env.GITHUB_REF_NAME,
      repo: values.repo,
      build: values.build,
      notesFile: values["notes-file"],
      remote: values.remote,
      checkOnly: values["check-only"] ?? false,
      push: !(values["no-push"] ?? false),
    });
  } catch (e) {
    if (!(e instanceof ReleaseError)) throw e;
    console.error(`release: ${e.message}`);
    process.exit(1);
  }
}
