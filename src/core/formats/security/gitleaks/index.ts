/**
 * gitleaks JSON: v8 (array of PascalCase objects) and v7 (camelCase: `rule`, `offender`, `lineNumber`). Every
 * finding is a leaked secret, severity high. `Secret`, `Match`, `offender`, `line`, commit messages and authors are
 * never read; only rule, file, line and our fingerprint are kept. Clean runs: `[]` (v8) or `null` (v7).
 */
import { UnreadableArtifactError } from "../../source.js";
import { makeFinding, normalizePath } from "../../../security/build.js";
import type { SecurityFormat } from "../../types.js";
import { asNumber, asObjects, type JsonObject, jsonHeadHas, nonEmpty, readJson, trimmedHead } from "../../json.js";

function fromEntry(e: JsonObject) {
  const v8 = "RuleID" in e || "StartLine" in e || "File" in e;
  const ruleId = (v8 ? nonEmpty(e.RuleID) : nonEmpty(e.rule)) ?? "gitleaks";
  const description = v8 ? nonEmpty(e.Description) : nonEmpty(e.rule);
  const file = v8 ? nonEmpty(e.File) : nonEmpty(e.file);
  const line = v8 ? asNumber(e.StartLine) : asNumber(e.lineNumber);
  const column = v8 ? asNumber(e.StartColumn) : undefined;
  return makeFinding({
    tool: "gitleaks",
    ruleId,
    severity: "high",
    title: `${description ?? ruleId} (secret value not shown)`,
    ...(file ? { path: normalizePath(file) } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    secret: true,
  });
}

export const gitleaksFormat: SecurityFormat = {
  id: "gitleaks",
  family: "gitleaks",
  label: "gitleaks JSON",
  dimension: "security",
  detect({ head }) {
    if (jsonHeadHas(head, /^\[\s*\{/, /"RuleID"\s*:/, /"Secret"\s*:|"Match"\s*:|"StartLine"\s*:/)) return 0.95;
    if (jsonHeadHas(head, /^\[\s*\{/, /"offender"\s*:/, /"rule"\s*:/)) return 0.95;
    // An empty list or `null` is what gitleaks writes for a clean scan; other tools that do the same can be named
    // with the config's `format:`.
    if (/^(\[\s*\]|null)\s*$/.test(trimmedHead(head))) return 0.2;
    return 0;
  },
  async parse(source) {
    const doc = await readJson(source, "gitleaks");
    if (doc === null) return { tool: "gitleaks", findings: [] };
    if (!Array.isArray(doc)) throw new UnreadableArtifactError("not a gitleaks report: the JSON is not a list");
    return { tool: "gitleaks", findings: asObjects(doc).map(fromEntry) };
  },
};
