import { createGenerator } from "ts-json-schema-generator";
import { z } from "zod";
import { configSchema } from "../src/core/config/schema.js";

export const CONFIG_SCHEMA_FILE = "schema/readiness-config.schema.json";
export const REPORT_SCHEMA_FILE = "schema/report.schema.json";

export function configJsonSchema(): Record<string, unknown> {
  // "input" describes what users may write (defaults make keys optional).
  const schema = z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://github.com/readiness-gate/readiness-gate/schema/readiness-config.schema.json",
    title: "Readiness Gate configuration (.github/readiness.yml)",
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}

export function reportJsonSchema(): Record<string, unknown> {
  const schema = createGenerator({
    path: "src/core/model/report.ts",
    tsconfig: "tsconfig.json",
    type: "Report",
    skipTypeCheck: true,
    additionalProperties: false,
    expose: "export",
    topRef: true,
  }).createSchema("Report") as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://github.com/readiness-gate/readiness-gate/schema/report.schema.json",
    title: "Readiness Gate report (schemaVersion 1)",
  };
}

export function buildSchemas(): Record<string, string> {
  return {
    [CONFIG_SCHEMA_FILE]: `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
    [REPORT_SCHEMA_FILE]: `${JSON.stringify(reportJsonSchema(), null, 2)}\n`,
  };
}
