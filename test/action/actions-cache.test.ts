import { describe, expect, it } from "vitest";
import { type CacheApi, linkCacheKeys, restoreLinkCache, saveLinkCache } from "../../src/action/actions-cache.js";

describe("link cache", () => {
  it("keys a PR's runs so later pushes restore the newest entry by prefix", () => {
    expect(linkCacheKeys({ GITHUB_REPOSITORY: "o/r", GITHUB_RUN_ID: "77", GITHUB_RUN_ATTEMPT: "2" }, 12)).toEqual({
      key: "readiness-links-v1-o/r-pr-12-77-2",
      restoreKeys: ["readiness-links-v1-o/r-pr-12-", "readiness-links-v1-o/r-"],
    });
    expect(
      linkCacheKeys({ GITHUB_REPOSITORY: "o/r", GITHUB_REF: "refs/heads/main", GITHUB_RUN_ID: "5" }, null).key,
    ).toBe("readiness-links-v1-o/r-ref-refs/heads/main-5-1");
  });

  it("turns a cache failure into a warning", async () => {
    const calls: string[] = [];
    const failing: CacheApi = {
      isFeatureAvailable: () => true,
      restoreCache: async (paths, key, restoreKeys) => {
        calls.push(`restore ${paths.join(",")} ${key} ${restoreKeys?.join(",")}`);
        throw new Error("cache service unavailable");
      },
      saveCache: async () => {
        throw new Error("reserve failed");
      },
    };
    const warnings: string[] = [];
    const keys = { key: "k-1", restoreKeys: ["k-"] };
    expect(
      await restoreLinkCache(failing, "/w/.readiness-cache/links.json", keys, (m) => warnings.push(m)),
    ).toBeUndefined();
    expect(await saveLinkCache(failing, "/w/.readiness-cache/links.json", keys, (m) => warnings.push(m))).toBe(false);
    expect(calls).toEqual(["restore /w/.readiness-cache/links.json k-1 k-"]);
    expect(warnings).toEqual([
      "Could not restore the link cache (cache service unavailable); external links are checked afresh.",
      "Could not save the link cache (reserve failed); the next run checks external links afresh.",
    ]);
    const off: CacheApi = { ...failing, isFeatureAvailable: () => false };
    expect(await saveLinkCache(off, "/x", keys, (m) => warnings.push(m))).toBe(false);
    expect(warnings).toHaveLength(2);
  });
});
