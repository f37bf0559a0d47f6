#!/usr/bin/env node
// Writes the inputs and outputs tables of README.md and docs/action.md from action.yml, between the markers
// <!-- action-inputs:start --> … <!-- action-inputs:end --> (and the same for outputs), so the documentation
// cannot drift from what the runner reads. `--check` changes nothing and exits 1 when a file is out of date
// (test/action/readme-tables.test.ts runs it on every test run).
// Usage: node scripts/readme-tables.mjs [--check]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const DOCUMENTS = ["README.md", "docs/action.md"];

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text)
    .replace(/\s*\n\s*/g, " ")
    .replace(/\|/g, "\\|")
    .trim();
}

function code(value) {
  return value.includes("`") ? `\`\` ${value} \`\`` : `\`${value}\``;
}

export function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, input]) => {
    const def = input.default === undefined || input.default === "" ? "(empty)" : code(String(input.default));
    const required = input.required === true ? " **Required.**" : "";
    return `| \`${name}\` | ${def} | ${cell(input.description ?? "")}${required} |`;
  });
  return ["| Input | Default | Description |", "| --- | --- | --- |", ...rows].join("\n");
}

export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description ?? "")} |`,
  );
  return ["| Output | Description |", "| --- | --- |", ...rows].join("\n");
}

/** The document with both tables replaced; throws when a marker is missing. */
export function updateDocument(text, action, file = "document") {
  let out = text;
  for (const [kind, table] of [
    ["inputs", inputsTable(action)],
    ["outputs", outputsTable(action)],
  ]) {
    const start = `<!-- action-${kind}:start -->`;
    const end = `<!-- action-${kind}:end -->`;
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a === -1 || b === -1 || b < a) throw new Error(`${file}: missing the ${start} … ${end} markers`);
    out = `${out.slice(0, a + start.length)}\n<!-- Generated from action.yml by scripts/readme-tables.mjs; edit action.yml, not this table. -->\n\n${table}\n\n${out.slice(b)}`;
  }
  return out;
}

/** Files whose tables differ from action.yml (and, unless `check`, rewrites them). */
export function syncTables(root, { check = false } = {}) {
  const action = parse(readFileSync(new URL("action.yml", root), "utf8"));
  const stale = [];
  for (const file of DOCUMENTS) {
    const url = new URL(file, root);
    const text = readFileSync(url, "utf8");
    const next = updateDocument(text, action, file);
    if (next !== text) {
      stale.push(file);
      if (!check) writeFileSync(url, next);
    }
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes("--check");
  const stale = syncTables(new URL("../", import.meta.url), { check });
  if (check && stale.length > 0) {
    console.error(
      `${stale.join(", ")}: the inputs/outputs tables differ from action.yml; run node scripts/readme-tables.mjs`,
    );
    process.exit(1);
  }
  console.log(stale.length ? `updated ${stale.join(", ")}` : "tables are current");
}
