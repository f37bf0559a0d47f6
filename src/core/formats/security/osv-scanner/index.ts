/**
 * osv-scanner JSON (v1 and v2). One finding per vulnerability group (ids that name the same flaw) per package.
 * Severity: the group's `max_severity` (a CVSS base score), else the highest of its records' CVSS v3 vectors,
 * numeric scores or `database_specific.severity` words, else medium (unknown). License violations are not security
 * findings and are ignored. A 0-byte file is unreadable ("empty"): a crashed run writes nothing too.
 */
import { UnreadableArtifactError } from "../../source.js";
import { makeFinding, normalizePath } from "../../../security/build.js";
import type { SecurityFinding } from "../../../model/security.js";
import {
  UNKNOWN_SEVERITY,
  cvss3BaseScore,
  severityFromScore,
  severityFromScoreOrWord,
  severityFromWord,
  worse,
} from "../../../security/severity.js";
import type { Severity } from "../../../model/report.js";
import type { SecurityFormat } from "../../types.js";
import {
  asArray,
  asNumber,
  asObjects,
  asString,
  isObject,
  type JsonObject,
  jsonHeadHas,
  nonEmpty,
  readJson,
} from "../../json.js";

function recordSeverity(v: JsonObject): Severity | undefined {
  let best: Severity | undefined;
  for (const s of asObjects(v.severity)) {
    const score = asString(s.score);
    if (!score) continue;
    const n = cvss3BaseScore(score) ?? asNumber(score);
    if (n !== undefined) best = best ? worse(best, severityFromScore(n)) : severityFromScore(n);
  }
  if (best) return best;
  const db = isObject(v.database_specific) ? v.database_specific : {};
  return severityFromWord(db.severity);
}

function fixedVersion(v: JsonObject, name: string): string | undefined {
  for (const aff of asObjects(v.affected)) {
    const p = isObject(aff.package) ? aff.package : {};
    if (nonEmpty(p.name) !== name) continue;
    for (const r of asObjects(aff.ranges)) {
      for (const e of asObjects(r.events)) {
        const f = nonEmpty(e.fixed);
        if (f) return f;
      }
    }
  }
  return undefined;
}

export const osvScannerFormat: SecurityFormat = {
  id: "osv-scanner",
  family: "osv-scanner",
  label: "osv-scanner JSON",
  dimension: "security",
  detect({ head }) {
    if (jsonHeadHas(head, /"results"\s*:/, /"packages"\s*:|"experimental_config"|"source"\s*:\s*\{/)) {
      return /"plugins_used"|"hashed_secret"/.test(head) ? 0 : 0.85;
    }
    return 0;
  },
  async parse(source) {
    const doc = await readJson(source, "osv-scanner");
    if (!isObject(doc) || !Array.isArray(doc.results))
      throw new UnreadableArtifactError("not an osv-scanner report: no `results` list");
    const findings: SecurityFinding[] = [];
    for (const r of asObjects(doc.results)) {
      const src = isObject(r.source) ? r.source : {};
      const rawPath = nonEmpty(src.path);
      const path = rawPath ? normalizePath(rawPath.replace(/^<rootdir>\//, "")) : undefined;
      for (const p of asObjects(r.packages)) {
        const pkg = isObject(p.package) ? p.package : {};
        const name = nonEmpty(pkg.name) ?? "package";
        const version = nonEmpty(pkg.version);
        const ecosystem = nonEmpty(pkg.ecosystem);
        const records = asObjects(p.vulnerabilities);
        const groups = asObjects(p.groups);
        // v1 files before groups existed: one group per record.
        const effective = groups.length > 0 ? groups : records.map((v) => ({ ids: [v.id ?? null] }) as JsonObject);
        for (const g of effective) {
          const ids = asArray(g.ids)
            .map((x) => asString(x))
            .filter((x): x is string => !!x);
          const inGroup = records.filter((v) => ids.includes(asString(v.id) ?? ""));
          let severity = severityFromScoreOrWord(nonEmpty(g.max_severity));
          for (const v of inGroup) {
            const s = recordSeverity(v);
            if (s && !severity) severity = s;
            else if (s && severity && !nonEmpty(g.max_severity)) severity = worse(severity, s);
          }
          const first = inGroup[0];
          const fixed = inGroup.map((v) => fixedVersion(v, name)).find((x) => x);
          const cwes = inGroup.flatMap((v) =>
            isObject(v.database_specific) ? asArray(v.database_specific.cwe_ids) : [],
          );
          const ruleId = ids.find((i) => /^GHSA-/i.test(i)) ?? ids[0] ?? "osv";
          findings.push(
            makeFinding({
              tool: "osv-scanner",
              ruleId,
              severity: severity ?? UNKNOWN_SEVERITY,
              title: nonEmpty(first?.summary) ?? `${ruleId} in ${name}`,
              cwes: cwes.map((c) => asString(c) ?? ""),
              package: {
                name,
                ...(version ? { version } : {}),
                ...(fixed ? { fixedVersion: fixed } : {}),
                ...(ecosystem ? { ecosystem } : {}),
              },
              ...(path ? { path } : {}),
              aliases: [
                ...ids,
                ...asArray(g.aliases).map((x) => asString(x)),
                ...inGroup.flatMap((v) => asArray(v.aliases).map((x) => asString(x))),
              ],
            }),
          );
        }
      }
    }
    return { tool: "osv-scanner", findings };
  },
};
