/**
 * The file-system adapter shared by the CLI and the Action: reads the config, finds documentation files and
 * artifacts, and hands the engine content. Everything that touches the disk for an assessment lives here.
 */
import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../../../core/config/schema.js";
import type { AssessInput } from "../../../core/assess.js";
import type { DocFile } from "../../../core/documentation/analyze.js";
import type { ExternalLinkChecker } from "../../../core/documentation/external-links.js";
import type { RepoView } from "../../../core/repo-view.js";
import type { RepositoryIdentity } from "../../../core/documentation/self-links.js";
import { mapLimit } from "../../../core/util/limit.js";
import { openArtifacts } from "./artifact-files.js";
import { matchArtifacts, patternOutsideRoot } from "./artifact-glob.js";
import type { ArtifactEntry, EmptyPattern } from "../../../core/model/report.js";
import { listDocFiles, listRepoFiles, loadGitignore } from "./repo-files.js";
import { DEFAULT_LINT_CONFIG } from "../../../core/documentation/lint.js";
import { executableNotices, findMarkdownlintConfigs, hasPackageJsonConfig, lintWithCli2 } from "./markdownlint-cli2.js";
import type { PrecomputedScan } from "../../../core/documentation/precomputed-scan.js";
import { siteConfigCandidates } from "../../../core/documentation/site-profile.js";
import { readSiteFiles } from "./site-files.js";

/** Documentation files larger than this are reported, not parsed (a 20 MB one-line file is not documentation). */
export const MAX_DOC_BYTES = 5 * 1024 * 1024;
/** Documentation files read at once. */
const DOC_READ_CONCURRENCY = 64;

export interface CollectOptions {
  root: string;
  config: Config;
  /** Extra artifact globs (CLI `--artifacts`, Action `artifacts` input), relative to the root. */
  extraArtifacts?: string[];
  /** Checks external links (network); passed to documentation analysis. Absent: external links are not checked. */
  externalLinkChecker?: ExternalLinkChecker;
  /** Globs never assessed as documentation whatever the config says (a front door's own input folders). */
  excludeDocs?: string[];
  /** This repository on GitHub (absolute links to it are checked against the tree). */
  repository?: RepositoryIdentity;
  /** Only these documentation files are read (a shard's share; none for a merge of shards). Default: all. */
  docFilter?: (path: string) => boolean;
}

export type CollectedInput = Omit<AssessInput, "now" | "toolVersion">;

export function fsRepoView(root: string, files: readonly string[]): RepoView {
  return {
    files: () => files,
    read: async (p) => {
      const abs = path.resolve(root, p);
      if (!abs.startsWith(path.resolve(root) + path.sep)) return null;
      try {
        const st = await lstat(abs);
        if (!st.isFile() || st.size > MAX_DOC_BYTES) return null;
        return await readFile(abs, "utf8");
      } catch {
        return null;
      }
    },
  };
}

export async function collect(opts: CollectOptions): Promise<CollectedInput> {
  const { root, config } = opts;
  const notices: string[] = [];
  const [repoFiles, isIgnored] = await Promise.all([listRepoFiles(root), loadGitignore(root)]);

  // Documentation patterns that leave the repository are refused with a notice (and would make `ignore` throw).
  const docInclude = config.documentation.include.filter((p) => {
    const why = patternOutsideRoot(p);
    if (why) notices.push(`documentation pattern ${JSON.stringify(p)} ${why}; it was not used`);
    return !why;
  });
  const { paths: docPaths, excluded: excludedDocs } = config.documentation.enabled
    ? await listDocFiles(root, docInclude, [...(opts.excludeDocs ?? []), ...config.documentation.exclude], isIgnored)
    : { paths: [], excluded: [] };
  const docs: DocFile[] = [];
  const unreadableDocs: { path: string; reason: string }[] = [];
  // Bounded: one open file per document at once ran into the open-file limit (EMFILE) on a 20,000-file tree.
  await mapLimit(opts.docFilter ? docPaths.filter(opts.docFilter) : docPaths, DOC_READ_CONCURRENCY, async (p) => {
    try {
      const abs = path.join(root, p);
      const st = await lstat(abs);
      if (st.size > MAX_DOC_BYTES) {
        unreadableDocs.push({
          path: p,
          reason: `is ${(st.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_DOC_BYTES / 1024 / 1024} MB limit for documentation files`,
        });
        return;
      }
      docs.push({ path: p, content: await readFile(abs) });
    } catch (e) {
      unreadableDocs.push({ path: p, reason: (e as Error).message });
    }
  });
  docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // In path order, not in the order the reads failed: the report is the same from run to run (and shard to merge).
  unreadableDocs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const artifactSpecs = [
    ...config.artifacts,
    ...(opts.extraArtifacts ?? []).map((p) => ({ path: p, format: "auto" as const })),
  ];
  const matches: { path: string; format: string; scenario?: string }[] = [];
  const refused: ArtifactEntry[] = [];
  const seen = new Set<string>();
  const emptyPatterns: EmptyPattern[] = [];
  for (const spec of artifactSpecs) {
    const outside = patternOutsideRoot(spec.path);
    if (outside) {
      notices.push(`artifact pattern ${JSON.stringify(spec.path)} ${outside}; it was not used`);
      continue;
    }
    const { files: found, refused: notRead } = await matchArtifacts(root, spec.path, seen);
    refused.push(...notRead);
    if (found.length === 0 && notRead.length === 0) emptyPatterns.push({ kind: "artifact", pattern: spec.path });
    for (const f of found)
      matches.push({
        path: f,
        format: spec.format,
        ...("scenario" in spec && spec.scenario ? { scenario: spec.scenario } : {}),
      });
  }
  const opened = await openArtifacts(root, matches);

  let baseline: AssessInput["baseline"];
  if (config.performance.baseline) {
    const pattern = config.performance.baseline.path;
    const outside = patternOutsideRoot(pattern);
    const found = outside ? [] : (await matchArtifacts(root, pattern)).files;
    if (outside) notices.push(`performance baseline ${JSON.stringify(pattern)} ${outside}; it was not used`);
    else if (found.length === 0) emptyPatterns.push({ kind: "performance-baseline", pattern });
    const b = await openArtifacts(
      root,
      found.map((f) => ({ path: f, format: "auto" })),
    );
    baseline = b.sources;
    for (const f of b.failed) notices.push(`baseline file ${f.path}: ${f.error}`);
  }

  const siteFiles = config.documentation.enabled
    ? await readSiteFiles(root, siteConfigCandidates(config.documentation.site, repoFiles), notices)
    : [];
  // With a declarative markdownlint configuration in the tree, markdownlint-cli2 itself applies it (per-directory
  // files, ignores, extends); code-based configurations are reported, never run.
  const lintConfigs = findMarkdownlintConfigs(
    repoFiles,
    docs.map((d) => d.path),
  );
  if (config.documentation.markdownlint) notices.push(...executableNotices(root, lintConfigs));
  if (hasPackageJsonConfig(root, repoFiles)) lintConfigs.declarative.push("package.json");
  // cli2 tokenizes every file it lints: the documentation scan is made from those tokens, not from a second parse.
  const precomputedScans = new Map<string, PrecomputedScan>();
  const markdownlintResults =
    config.documentation.markdownlint && lintConfigs.declarative.length > 0 && (docs.length > 0 || !opts.docFilter)
      ? await lintWithCli2(
          root,
          docs.map((d) => d.path),
          notices,
          precomputedScans,
        )
      : undefined;
  // A configuration that could not be used still means the repository opted in: the tuned defaults are scored.
  const markdownlintConfig =
    config.documentation.markdownlint && lintConfigs.declarative.length > 0 && !markdownlintResults
      ? DEFAULT_LINT_CONFIG
      : undefined;
  return {
    config,
    docs,
    repo: fsRepoView(root, repoFiles),
    artifacts: opened.sources,
    unopened: [...refused, ...opened.failed],
    unreadableDocs,
    notices,
    ...(emptyPatterns.length > 0 ? { emptyPatterns } : {}),
    ...(baseline ? { baseline } : {}),
    ...(markdownlintConfig ? { markdownlintConfig } : {}),
    documentationServices: {
      excluded: excludedDocs,
      ...(siteFiles.length > 0 ? { siteFiles } : {}),
      ...(opts.repository ? { repository: opts.repository } : {}),
      ...(markdownlintResults ? { markdownlintResults } : {}),
      ...(precomputedScans.size > 0 ? { precomputedScans } : {}),
      ...(opts.externalLinkChecker ? { externalLinkChecker: opts.externalLinkChecker } : {}),
    },
  };
}
