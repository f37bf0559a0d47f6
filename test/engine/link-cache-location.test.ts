/** The link-check cache never lands in the assessed repository: the front door names a place outside it. */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { linkCacheFile } from "../../src/cli/cache-dir.js";
import { assessRepository } from "../../src/engine/assess-repository.js";
import type { LinkCheckerOptions } from "../../src/links/index.js";
import { createExternalLinkChecker } from "../../src/links/index.js";

describe("link cache location", () => {
  it("the CLI's cache file is in the user's cache directory, one per repository", () => {
    expect(linkCacheFile("/src/app", { XDG_CACHE_HOME: "/home/u/.cache" }, "linux")).toMatch(
      /^\/home\/u\/\.cache\/readiness-gate\/links-[0-9a-f]{16}\.json$/,
    );
    expect(linkCacheFile("/src/app", { HOME: "/home/u" }, "linux")).toMatch(/^\/home\/u\/\.cache\/readiness-gate\//);
    expect(linkCacheFile("/src/a", {}, "linux")).not.toBe(linkCacheFile("/src/b", {}, "linux"));
  });

  it("with the default config path, the cache is written where the front door says, not into the repository", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "rg-cache-root-"));
    const elsewhere = path.join(mkdtempSync(path.join(tmpdir(), "rg-cache-home-")), "readiness-gate", "links.json");
    writeFileSync(path.join(root, "README.md"), "# Doc\n\nSee <https://docs.example.invalid/page>.\n");
    writeFileSync(path.join(root, ".readiness.yml"), "");
    let seen: LinkCheckerOptions | undefined;
    await assessRepository({
      root,
      config: { name: "inline", text: 'documentation:\n  markdownlint: false\n  external-links: "warn"\n' },
      links: {
        cacheFile: elsewhere,
        create: (o) => {
          seen = o;
          // No network: every host is unresolvable.
          return createExternalLinkChecker({
            ...o,
            lookup: async () => Promise.reject(Object.assign(new Error("x"), { code: "ENOTFOUND" })),
          });
        },
      },
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(seen?.cacheFile).toBe(elsewhere);
    expect(existsSync(elsewhere)).toBe(true);
    expect(existsSync(path.join(root, ".readiness-cache"))).toBe(false);
  });
});
