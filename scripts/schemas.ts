import { readFileSync } from "node:fs";
import { createGenerator } from "ts-json-schema-generator";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { configSchema } from "../src/core/config/schema.js";

export const CONFIG_SCHEMA_FILE = "schema/readiness-config.schema.json";
export const REPORT_SCHEMA_FILE = "schema/report.schema.json";
export const INPUT_DEFAULTS_FILE = "src/action/input-defaults.ts";

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

/**
 * The Action's inputs and defaults as action.yml declares them, as a TypeScript module: the runner applies
 * action.yml's defaults, and a run without the runner (tests, `node dist/index.js`) gets the same ones from here.
 */
export function inputDefaultsModule(): string {
  const action = parseYaml(readFileSync(new URL("../action.yml", import.meta.url), "utf8")) as {
    inputs: Record<string, { default?: unknown }>;
  };
  const entries = Object.entries(action.inputs).map(
    ([name, spec]) =>
      `  ${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}: ${JSON.stringify(String(spec.default ?? ""))},`,
  );
  return [
    "// Generated from action.yml by `npm run schema`; a test fails when it is not current. Do not edit.",
    "// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the literal defaults action.yml declares",
    "export const ACTION_INPUT_DEFAULTS = {",
    ...entries,
    "} as const;",
    "",
    "export type ActionInputName = keyof typeof ACTION_INPUT_DEFAULTS;",
    "",
  ].join("\n");
}

export function buildSchemas(): Record<string, string> {
  return {
    [CONFIG_SCHEMA_FILE]: `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
    [REPORT_SCHEMA_FILE]: `${JSON.stringify(reportJsonSchema(), null, 2)}\n`,
    [INPUT_DEFAULTS_FILE]: inputDefaultsModule(),
  };
}
