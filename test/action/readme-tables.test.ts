import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = new URL("../../", import.meta.url);
const script = (await import(pathToFileURL(fileURLToPath(new URL("scripts/readme-tables.mjs", root))).href)) as {
  DOCUMENTS: string[];
  syncTables: (root: URL, o: { check: boolean }) => string[];
  updateDocument: (text: string, action: unknown, file?: string) => string;
};

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

describe("the inputs and outputs tables generated from action.yml", () => {
  it("README.md and docs/action.md are current (run node scripts/readme-tables.mjs after editing action.yml)", () => {
    expect(script.syncTables(root, { check: true })).toEqual([]);
  });

  it("a changed input or a new output is drift", async () => {
    const action = parse(await readFile(new URL("action.yml", root), "utf8")) as ActionYml;
    const readme = await readFile(new URL("README.md", root), "utf8");
    expect(script.updateDocument(readme, action)).toBe(readme);
    const changed = structuredClone(action);
    changed.inputs.comment!.default = "never";
    changed.outputs["new-output"] = { description: "Something | with a pipe." };
    const next = script.updateDocument(readme, changed);
    expect(next).not.toBe(readme);
    expect(next).toContain("| `comment` | `never` | `always`: create or update");
    expect(next).toContain("| `new-output` | Something \\| with a pipe. |");
    expect(() => script.updateDocument("# no markers\n", action, "X.md")).toThrow(
      "X.md: missing the <!-- action-inputs:start --> … <!-- action-inputs:end --> markers",
    );
  });

  it("action.yml meets the Marketplace's rules: description within 125 characters, name, icon and colour", async () => {
    const action = parse(await readFile(new URL("action.yml", root), "utf8")) as ActionYml;
    expect(action.name).toBe("Readiness Gate");
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.branding).toEqual({ icon: "check-circle", color: "green" });
    for (const [name, x] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)])
      expect(x.description.trim(), name).not.toBe("");
  });
});

describe("the workflow examples in the docs", () => {
  it("every actions/checkout sets persist-credentials: false (no example needs git's token after checkout)", async () => {
    const missing: string[] = [];
    for (const file of ["README.md", "docs/action.md", "docs/pull-requests.md"]) {
      const lines = (await readFile(new URL(file, root), "utf8")).split("\n");
      lines.forEach((line, i) => {
        const m = /^(\s*)- uses: actions\/checkout@/.exec(line);
        if (!m) return;
        const indent = m[1] ?? "";
        // The step's own lines: deeper than its `- uses:` line.
        const step: string[] = [];
        for (const next of lines.slice(i + 1)) {
          if (!next.startsWith(`${indent}  `)) break;
          step.push(next);
        }
        if (!step.some((s) => /^\s+persist-credentials: false\b/.test(s))) missing.push(`${file}:${i + 1}`);
      });
    }
    expect(missing).toEqual([]);
  });
});
