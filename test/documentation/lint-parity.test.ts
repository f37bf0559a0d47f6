import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import { configSchema } from "../../src/core/config/schema.js";
import { collect } from "../../src/engine/sources/fs/collect.js";
import { FIXTURES } from "./helpers.js";

const run = promisify(execFile);
const REPO = path.join(import.meta.dirname, "../..");
const CLI2 = path.join(REPO, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");
/** Rules readiness-gate's own checks cover (with GitHub's rules), so they are switched off in its markdownlint run. */
const OWN_CHECKS = new Set(["MD040", "MD051", "MD052", "MD053"]);

/** markdownlint-cli2 run as the peer: `path:line rule` of every error its default formatter prints. */
async function peer(cwd: string, globs: string[]): Promise<string[]> {
  const out = await run(process.execPath, [CLI2, ...globs], { cwd }).catch((e: { stderr: string }) => e);
  const lines = (out as { stderr: string }).stderr.split("\n");
  const found: string[] = [];
  for (const l of lines) {
    const m = /^(\S+?):(\d+)(?::\d+)? (?:error|warning) (MD\d+)\//.exec(l);
    if (m && !OWN_CHECKS.has(m[3] as string)) found.push(`${m[1]}:${m[2]} ${m[3]}`);
  }
  return found.sort();
}

/** The same tree through readiness-gate's collector and analysis: `path:line rule` of its markdownlint findings. */
async function ours(root: string, exclude: string[] = []) {
  const cfg = configSchema.parse({ documentation: { "external-links": "off", exclude } });
  const input = await collect({ root, config: cfg });
  const { findings, result } = await analyzeDocumentation({
    files: input.docs,
    repoFiles: input.repo.files(),
    config: cfg.documentation,
    ...input.documentationServices,
    ...(input.markdownlintConfig ? { markdownlintConfig: input.markdownlintConfig } : {}),
    docWorker: false,
  });
  const lint = findings
    .filter((f) => f.ruleId.startsWith("markdownlint/"))
    .map((f) => `${f.path}:${f.line} ${f.ruleId.slice("markdownlint/".length)}`)
    .sort();
  return { lint, result, notices: input.notices ?? [], docs: input.docs.map((d) => d.path) };
}

describe("markdownlint parity with markdownlint-cli2", () => {
  it("on a tree with ignores, extends, per-directory .markdownlint.yaml, a nested .markdownlint-cli2.yaml and front matter: equal sets", async () => {
    const root = path.join(FIXTURES, "lint-parity");
    const [expected, actual] = await Promise.all([peer(root, ["**/*.md"]), ours(root)]);
    expect(expected.length).toBe(14);
    expect(actual.lint).toEqual(expected);
    expect(actual.result.details?.lint).toBe("repository");
    // The inline disable comment in README.md is honoured, and counted.
    expect(actual.result.details?.suppressed?.listed).toEqual([
      { path: "README.md", line: 9, ruleId: "markdownlint/MD013", kind: "markdownlint", by: "markdownlint comment" },
    ]);
    // Ignored files are not linted: 8 documentation files, 6 linted.
    expect(actual.docs.length).toBe(8);
    expect(actual.result.details?.checks.find((c) => c.check === "lint")).toMatchObject({ checked: 6, valid: 0 });
  });

  it("on this repository's own docs, with its .markdownlint.jsonc: equal sets", async () => {
    // The test fixtures are left out on both sides: they are not the project's documentation, and the peer would run
    // the executable configuration planted in one of them.
    const { lint, docs, result } = await ours(REPO, ["test/fixtures/**", "examples/**"]);
    const expected = await peer(REPO, [
      "**/*.{md,markdown}",
      "#**/node_modules/**",
      "#**/dist/**",
      "#coverage/**",
      "#test/fixtures/**",
      "#examples/**",
    ]);
    // Only the files both select (readiness-gate also matches extensions without case, e.g. README.MD).
    const selected = new Set(docs);
    expect(lint).toEqual(expected.filter((k) => selected.has(k.slice(0, k.indexOf(":")))));
    expect(docs.length).toBeGreaterThan(10);
    expect(result.details?.lint).toBe("repository");
  }, 60_000);

  it("on the example project, which has no markdownlint configuration: markdownlint's defaults as advice, equal sets", async () => {
    const root = path.join(REPO, "examples/acme-api");
    const [expected, actual] = await Promise.all([peer(root, ["**/*.{md,markdown}"]), ours(root)]);
    expect(actual.lint).toEqual(expected);
    expect(actual.lint.length).toBe(4);
    expect(actual.result.details?.lint).toBe("auto");
    expect(actual.result.details?.checks.find((c) => c.check === "lint")?.scored).toBe(false);
    expect(actual.result.details?.notices).toContain(
      "markdownlint ran with markdownlint's own default rules as advice, not scored: the repository has no markdownlint configuration. Add a .markdownlint.jsonc (or .markdownlint-cli2.jsonc) to score it, or set documentation.markdownlint: false to turn it off",
    );
  });

  it("an executable configuration and a custom rule are reported, never run", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "rg-mdl-exec-"));
    cpSync(path.join(FIXTURES, "lint-executable"), root, { recursive: true });
    const { lint, notices } = await ours(root);
    expect(existsSync(path.join(root, "RAN-ROOT-CONFIG"))).toBe(false);
    expect(existsSync(path.join(root, "docs", "RAN-CUSTOM-RULE"))).toBe(false);
    expect(notices).toEqual([
      ".markdownlint-cli2.cjs is JavaScript and was not loaded: readiness-gate never runs code from the assessed repository (a pull request could change it). Put the settings in a .markdownlint-cli2.jsonc or .markdownlint.jsonc to have them applied",
      "docs/.markdownlint-cli2.jsonc names `customRules`: modules that are code, so they were not loaded (readiness-gate never runs code from the assessed repository); the built-in rules ran with the rest of the configuration",
    ]);
    // The declarative part applies (MD013 off in docs/); the root .cjs counts as absent, so the defaults apply there.
    expect(lint).toEqual(["README.md:3 MD013", "docs/page.md:4 MD009"]);
  });

  it("a configuration that reaches outside the repository is refused, and a broken one falls back to scored defaults", async () => {
    const base = mkdtempSync(path.join(tmpdir(), "rg-mdl-out-"));
    writeFileSync(path.join(base, "outside.json"), '{ "MD009": false }');
    const root = path.join(base, "repo");
    mkdirSync(root);
    writeFileSync(path.join(root, "a.md"), "# A\n\ntrailing   \n");
    writeFileSync(path.join(root, ".markdownlint.jsonc"), '{ "extends": "../outside.json" }');
    const outside = await ours(root);
    expect(outside.lint).toEqual(["a.md:3 MD009"]);
    expect(outside.notices).toHaveLength(1);
    expect(outside.notices[0]).toMatch(
      /^the repository's markdownlint configuration could not be used \(.*outside the repository.*\); markdownlint ran with readiness-gate's default rules$/,
    );
    writeFileSync(path.join(root, ".markdownlint.jsonc"), '{ "MD013": false,, }');
    const broken = await ours(root);
    expect(broken.lint).toEqual(["a.md:3 MD009"]);
    expect(broken.notices[0]).toMatch(
      /^the repository's markdownlint configuration could not be used \(Unable to parse '\.markdownlint\.jsonc'/,
    );
    expect(broken.result.details?.checks.find((c) => c.check === "lint")?.scored).toBe(true);
  });

  it("a markdownlint-cli2 key in the root package.json is a configuration too", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "rg-mdl-pkg-"));
    writeFileSync(
      path.join(root, "a.md"),
      "# A\n\ntrailing   \nA line that is longer than forty characters, for MD013.\n",
    );
    writeFileSync(
      path.join(root, "package.json"),
      JSON.stringify({ name: "x", "markdownlint-cli2": { config: { MD009: false, MD013: { line_length: 40 } } } }),
    );
    const [expected, actual] = await Promise.all([peer(root, ["**/*.md"]), ours(root)]);
    expect(actual.lint).toEqual(["a.md:4 MD013"]);
    expect(actual.lint).toEqual(expected);
    expect(actual.result.details?.lint).toBe("repository");
  });
});
