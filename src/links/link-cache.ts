/**
 * The results cache: a JSON file (URL → outcome, time) so pushes to one pull request do not recheck every URL.
 * Only results that need no second look are reused (ok and redirects); failures are checked again each run.
 * The file is saved to the Actions cache, readable by later runs: a URL that carries a credential (user-info, a
 * token or signature parameter) is never stored, and redirect targets are stored redacted.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LinkCheckResult, LinkOutcome } from "../core/documentation/external-links.js";
import { hasCredentials, redact } from "../core/util/redact.js";

const CACHE_VERSION = 1;
const REUSABLE: ReadonlySet<LinkOutcome> = new Set(["ok", "redirected"]);

export interface CacheEntry {
  outcome: LinkOutcome;
  status?: number;
  redirectedTo?: string;
  permanentRedirect?: boolean;
  /** Whether the fragment was verified when this was stored (a later run with `check-fragments` needs it). */
  fragmentChecked?: boolean;
  /** When the URL was checked, ms since the epoch. */
  checkedAt: number;
}

export class LinkCache {
  private entries = new Map<string, CacheEntry>();
  /** Why the file could not be used, when it could not (the run then starts from an empty cache). */
  problem: string | undefined;

  constructor(
    readonly file: string,
    private readonly ttlMs: number,
  ) {}

  async load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT")
        this.problem = `cannot read the link cache: ${(e as Error).message}`;
      return;
    }
    try {
      const data = JSON.parse(text) as { version?: unknown; entries?: unknown };
      if (data.version !== CACHE_VERSION || typeof data.entries !== "object" || data.entries === null) {
        this.problem = "the link cache has an unknown layout and was ignored";
        return;
      }
      for (const [url, raw] of Object.entries(data.entries as Record<string, unknown>)) {
        const e = raw as Partial<CacheEntry>;
        if (typeof e?.checkedAt === "number" && typeof e.outcome === "string" && !hasCredentials(url))
          this.entries.set(url, e as CacheEntry);
      }
    } catch {
      this.problem = "the link cache is not valid JSON and was ignored";
    }
  }

  /** A fresh, reusable result for `url`, or undefined. */
  get(url: string, now: number, needFragment: boolean): LinkCheckResult | undefined {
    const e = this.entries.get(url);
    if (!e || now - e.checkedAt >= this.ttlMs || now < e.checkedAt || !REUSABLE.has(e.outcome)) return undefined;
    if (needFragment && !e.fragmentChecked) return undefined;
    return {
      url,
      outcome: e.outcome,
      ...(e.status !== undefined ? { status: e.status } : {}),
      ...(e.redirectedTo !== undefined ? { redirectedTo: e.redirectedTo } : {}),
      ...(e.permanentRedirect !== undefined ? { permanentRedirect: e.permanentRedirect } : {}),
      fromCache: true,
    };
  }

  set(result: LinkCheckResult, now: number, fragmentChecked: boolean): void {
    if (!REUSABLE.has(result.outcome) || result.missingFragment || hasCredentials(result.url)) {
      this.entries.delete(result.url);
      return;
    }
    this.entries.set(result.url, {
      outcome: result.outcome,
      ...(result.status !== undefined ? { status: result.status } : {}),
      ...(result.redirectedTo !== undefined ? { redirectedTo: redact(result.redirectedTo) } : {}),
      ...(result.permanentRedirect !== undefined ? { permanentRedirect: result.permanentRedirect } : {}),
      fragmentChecked,
      checkedAt: now,
    });
  }

  /** Writes the cache (expired entries dropped) through a temporary file so a crash never leaves half a file. */
  async save(now: number): Promise<void> {
    const entries: Record<string, CacheEntry> = {};
    for (const [url, e] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (now - e.checkedAt < this.ttlMs) entries[url] = e;
    }
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify({ version: CACHE_VERSION, entries }, null, 1)}\n`);
    await rename(tmp, this.file);
  }
}
