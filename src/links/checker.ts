/**
 * The external link checker: every distinct page requested once, results cached between runs, github.com
 * repository links answered by the API when a token is available, and progress reported while it runs.
 */
import path from "node:path";
import { Agent } from "undici";
import type { LinksConfig } from "../core/config/documentation.js";
import type { ExternalLinkChecker, LinkCheckResult } from "../core/documentation/external-links.js";
import { VERSION } from "../version.js";
import { compileAllowList } from "./address-policy.js";
import { fragmentToCheck, hasFragment, htmlAnchors } from "./fragments.js";
import { githubApiChecker } from "./github-api.js";
import { defaultLookup, GuardedResolver, type LookupFn } from "./guarded-resolver.js";
import { resolveHeaders } from "./headers.js";
import { HostLimiter } from "./host-limiter.js";
import { proxyRouter } from "./proxy.js";
import type { ProxySettings } from "./proxy-env.js";
import { LinkCache } from "./link-cache.js";
import { checkPage, type PageCheckDeps, type PageResult } from "./page-check.js";
import { formatMs, parseDuration } from "./timing.js";
import { compileUrlRules, exclusionReason, pageOf } from "./url-rules.js";

/** Hosts whose HEAD is known to answer 404 for pages that exist; their 404s are confirmed with GET. */
export const HEAD_UNRELIABLE_HOSTS: readonly string[] = [];

export interface LinkCheckProgress {
  done: number;
  total: number;
  /** Requests waiting for a slot, per host. */
  queued: Map<string, number>;
}

export interface LinkCheckStats {
  /** Distinct URLs handed to `check`. */
  urls: number;
  /** Distinct pages (URLs without fragment) that needed the network. */
  pages: number;
  fromCache: number;
  excluded: number;
  requests: number;
  durationMs: number;
  /** Time spent waiting on answers per host (sum over requests), highest first. */
  hostTimeMs: [string, number][];
  /** Highest number of requests in flight at once per host. */
  peakPerHost: Map<string, number>;
}

export interface CheckerSettings {
  config: LinksConfig;
  root: string;
  githubToken?: string;
  env?: Record<string, string | undefined>;
  progress?: (line: string) => void;
  onProgress?: (p: LinkCheckProgress) => void;
  lookup?: LookupFn;
  githubApiUrl?: string;
  /** Host of that GitHub's web pages (`github.com`, or the GHES host). */
  githubHost?: string;
  githubConcurrency?: number;
  backoffBaseMs?: number;
  maxRetryAfterMs?: number;
  headUnreliableHosts?: readonly string[];
  /** Absolute cache file chosen by the front door (outside the repository); replaces `cache.path`. */
  cacheFile?: string;
  bodyCapBytes?: number;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY (the front door reads them from its environment). */
  proxy?: ProxySettings;
}

export interface RunnableChecker extends ExternalLinkChecker {
  close(): Promise<void>;
  /** Totals of the last `check` call. */
  stats(): LinkCheckStats;
  /** One line: URLs, cache hits, requests and time spent. */
  summary(): string;
  /** Things the user should know (unset header variables, an unusable cache file); never secret values. */
  notices: string[];
}

interface PageJob {
  url: URL;
  entries: { url: string; fragment: string | null }[];
}

export function progressLine(p: LinkCheckProgress): string {
  const busiest = [...p.queued].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const queue = busiest.length > 0 ? ` · queued: ${busiest.map(([h, n]) => `${h} ${n}`).join(", ")}` : "";
  return `external links: ${p.done}/${p.total}${queue}`;
}

export function createChecker(s: CheckerSettings): RunnableChecker {
  const cfg = s.config;
  const now = s.now ?? Date.now;
  const notices: string[] = [];
  const rules = compileUrlRules(cfg.include, cfg.exclude);
  const resolver = new GuardedResolver(s.lookup ?? defaultLookup, compileAllowList(cfg["allow-private-hosts"]));
  const headers = resolveHeaders(cfg.headers, s.env ?? {});
  notices.push(...headers.problems);
  const dispatcher = new Agent({
    connections: cfg["per-host-concurrency"],
    keepAliveTimeout: 10_000,
    headersTimeout: cfg["timeout-ms"],
    bodyTimeout: cfg["timeout-ms"],
    connect: { timeout: cfg["timeout-ms"], lookup: resolver.connectLookup },
  });
  const proxy = proxyRouter(s.proxy, { timeoutMs: cfg["timeout-ms"], connections: cfg["per-host-concurrency"] });
  const root = path.resolve(s.root);
  const cacheFile = s.cacheFile ?? path.resolve(root, cfg.cache.path);
  let cache: LinkCache | undefined;
  if (s.cacheFile || cacheFile.startsWith(root + path.sep))
    cache = new LinkCache(cacheFile, parseDuration(cfg.cache.ttl));
  else
    notices.push(
      `documentation.links.cache.path ${JSON.stringify(cfg.cache.path)} is outside the repository; results are not cached`,
    );
  const githubApi = new URL(s.githubApiUrl ?? "https://api.github.com");
  const maxRetryAfterMs = s.maxRetryAfterMs ?? 60_000;

  let stats: LinkCheckStats = emptyStats();
  const hostTime = new Map<string, number>();

  function deps(limiter: HostLimiter, onRequest: () => void): PageCheckDeps {
    const headRefused = new Set<string>();
    return {
      onHeadStatus: (host, status) => {
        if (status === 405 || status === 501) headRefused.add(host);
      },
      dispatcher,
      ...(proxy ? { proxyFor: (url: URL) => proxy.dispatcherFor(url) } : {}),
      resolver,
      limiter,
      timeoutMs: cfg["timeout-ms"],
      userAgent: `readiness-gate/${VERSION} (link check)`,
      bodyCap: s.bodyCapBytes ?? 4 * 1024 * 1024,
      onRequest: (host, ms) => {
        onRequest();
        hostTime.set(host, (hostTime.get(host) ?? 0) + ms);
      },
      now,
      retries: cfg.retries,
      maxRedirects: cfg["max-redirects"],
      accept: new Set(cfg.accept),
      headers,
      backoffBaseMs: s.backoffBaseMs ?? 500,
      maxRetryAfterMs,
      headUnreliableHosts: new Set((s.headUnreliableHosts ?? HEAD_UNRELIABLE_HOSTS).map((h) => h.toLowerCase())),
      headRefused,
      sleep: s.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      random: s.random ?? Math.random,
    };
  }

  const viaGithubApi = githubApiChecker({
    ...(s.githubToken ? { token: s.githubToken } : {}),
    apiUrl: githubApi,
    concurrency: s.githubConcurrency ?? 2,
    maxRetryAfterMs,
    now,
    ...(s.githubHost ? { host: s.githubHost } : {}),
  });

  function resultFor(entry: PageJob["entries"][number], page: PageResult): LinkCheckResult {
    const out: LinkCheckResult = { url: entry.url, outcome: page.outcome };
    if (page.status !== undefined) out.status = page.status;
    if (page.redirectedTo !== undefined) out.redirectedTo = page.redirectedTo;
    if (page.permanentRedirect !== undefined) out.permanentRedirect = page.permanentRedirect;
    if (page.detail !== undefined) out.detail = page.detail;
    const fine = page.outcome === "ok" || page.outcome === "redirected";
    if (fine && entry.fragment !== null && page.body !== undefined && /html/i.test(page.contentType ?? "text/html")) {
      if (!hasFragment(htmlAnchors(page.body), entry.fragment)) {
        if (page.truncated) out.detail = "the page is too large to look for the fragment";
        else {
          out.missingFragment = true;
          out.detail = `the page has no element with id or name ${JSON.stringify(entry.fragment)}`;
        }
      }
    }
    return out;
  }

  async function check(urls: readonly string[]): Promise<Map<string, LinkCheckResult>> {
    const started = now();
    const distinct = [...new Set(urls)];
    const results = new Map<string, LinkCheckResult>();
    stats = emptyStats();
    hostTime.clear();
    stats.urls = distinct.length;
    if (cache && stats.urls > 0) {
      await cache.load();
      if (cache.problem) notices.push(cache.problem);
    }
    const pages = new Map<string, PageJob>();
    for (const raw of distinct) {
      const reason = exclusionReason(raw, rules);
      if (reason) {
        results.set(raw, { url: raw, outcome: reason.outcome, detail: reason.detail });
        if (reason.outcome === "excluded") stats.excluded++;
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        results.set(raw, { url: raw, outcome: "error", detail: "not a valid URL" });
        continue;
      }
      const fragment = cfg["check-fragments"] ? fragmentToCheck(url) : null;
      const cached = cache?.get(raw, started, fragment !== null);
      if (cached) {
        results.set(raw, cached);
        stats.fromCache++;
        continue;
      }
      const key = pageOf(url);
      let job = pages.get(key);
      if (!job) {
        job = { url: new URL(key), entries: [] };
        pages.set(key, job);
      }
      job.entries.push({ url: raw, fragment });
    }
    stats.pages = pages.size;

    const limiter = new HostLimiter(cfg.concurrency, cfg["per-host-concurrency"], now);
    let done = 0;
    let lastProgress = 0;
    const report = (force: boolean) => {
      if (!s.progress && !s.onProgress) return;
      const t = now();
      if (!force && t - lastProgress < 100) return;
      lastProgress = t;
      const p = { done, total: pages.size, queued: limiter.queued() };
      s.onProgress?.(p);
      s.progress?.(progressLine(p));
    };
    const d = deps(limiter, () => {
      stats.requests++;
    });
    await Promise.all(
      [...pages.values()].map(async (job) => {
        const wantBody = job.entries.some((e) => e.fragment !== null);
        const page = (!wantBody ? await viaGithubApi(d, job.url) : null) ?? (await checkPage(d, job.url, wantBody));
        for (const entry of job.entries) {
          const result = resultFor(entry, page);
          results.set(entry.url, result);
          cache?.set(result, now(), entry.fragment !== null);
        }
        done++;
        report(false);
      }),
    );
    report(true);
    if (cache && pages.size > 0) {
      try {
        await cache.save(now());
      } catch (e) {
        notices.push(`cannot write the link cache ${cfg.cache.path}: ${(e as Error).message}`);
      }
    }
    stats.durationMs = now() - started;
    stats.hostTimeMs = [...hostTime].sort((a, b) => b[1] - a[1]);
    stats.peakPerHost = limiter.peakPerHost;
    // Answer in the order asked.
    return new Map(distinct.map((u) => [u, results.get(u) as LinkCheckResult]));
  }

  return {
    check,
    notices,
    stats: () => stats,
    summary: () => {
      const slowest = stats.hostTimeMs[0];
      const host = slowest ? `; most time on ${slowest[0]} (${formatMs(slowest[1])} summed)` : "";
      return `external links: ${stats.urls} URLs, ${stats.fromCache} from cache, ${stats.excluded} excluded, ${stats.requests} requests in ${formatMs(stats.durationMs)}${host}`;
    },
    close: async () => {
      await Promise.all([dispatcher.close(), proxy?.close()]);
    },
  };
}

function emptyStats(): LinkCheckStats {
  return {
    urls: 0,
    pages: 0,
    fromCache: 0,
    excluded: 0,
    requests: 0,
    durationMs: 0,
    hostTimeMs: [],
    peakPerHost: new Map(),
  };
}
