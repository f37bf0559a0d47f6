/**
 * safety `check --json` (2.x and 3.x, which may print a deprecation banner before the JSON). Severity from the
 * CVSS v3 (then v2) base score or word when safety has one (it needs an API key); otherwise `medium` (unknown).
 */
import { UnreadableArtifactError } from "../../source.js";
import { makeFinding } from "../../../security/build.js";
import type { SecurityFinding } from "../../../model/security.js";
import { UNKNOWN_SEVERITY, severityFromScoreOrWord, severityFromWord } from "../../../security/severity.js";
import type { Severity } from "../../../model/report.js";
import type { SecurityFormat } from "../../types.js";
import {
  asArray,
  asObjects,
  asString,
  isObject,
  type JsonObject,
  nonEmpty,
  readJson,
  trimmedHead,
} from "../../json.js";
import { firstSentence } from "../shared/text.js";

function severityOf(v: JsonObject): Severity {
  const s = v.severity;
  if (!isObject(s)) return severityFromWord(s) ?? UNKNOWN_SEVERITY;
  for (const key of ["cvssv3", "cvssv2"]) {
    const c = s[key];
    if (isObject(c)) {
      const sev = severityFromScoreOrWord(c.base_score) ?? severityFromWord(c.base_severity);
      if (sev) return sev;
    }
  }
  return UNKNOWN_SEVERITY;
}

export const safetyFormat: SecurityFormat = {
  id: "safety",
  family: "safety",
  label: "safety JSON",
  dimension: "security",
  detect({ head }) {
    const h = trimmedHead(head);
    if (/"report_meta"\s*:/.test(h) && /"safety_version"|"vulnerabilities"\s*:|"scanned_packages"/.test(h)) return 0.95;
    return 0;
  },
  async parse(source) {
    const doc = await readJson(source, "safety", { allowLeadingText: true });
    if (!isObject(doc) || !Array.isArray(doc.vulnerabilities))
      throw new UnreadableArtifactError("not a safety report: no `vulnerabilities` list");
    const meta = isObject(doc.report_meta) ? doc.report_meta : {};
    const findings: SecurityFinding[] = asObjects(doc.vulnerabilities).map((v) => {
      const name = nonEmpty(v.package_name) ?? "package";
      const id = nonEmpty(v.vulnerability_id) ?? "safety";
      const version = nonEmpty(v.analyzed_version);
      const fixed = asArray(v.fixed_versions)
        .map((x) => nonEmpty(x))
        .find((x) => x);
      const url = nonEmpty(v.more_info_url);
      return makeFinding({
        tool: "safety",
        ruleId: `PYUP-${id}`,
        severity: severityOf(v),
        title: firstSentence(asString(v.advisory)) ?? `Vulnerability ${id} in ${name}`,
        package: {
          name,
          ecosystem: "PyPI",
          ...(version ? { version } : {}),
          ...(fixed ? { fixedVersion: fixed } : {}),
        },
        aliases: [asString(v.CVE)],
        ...(url ? { helpUrl: url } : {}),
      });
    });
    const version = nonEmpty(meta.safety_version);
    return { tool: "safety", ...(version ? { toolVersion: version } : {}), findings };
  },
};
