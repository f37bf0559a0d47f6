import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSchemas } from "../../scripts/schemas.js";

describe("generated JSON Schemas", () => {
  it("are current (run `npm run schema` after changing the config schema or the report model)", () => {
    for (const [file, text] of Object.entries(buildSchemas())) {
      expect(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8"), file).toBe(text);
    }
  });
});
