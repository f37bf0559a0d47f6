/**
 * detect-secrets baselines (0.x and 1.x). An entry is a finding unless an audit marked it a false positive
 * (`is_secret: false`); unaudited and confirmed (`is_secret: true`) entries count as leaked secrets, severity high.
 * Only the secret's type, file and line are kept (the baseline holds a hash, never the value).
 */
import { UnreadableArtifactError } from "../../source.js";
import { makeFinding, normalizePath } from "../../../security/build.js";
import type { SecurityFinding } from "../../../model/security.js";
import type { SecurityFormat } from "../../types.js";
import { asNumber, asObjects, isObject, jsonHeadHas, nonEmpty, readJson } from "../../json.js";

export const detectSecretsFormat: SecurityFormat = {
  id: "detect-secrets",
  family: "detect-secrets",
  label: "detect-secrets baseline",
  dimension: "security",
  detect({ head }) {
    if (jsonHeadHas(head, /"results"\s*:/, /"plugins_used"|"hashed_secret"|"filters_used"/)) return 0.95;
    return 0;
  },
  async parse(source) {
    const doc = await readJson(source, "detect-secrets baseline");
    if (!isObject(doc) || !isObject(doc.results))
      throw new UnreadableArtifactError("not a detect-secrets baseline: no `results` object");
    const findings: SecurityFinding[] = [];
    for (const [file, entries] of Object.entries(doc.results)) {
      for (const e of asObjects(entries)) {
        if (e.is_secret === false) continue;
        const type = nonEmpty(e.type) ?? "Secret";
        const path = normalizePath(nonEmpty(e.filename) ?? file);
        const line = asNumber(e.line_number);
        findings.push(
          makeFinding({
            tool: "detect-secrets",
            ruleId: type,
            severity: "high",
            title: `${type}${e.is_secret === true ? " (confirmed by audit)" : " (not audited)"}`,
            path,
            ...(line !== undefined ? { line } : {}),
            secret: true,
          }),
        );
      }
    }
    const version = nonEmpty(doc.version);
    return { tool: "detect-secrets", ...(version ? { toolVersion: version } : {}), findings };
  },
};
