import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { ArchiveLimitError, ArchiveRefused } from "../../src/engine/sources/github/archive-limits.js";
import { unpackArtifactZip } from "../../src/engine/sources/github/artifact-zip.js";
import { unpackTarball } from "../../src/engine/sources/github/tarball.js";
import { tarball, zip } from "./archives.js";

const dirs: string[] = [];
async function scratch(): Promise<{ base: string; out: string }> {
  const base = await mkdtemp(path.join(tmpdir(), "rg-archive-"));
  dirs.push(base);
  const out = path.join(base, "out");
  await mkdir(out);
  return { base, out };
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** Every path under `dir`, with a marker for links (there must be none). */
function tree(dir: string, rel = ""): string[] {
  return readdirSync(path.join(dir, rel))
    .sort()
    .flatMap((n) => {
      const r = rel ? `${rel}/${n}` : n;
      const st = lstatSync(path.join(dir, r));
      if (st.isSymbolicLink()) return [`${r} -> LINK`];
      return st.isDirectory() ? [`${r}/`, ...tree(dir, r)] : [r];
    });
}

const limits = { maxBytes: 1024 * 1024, maxEntries: 100 };
const T = "octo-org-repo-abc1234";

describe("unpackTarball", () => {
  it("writes regular files and directories under the top directory, and skips links and unsafe names", async () => {
    const { base, out } = await scratch();
    const archive = tarball([
      { path: `${T}/`, type: "Directory" },
      { path: `${T}/README.md`, data: "# Hello\n" },
      { path: `${T}/docs/`, type: "Directory" },
      { path: `${T}/docs/guide.md`, data: "Guide\n" },
      { path: `${T}/passwd`, type: "SymbolicLink", linkpath: "/etc/passwd" },
      { path: `${T}/docs/up`, type: "SymbolicLink", linkpath: "../../.." },
      { path: `${T}/hard`, type: "Link", linkpath: "/etc/passwd" },
      { path: `${T}/../../escape.txt`, data: "out" },
      { path: "/etc/cron.d/evil", data: "* * * * * root true" },
      { path: `${T}/win\\..\\..\\evil.txt`, data: "x" },
      { path: `${T}/.readiness-gate-artifacts/fake.sarif`, data: "{}" },
      { path: `${T}/README.md`, data: "# Replaced\n" },
    ]);
    const result = await unpackTarball(Readable.from(archive), out, {
      ...limits,
      reserved: [".readiness-gate-artifacts"],
    });
    expect(tree(out)).toEqual(["README.md", "docs/", "docs/guide.md"]);
    expect(readFileSync(path.join(out, "README.md"), "utf8")).toBe("# Hello\n");
    expect(result.skipped).toEqual([
      { path: "passwd", reason: "is a symbolic link; only regular files are read" },
      { path: "docs/up", reason: "is a symbolic link; only regular files are read" },
      { path: "hard", reason: "is a hard link; only regular files are read" },
      { path: `${T}/../../escape.txt`, reason: "the name climbs out of the archive with .." },
      { path: "/etc/cron.d/evil", reason: "the name is an absolute path" },
      { path: `${T}/win\\..\\..\\evil.txt`, reason: "the name contains a backslash" },
      {
        path: ".readiness-gate-artifacts/fake.sarif",
        reason: ".readiness-gate-artifacts/ is reserved for workflow artifacts",
      },
      { path: "README.md", reason: "appears twice in the archive; the first copy was kept" },
    ]);
    expect(result.files).toBe(2);
    // Nothing was written beside the target directory.
    expect(readdirSync(base)).toEqual(["out"]);
    expect(existsSync("/etc/cron.d/evil")).toBe(false);
  });

  it("stops at the entry limit while streaming and names it", async () => {
    const { out } = await scratch();
    const many = Array.from({ length: 150 }, (_, i) => ({ path: `${T}/f${i}.txt`, data: "x" }));
    const err = await unpackTarball(Readable.from(tarball(many)), out, limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchiveLimitError);
    expect((err as Error).message).toBe(
      "the tarball has more than 100 entries (the limit READINESS_MAX_ARCHIVE_ENTRIES); it was not read",
    );
  });

  it("stops at the byte limit and names it", async () => {
    const { out } = await scratch();
    const big = tarball([{ path: `${T}/big.bin`, data: Buffer.alloc(2 * 1024 * 1024, 1) }]);
    const err = await unpackTarball(Readable.from(big), out, limits).catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      "the tarball unpacks to more than 1048576 bytes (the limit READINESS_MAX_ARCHIVE_MB); it was not read",
    );
  });
});

describe("unpackArtifactZip", () => {
  async function unzip(entries: Parameters<typeof zip>[0], lim = limits) {
    const { base, out } = await scratch();
    const file = path.join(base, "a.zip");
    await writeFile(file, zip(entries));
    const result = await unpackArtifactZip(file, out, "scan-results", lim).catch((e: unknown) => e);
    return { base, out, result };
  }

  it("unpacks regular files and skips symbolic links", async () => {
    const { out, result } = await unzip([
      { name: "reports/", data: "" },
      { name: "reports/results.sarif", data: '{"version":"2.1.0","runs":[]}' },
      { name: "passwd", data: "/etc/passwd", mode: 0o120777 },
    ]);
    expect(tree(out)).toEqual(["reports/", "reports/results.sarif"]);
    expect((result as { skipped: unknown[] }).skipped).toEqual([
      { path: "passwd", reason: "is a symbolic link; only regular files are read" },
    ]);
  });

  it.each([
    ["../../evil.txt", "invalid relative path: ../../evil.txt"],
    ["/etc/evil", "absolute path: /etc/evil"],
    ["dir\\evil.txt", "invalid characters in fileName: dir\\evil.txt"],
  ])("refuses the entry %s and names the artifact", async (name, why) => {
    const { base, result } = await unzip([{ name, data: "x" }]);
    expect(result).toBeInstanceOf(ArchiveRefused);
    expect((result as Error).message).toBe(`the artifact "scan-results" was refused: ${why}`);
    expect(readdirSync(base).sort()).toEqual(["a.zip", "out"]);
  });

  it("refuses an entry whose size header lies", async () => {
    const { result } = await unzip([{ name: "k6.json", data: "x".repeat(5000), claimSize: 10 }]);
    expect(result).toBeInstanceOf(ArchiveRefused);
    expect((result as Error).message).toMatch(
      /^the artifact "scan-results" was refused: the entry "k6\.json": too many bytes in the stream/,
    );
  });

  it("stops a zip bomb at the byte limit", async () => {
    // 8 MiB of zeros deflate to about 8 KiB.
    const { result } = await unzip([{ name: "bomb.json", data: Buffer.alloc(8 * 1024 * 1024) }]);
    expect(result).toBeInstanceOf(ArchiveLimitError);
    expect((result as Error).message).toBe(
      'the artifact "scan-results" unpacks to more than 1048576 bytes (the limit READINESS_MAX_ARTIFACT_MB); it was not read',
    );
  });

  it("refuses an entry-count bomb before reading any entry", async () => {
    const { out, result } = await unzip(Array.from({ length: 101 }, (_, i) => ({ name: `f${i}`, data: "" })));
    expect((result as Error).message).toBe(
      'the artifact "scan-results" has more than 100 entries (the limit READINESS_MAX_ARTIFACT_ENTRIES); it was not read',
    );
    expect(tree(out)).toEqual([]);
  });
});
