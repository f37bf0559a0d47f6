import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";

describe("the JSON report", () => {
  it("validates against the published report schema", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rg-schema-"));
    mkdirSync(path.join(dir, "docs"));
    writeFileSync(path.join(dir, "README.md"), "# Demo\n\nSee [guide](docs/guide.md) and [gone](docs/gone.md).\n");
    writeFileSync(path.join(dir, "docs", "guide.md"), "# Guide\n\n```\nno language\n```\n");
    let out = "";
    await runCli(["--root", dir, "--format", "json"], {
      stdout: (s) => {
        out += s;
      },
      stderr: () => {},
      stderrIsTty: false,
      cwd: dir,
    });
    const schema = JSON.parse(readFileSync("schema/report.schema.json", "utf8"));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const report = JSON.parse(out);
    const valid = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
