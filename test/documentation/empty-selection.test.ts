import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderHeader } from "../../src/core/render/markdown.js";
import { renderSummary } from "../../src/core/render/text.js";
import { assessRepository } from "../../src/engine/assess-repository.js";

describe("an empty documentation selection", () => {
  it("is a warning next to the verdict, never a silent pass", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "rg-empty-"));
    writeFileSync(path.join(root, "notes.txt"), "not Markdown\n");
    writeFileSync(path.join(root, "guide.md"), "# Guide\n");
    writeFileSync(path.join(root, "readiness.yml"), "documentation:\n  include: ['docs/**/*.md']\n");
    const { report } = await assessRepository({
      root,
      config: { file: path.join(root, "readiness.yml"), explicit: true },
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(report.dimensions.documentation.status).toBe("not-assessed");
    expect(report.dimensions.documentation.reason).toBe("no Markdown files matched documentation.include");
    expect(renderHeader(report)).toContain(
      "> [!WARNING]\n> No documentation files matched documentation.include, so no documentation was checked. Check the include patterns in the config.\n",
    );
    expect(renderSummary(report)).toContain(
      "  warning: No documentation files matched documentation.include, so no documentation was checked. Check the include patterns in the config.",
    );
  });
});
