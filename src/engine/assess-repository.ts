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
import type { DimensionOutcome } from "../core/dimension.js";
import type { ExternalLinkChecker } from "../core/documentation/external-links.js";
import type { ArtifactEntry, DocumentationResult, Report } from "../core/model/report.js";
import { parseConfig } from "../core/validate-config.js";
import type { LinkCheckerOptions, RunnableChecker } from "../links/index.js";
import { proxyFromEnv, type ProxySettings } from "../links/proxy-env.js";
import { VERSION } from "../version.js";
import { type BaselineRequest, resolveBaseline } from "./baseline/resolve.js";
import { relativiseFindings } from "./finding-paths.js";
import type { RepositoryIdentity } from "../core/documentation/self-links.js";
import { collect } from "./sources/fs/collect.js";
import { loadConfigFile } from "./sources/fs/config-file.js";

/** The config's default cache path: replaced by the front door's location (see LinkCheckSettings.cacheFile). */
export const DEFAULT_CACHE_PATH = ".readiness-cache/links.json";

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
  /** Host of the pages that API answers for (`github.com`, or the GHES host from GITHUB_SERVER_URL). */
  githubHost?: string;
  /** Environment for `${VAR}` in configured headers. */
  env?: Record<string, string | undefined>;
  progress?: (line: string) => void;
  cache?: LinkCacheStore;
  /**
   * Where the results cache lives when the config keeps the default path: outside the assessed repository, so a
   * run never leaves `.readiness-cache/` in the user's tree (the CLI: the user's cache directory; the Action:
   * RUNNER_TEMP). A path set in the config wins.
   */
  cacheFile?: string;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY for the link checker; default: read from this process's environment. */
  proxy?: ProxySettings;
  /** Makes the checker (tests inject one; default: the real one, loaded on first use). */
  create?: (options: LinkCheckerOptions) => RunnableChecker;
}

export interface AssessRepositoryOptions {
  /** The checked-out tree. */
  root: string;
  config: ConfigSource;
  /** Extra artifact globs, relative to the root. */
  extraArtifacts?: string[];
  /** Globs never assessed as documentation (e.g. the Action's downloaded `readiness-input/`). */
  excludeDocs?: string[];
  links?: LinkCheckSettings;
  /** Where the PR's baseline may come from, tried in order (none: no comparison, every finding gates). */
  baseline?: readonly BaselineRequest[];
  now: Date;
  /** Progress lines while the assessment runs (the CLI's spinner line). */
  progress?: (line: string) => void;
  /** Applied to the parsed config before anything runs (the App: operator limits a repository cannot lift). */
  overrideConfig?: (config: Config) => Config;
  /** Artifacts refused before collection (the App: an unsafe workflow artifact), reported as unreadable. */
  unopened?: ArtifactEntry[];
  /** This repository on GitHub, so that absolute links to its own tree are checked offline. */
  repository?: RepositoryIdentity;
  /** The head tree's documentation made elsewhere (a merge of shards): its files are then not read again. */
  documentation?: MadeDocumentation;
}

/** Documentation assessed elsewhere (engine/shards/); a baseline tree is still assessed in full. */
export interface MadeDocumentation {
  /** Throws when the documentation cannot be used with this config; called before anything runs. */
  check(config: Config): void;
  outcome(config: Config, externalLinkChecker?: ExternalLinkChecker): Promise<DimensionOutcome<DocumentationResult>>;
  /** What collecting those files said, added to the head tree's notices. */
  notices: readonly string[];
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
  const loaded = await loadConfig(opts.config);
  const config = opts.overrideConfig ? opts.overrideConfig(loaded) : loaded;
  opts.documentation?.check(config);
  const checker = await startLinkChecker(config, opts.root, opts.links);
  const notices: string[] = [];
  const assessTree = async (root: string, comparison?: ComparisonInput): Promise<Report> => {
    const made = root === opts.root ? opts.documentation : undefined;
    const input = await collect({
      root,
      config,
      ...(made ? { docFilter: () => false } : {}),
      ...(opts.extraArtifacts ? { extraArtifacts: opts.extraArtifacts } : {}),
      ...(opts.excludeDocs ? { excludeDocs: opts.excludeDocs } : {}),
      ...(checker ? { externalLinkChecker: checker.checker } : {}),
      ...(opts.repository ? { repository: opts.repository } : {}),
    });
    if (opts.unopened) input.unopened = [...opts.unopened, ...(input.unopened ?? [])];
    const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
    if (made) {
      input.notices = [...new Set([...(input.notices ?? []), ...made.notices])];
      progress(`merging the documentation and assessing ${count(input.artifacts.length, "artifact")}…`);
    } else
      progress(`assessing ${count(input.docs.length, "document")} and ${count(input.artifacts.length, "artifact")}…`);
    const documentationOutcome =
      made && config.documentation.enabled ? await made.outcome(config, checker?.checker) : undefined;
    return assess({
      ...input,
      now: opts.now,
      toolVersion: VERSION,
      ...(comparison ? { comparison } : {}),
      ...(documentationOutcome ? { documentationOutcome } : {}),
    });
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
    // After the comparison: a base assessed elsewhere read the same absolute scanner paths as this run.
    relativiseFindings(report.findings, opts.root);
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
  const configured = config.documentation.links.cache.path;
  const frontDoorFile = settings.cacheFile && configured === DEFAULT_CACHE_PATH ? settings.cacheFile : undefined;
  const cacheFile = frontDoorFile ?? path.resolve(root, configured);
  if (settings.cache) await settings.cache.restore(cacheFile);
  // Loaded only when links are checked: the HTTP client is a large part of the bundle.
  const create = settings.create ?? (await import("../links/index.js")).createExternalLinkChecker;
  const checker = create({
    config: config.documentation.links,
    root,
    ...(settings.env ? { env: settings.env } : {}),
    ...(settings.githubToken ? { githubToken: settings.githubToken } : {}),
    ...(settings.githubApiUrl ? { githubApiUrl: settings.githubApiUrl } : {}),
    ...(settings.githubHost ? { githubHost: settings.githubHost } : {}),
    ...(settings.progress ? { progress: settings.progress } : {}),
    ...(frontDoorFile ? { cacheFile: frontDoorFile } : {}),
    proxy: settings.proxy ?? proxyFromEnv(process.env),
  });
  return { checker, cacheFile: settings.cache ? cacheFile : null };
}
