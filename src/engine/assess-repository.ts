/**
 * The one way any front door assesses a repository: config source → file sources → the external link checker's
 * lifecycle → the pure core assessment. Returns the report and the run's notices (things the user should know
 * that are not part of the report, e.g. a link-check header whose variable is unset), which each front door
 * shows in its own way.
 */
import path from "node:path";
import { assess } from "../core/assess.js";
import type { ComparisonInput } from "../core/compare/apply-comparison.js";
import type { Config } from "../core/config/schema.js";
import type { Report } from "../core/model/report.js";
import { parseConfig } from "../core/validate-config.js";
import type { LinkCheckerOptions, RunnableChecker } from "../links/index.js";
import { VERSION } from "../version.js";
import { type BaselineRequest, resolveBaseline } from "./baseline/resolve.js";
import type { RepositoryIdentity } from "../core/documentation/self-links.js";
import { collect } from "./sources/fs/collect.js";
import { loadConfigFile } from "./sources/fs/config-file.js";

/** Where the config comes from: a file in the tree, or text read elsewhere (e.g. the default branch). */
export type ConfigSource = { file: string; explicit: boolean; label?: string } | { name: string; text: string | null };

/** Keeps the link checker's cache file between runs (the Action: the Actions cache). Failures are the hook's own. */
export interface LinkCacheStore {
  restore(file: string): Promise<void>;
  save(file: string): Promise<void>;
}

export interface LinkCheckSettings {
  /** Token for links to github.com. */
  githubToken?: string;
  /** GitHub REST API base for those links (GitHub Enterprise Server). */
  githubApiUrl?: string;
  /** Environment for `${VAR}` in configured headers. */
  env?: Record<string, string | undefined>;
  progress?: (line: string) => void;
  cache?: LinkCacheStore;
  /** Makes the checker (tests inject one; default: the real one, loaded on first use). */
  create?: (options: LinkCheckerOptions) => RunnableChecker;
}

export interface AssessRepositoryOptions {
  /** The checked-out tree. */
  root: string;
  config: ConfigSource;
  /** Extra artifact globs, relative to the root. */
  extraArtifacts?: string[];
  links?: LinkCheckSettings;
  /** Where the PR's baseline may come from, tried in order (none: no comparison, every finding gates). */
  baseline?: readonly BaselineRequest[];
  now: Date;
  /** Progress lines while the assessment runs (the CLI's spinner line). */
  progress?: (line: string) => void;
  /** This repository on GitHub, so that absolute links to its own tree are checked offline. */
  repository?: RepositoryIdentity;
}

export interface AssessRepositoryResult {
  report: Report;
  config: Config;
  notices: string[];
  /** One line on the external link check (URLs, cache hits, requests, time), when one ran. */
  linkSummary?: string;
}

export async function loadConfig(source: ConfigSource): Promise<Config> {
  return "file" in source
    ? loadConfigFile(source.file, source.explicit, source.label)
    : parseConfig(source.name, source.text);
}

export async function assessRepository(opts: AssessRepositoryOptions): Promise<AssessRepositoryResult> {
  const progress = opts.progress ?? (() => {});
  const config = await loadConfig(opts.config);
  const checker = await startLinkChecker(config, opts.root, opts.links);
  const notices: string[] = [];
  const assessTree = async (root: string, comparison?: ComparisonInput): Promise<Report> => {
    const input = await collect({
      root,
      config,
      ...(opts.extraArtifacts ? { extraArtifacts: opts.extraArtifacts } : {}),
      ...(checker ? { externalLinkChecker: checker.checker } : {}),
      ...(opts.repository ? { repository: opts.repository } : {}),
    });
    progress(`assessing ${input.docs.length} documents and ${input.artifacts.length} artifacts…`);
    return assess({ ...input, now: opts.now, toolVersion: VERSION, ...(comparison ? { comparison } : {}) });
  };
  let report: Report;
  try {
    let comparison: ComparisonInput | undefined;
    if (opts.baseline?.length) {
      progress("finding the baseline…");
      const resolved = await resolveBaseline(opts.baseline, opts.root, (root) => assessTree(root));
      notices.push(...resolved.notices);
      comparison = resolved.comparison;
    }
    progress("collecting files…");
    report = await assessTree(opts.root, comparison);
  } finally {
    if (checker) {
      await checker.checker.close();
      notices.push(...checker.checker.notices);
      if (checker.cacheFile && opts.links?.cache) await opts.links.cache.save(checker.cacheFile);
    }
  }
  const linkSummary = checker && checker.checker.stats().urls > 0 ? checker.checker.summary() : undefined;
  return { report, config, notices, ...(linkSummary ? { linkSummary } : {}) };
}

async function startLinkChecker(
  config: Config,
  root: string,
  settings: LinkCheckSettings = {},
): Promise<{ checker: RunnableChecker; cacheFile: string | null } | null> {
  if (!config.documentation.enabled || config.documentation["external-links"] === "off") return null;
  const cacheFile = path.resolve(root, config.documentation.links.cache.path);
  if (settings.cache) await settings.cache.restore(cacheFile);
  // Loaded only when links are checked: the HTTP client is a large part of the bundle.
  const create = settings.create ?? (await import("../links/index.js")).createExternalLinkChecker;
  const checker = create({
    config: config.documentation.links,
    root,
    ...(settings.env ? { env: settings.env } : {}),
    ...(settings.githubToken ? { githubToken: settings.githubToken } : {}),
    ...(settings.githubApiUrl ? { githubApiUrl: settings.githubApiUrl } : {}),
    ...(settings.progress ? { progress: settings.progress } : {}),
  });
  return { checker, cacheFile: settings.cache ? cacheFile : null };
}
