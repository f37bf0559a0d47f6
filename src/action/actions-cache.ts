import { existsSync } from "node:fs";
/**
 * Keeps the external link checker's cache file between runs with the Actions cache, so pushes to one PR do not
 * re-check every URL. Keys are immutable, so each run saves under a new key and restores the newest entry by
 * prefix: first this PR's (or branch's), then any. A cache failure only costs time: it is a warning.
 */
export interface CacheApi {
  isFeatureAvailable(): boolean | Promise<boolean>;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

// @actions/cache (with the storage SDK behind it) is the largest part of the bundle and only runs when external
// links are checked: loaded on first use, so it does not slow every run's start.
let cacheModule: Promise<typeof import("@actions/cache")> | undefined;
const loadCache = () => {
  cacheModule ??= import("@actions/cache");
  return cacheModule;
};

export const actionsCache: CacheApi = {
  isFeatureAvailable: async () => (await loadCache()).isFeatureAvailable(),
  restoreCache: async (paths, key, restoreKeys) => (await loadCache()).restoreCache(paths, key, restoreKeys),
  saveCache: async (paths, key) => (await loadCache()).saveCache(paths, key),
};

export interface LinkCacheKeys {
  key: string;
  restoreKeys: string[];
}

export function linkCacheKeys(env: Record<string, string | undefined>, pullNumber: number | null): LinkCacheKeys {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9._/-]+/g, "-");
  const repo = clean(env.GITHUB_REPOSITORY ?? "local");
  const scope = pullNumber !== null ? `pr-${pullNumber}` : `ref-${clean(env.GITHUB_REF ?? "none")}`;
  const family = `readiness-links-v1-${repo}-`;
  return {
    key: `${family}${scope}-${env.GITHUB_RUN_ID ?? "0"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}`,
    restoreKeys: [`${family}${scope}-`, family],
  };
}

export async function restoreLinkCache(
  api: CacheApi,
  file: string,
  keys: LinkCacheKeys,
  warn: (m: string) => void,
): Promise<string | undefined> {
  if (!(await api.isFeatureAvailable())) return undefined;
  try {
    return await api.restoreCache([file], keys.key, keys.restoreKeys);
  } catch (e) {
    warn(`Could not restore the link cache (${(e as Error).message}); external links are checked afresh.`);
    return undefined;
  }
}

export async function saveLinkCache(
  api: CacheApi,
  file: string,
  keys: LinkCacheKeys,
  warn: (m: string) => void,
): Promise<boolean> {
  if (!(await api.isFeatureAvailable())) return false;
  try {
    await api.saveCache([file], keys.key);
    return true;
  } catch (e) {
    warn(`Could not save the link cache (${(e as Error).message}); the next run checks external links afresh.`);
    return false;
  }
}

/** The engine's link-cache hooks on top of the Actions cache (saved only when the checker wrote a file). */
export function linkCacheStore(
  api: CacheApi,
  keys: LinkCacheKeys,
  warn: (m: string) => void,
): { restore(file: string): Promise<void>; save(file: string): Promise<void> } {
  return {
    restore: async (file) => {
      await restoreLinkCache(api, file, keys, warn);
    },
    save: async (file) => {
      if (existsSync(file)) await saveLinkCache(api, file, keys, warn);
    },
  };
}
