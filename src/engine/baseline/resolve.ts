/**
 * Finds the PR's baseline, trying the sources a front door offers in order: a saved report of the base commit,
 * the base commit assessed from the same checkout (a git worktree, fetched when the checkout is shallow), or the
 * files the PR changed. The first that works is used and the report says which; the others' problems are
 * notices.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ComparisonInput } from "../../core/compare/apply-comparison.js";
import type { Finding, Report } from "../../core/model/report.js";
import { addWorktree, changesSince, fetchCommit, gitToplevel, removeWorktree, resolveCommit } from "./git.js";

export type BaselineRequest =
  /** A report of the base commit (CLI `--baseline`, or one the Action restored from the cache). */
  | { kind: "report"; file: string; description?: string }
  /** The base commit, assessed from a worktree of the same checkout. `fetch`: fetch it when missing. */
  | { kind: "git"; ref: string; fetch?: boolean }
  /** The base commit's files, already on disk (the App unpacks the base tarball). */
  | { kind: "tree"; root: string; sha: string }
  /** Only the list of files the PR changed (e.g. from the pull request's files API, asked only when needed). */
  | { kind: "changed-files"; files: readonly string[] | (() => Promise<readonly string[]>); description: string };

/** Assesses another tree with the same settings (the engine passes itself in, to avoid an import cycle). */
export type AssessTree = (root: string) => Promise<Report>;

export interface ResolvedBaseline {
  comparison?: ComparisonInput;
  notices: string[];
}

const short = (sha: string) => sha.slice(0, 7);

export async function resolveBaseline(
  requests: readonly BaselineRequest[],
  root: string,
  assessTree: AssessTree,
): Promise<ResolvedBaseline> {
  const notices: string[] = [];
  const reasons: string[] = [];
  for (const request of requests) {
    try {
      const comparison = await fromRequest(request, root, assessTree, notices);
      if (comparison) return { comparison, notices };
    } catch (e) {
      reasons.push((e as Error).message.split("\n")[0] ?? "");
    }
  }
  if (requests.length > 0)
    notices.push(
      `no baseline could be used (${reasons.join("; ")}): every finding gates, old ones included (see docs/pull-requests.md)`,
    );
  return { notices };
}

async function fromRequest(
  request: BaselineRequest,
  root: string,
  assessTree: AssessTree,
  notices: string[],
): Promise<ComparisonInput | null> {
  if (request.kind === "changed-files") {
    const files = typeof request.files === "function" ? await request.files() : request.files;
    return { baseline: { kind: "changed-files", description: request.description }, changedFiles: new Set(files) };
  }
  if (request.kind === "tree") {
    const base = await assessTree(request.root);
    return {
      baseline: { kind: "base-commit", description: `the base commit ${short(request.sha)}`, sha: request.sha },
      findings: base.findings,
    };
  }
  if (request.kind === "report") {
    const report = parseBaselineReport(request.file, await readFile(request.file, "utf8"));
    const sha = report.context?.sha;
    const renames = sha ? await renamesSince(root, sha) : new Map<string, string>();
    return {
      baseline: {
        kind: "report",
        description:
          request.description ?? `the report ${path.basename(request.file)}${sha ? ` of ${short(sha)}` : ""}`,
        ...(sha ? { sha } : {}),
      },
      findings: report.findings,
      renames,
    };
  }
  const top = await gitToplevel(root);
  if (!top) throw new Error(`${root} is not inside a git repository, so the base ${request.ref} cannot be checked out`);
  let sha = await resolveCommit(top, request.ref);
  if (!sha && request.fetch && /^[0-9a-f]{40}$/.test(request.ref)) {
    try {
      await fetchCommit(top, request.ref);
      sha = await resolveCommit(top, request.ref);
    } catch (e) {
      notices.push(`baseline: could not fetch the base commit ${short(request.ref)}: ${(e as Error).message}`);
    }
  }
  if (!sha)
    throw new Error(
      `the base ${request.ref} is not in this checkout (a shallow clone? use actions/checkout with fetch-depth: 0, or let the action fetch it)`,
    );
  const under = path.relative(top, path.resolve(root)).split(path.sep).join("/");
  const dir = await mkdtemp(path.join(tmpdir(), "readiness-base-"));
  const tree = path.join(dir, "tree");
  try {
    await addWorktree(top, tree, sha);
    const base = await assessTree(under ? path.join(tree, under) : tree);
    const changes = await changesSince(top, sha, under);
    return {
      baseline: { kind: "base-commit", description: `the base commit ${short(sha)}`, sha },
      findings: base.findings,
      renames: changes.renames,
    };
  } finally {
    await removeWorktree(top, tree);
    await rm(dir, { recursive: true, force: true });
  }
}

async function renamesSince(root: string, sha: string): Promise<Map<string, string>> {
  const top = await gitToplevel(root);
  if (!top || !(await resolveCommit(top, sha))) return new Map();
  const under = path.relative(top, path.resolve(root)).split(path.sep).join("/");
  return (await changesSince(top, sha, under)).renames;
}

/** A saved readiness-gate JSON report: only what the comparison needs is checked, with one sentence when off. */
export function parseBaselineReport(file: string, text: string): Pick<Report, "findings" | "context"> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const r = raw as { schemaVersion?: unknown; findings?: unknown; context?: unknown };
  if (typeof raw !== "object" || raw === null || r.schemaVersion !== 1 || !Array.isArray(r.findings))
    throw new Error(`${file} is not a readiness-gate report (schemaVersion 1 with a findings list)`);
  const findings = (r.findings as unknown[]).filter(
    (f): f is Finding =>
      typeof f === "object" &&
      f !== null &&
      typeof (f as Finding).ruleId === "string" &&
      typeof (f as Finding).dimension === "string" &&
      typeof (f as Finding).message === "string",
  );
  const ctx = r.context as { sha?: unknown } | undefined;
  const sha = typeof ctx?.sha === "string" && /^[0-9a-f]{40}$/.test(ctx.sha) ? ctx.sha : undefined;
  return { findings, ...(sha ? { context: { sha } } : {}) };
}
