/** Artifact and documentation patterns: dot-files and links are accounted for, nothing outside the root is read. */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../src/core/config/schema.js";
import { collect } from "../../src/engine/sources/fs/collect.js";
import { assess } from "../../src/core/assess.js";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");
const gitleaks = readFileSync(path.join(FIXTURES, "security/real/gitleaks/gitleaks-v8_expected_json_simple.json"));
const baseline = readFileSync(
  path.join(FIXTURES, "security/real/detect-secrets/yelp-detect-secrets_v1.5.0.secrets.baseline"),
);

function layout() {
  const top = mkdtempSync(path.join(tmpdir(), "rg-hostile-"));
  const root = path.join(top, "repo");
  for (const d of ["reports/.hidden", "docs"]) mkdirSync(path.join(root, d), { recursive: true });
  mkdirSync(path.join(top, "outside"));
  writeFileSync(path.join(top, "outside/leak.json"), gitleaks);
  writeFileSync(path.join(top, "outside/x.md"), "# outside\n");
  writeFileSync(path.join(root, ".secrets.baseline"), baseline);
  writeFileSync(path.join(root, "reports/.gitleaks-report.json"), gitleaks);
  writeFileSync(path.join(root, "reports/.hidden/gitleaks.json"), gitleaks);
  writeFileSync(path.join(root, "reports/plain.json"), gitleaks);
  symlinkSync("../../outside/leak.json", path.join(root, "reports/outside-link.json"));
  symlinkSync("plain.json", path.join(root, "reports/inside-link.json"));
  symlinkSync("../../outside", path.join(root, "reports/outdir"));
  writeFileSync(path.join(root, "docs/a.md"), "# A\n");
  return root;
}

describe("collecting artifacts", () => {
  it("lists dot-files and links, refuses patterns and links that leave the repository", async () => {
    const root = layout();
    const config = configSchema.parse({
      documentation: { include: ["docs/*.md", "../outside/*.md", "/etc/*.md"] },
      artifacts: [
        { path: "reports/**" },
        { path: ".secrets.baseline" },
        { path: "../outside/**" },
        { path: "/etc/*.conf" },
      ],
    });
    const input = await collect({ root, config });
    expect(input.docs.map((d) => d.path)).toEqual(["docs/a.md"]);
    expect(input.artifacts.map((a) => a.source.path)).toEqual([
      "reports/.gitleaks-report.json",
      "reports/.hidden/gitleaks.json",
      "reports/inside-link.json",
      ".secrets.baseline",
    ]);
    expect(input.unopened).toEqual([
      {
        path: "reports/outdir/leak.json",
        format: null,
        dimension: null,
        status: "unreadable",
        error: "a symbolic link that leads outside the repository; it was not read",
      },
      {
        path: "reports/outdir/x.md",
        format: null,
        dimension: null,
        status: "unreadable",
        error: "a symbolic link that leads outside the repository; it was not read",
      },
      {
        path: "reports/outside-link.json",
        format: null,
        dimension: null,
        status: "unreadable",
        error: "a symbolic link that leads outside the repository; it was not read",
      },
    ]);
    expect(input.notices).toEqual([
      'documentation pattern "../outside/*.md" climbs out of the repository with `..`; it was not used',
      'documentation pattern "/etc/*.md" is an absolute path; patterns are relative to the repository root; it was not used',
      'artifact pattern "../outside/**" climbs out of the repository with `..`; it was not used',
      'artifact pattern "/etc/*.conf" is an absolute path; patterns are relative to the repository root; it was not used',
    ]);
    const report = await assess({ ...input, now: new Date("2026-11-25T12:00:00Z"), toolVersion: "test" });
    expect(report.dimensions.security.metrics.secrets).toBeGreaterThan(0);
    expect(report.artifacts.map((a) => `${a.path} ${a.status}`)).toEqual([
      "reports/outdir/leak.json unreadable",
      "reports/outdir/x.md unreadable",
      "reports/outside-link.json unreadable",
      "reports/.gitleaks-report.json parsed",
      "reports/.hidden/gitleaks.json parsed",
      "reports/inside-link.json parsed",
      ".secrets.baseline parsed",
    ]);
  });
});
