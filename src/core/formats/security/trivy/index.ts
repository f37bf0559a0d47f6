/**
 * Trivy JSON: SchemaVersion 2 (`Results[]` with Vulnerabilities, Misconfigurations, Secrets), the legacy top-level
 * array (< 0.20, `null` when clean), and `trivy k8s` reports (`ClusterName` with per-resource `Results`).
 * Trivy's CRITICAL/HIGH/MEDIUM/LOW map one to one; UNKNOWN counts as medium. Secret `Match` and `Code` are never read.
 */
import { UnreadableArtifactError } from "../../source.js";
import { makeFinding, normalizePath } from "../../../security/build.js";
import type { SecurityFinding } from "../../../model/security.js";
import { UNKNOWN_SEVERITY, severityFromWord } from "../../../security/severity.js";
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
  trimmedHead,
} from "../../json.js";

/** CWE-16 (Configuration) files misconfigurations under OWASP A05, Security Misconfiguration. */
const CWE_CONFIGURATION = 16;

function resultFindings(r: JsonObject, resource?: string): SecurityFinding[] {
  const out: SecurityFinding[] = [];
  const target = nonEmpty(r.Target) ?? "";
  const cls = nonEmpty(r.Class) ?? "";
  const ecosystem = nonEmpty(r.Type);
  const filePath = target && cls !== "os-pkgs" && !resource ? normalizePath(target) : undefined;
  for (const v of asObjects(r.Vulnerabilities)) {
    const id = nonEmpty(v.VulnerabilityID) ?? "trivy-vulnerability";
    const name = nonEmpty(v.PkgName) ?? "package";
    const version = nonEmpty(v.InstalledVersion);
    const fixed = nonEmpty(v.FixedVersion);
    const url = nonEmpty(v.PrimaryURL);
    out.push(
      makeFinding({
        tool: "trivy",
        ruleId: id,
        severity: severityFromWord(v.Severity) ?? UNKNOWN_SEVERITY,
        title: nonEmpty(v.Title) ?? `${id} in ${name}`,
        cwes: asArray(v.CweIDs).map((c) => asString(c) ?? ""),
        package: {
          name,
          ...(version ? { version } : {}),
          ...(fixed ? { fixedVersion: fixed.split(",")[0]!.trim() } : {}),
          ...(ecosystem ? { ecosystem } : {}),
        },
        ...(filePath ? { path: filePath } : {}),
        aliases: [id, ...asArray(v.VendorIDs).map((x) => asString(x))],
        ...(url ? { helpUrl: url } : {}),
      }),
    );
  }
  for (const m of asObjects(r.Misconfigurations)) {
    const status = nonEmpty(m.Status);
    if (status && status !== "FAIL") continue;
    const id = nonEmpty(m.ID) ?? nonEmpty(m.AVDID) ?? "trivy-misconfiguration";
    const cause = isObject(m.CauseMetadata) ? m.CauseMetadata : {};
    const line = asNumber(cause.StartLine);
    const url = nonEmpty(m.PrimaryURL);
    const resolution = nonEmpty(m.Resolution);
    out.push(
      makeFinding({
        tool: "trivy",
        ruleId: id,
        severity: severityFromWord(m.Severity) ?? UNKNOWN_SEVERITY,
        title: `${nonEmpty(m.Title) ?? id}${resource ? ` (${resource})` : ""}`,
        cwes: [CWE_CONFIGURATION],
        ...(resource ? {} : target ? { path: normalizePath(target) } : {}),
        ...(line !== undefined ? { line } : {}),
        ...(url ? { helpUrl: url } : {}),
        ...(resolution ? { fix: resolution } : {}),
      }),
    );
  }
  for (const s of asObjects(r.Secrets)) {
    const id = nonEmpty(s.RuleID) ?? "trivy-secret";
    const line = asNumber(s.StartLine);
    out.push(
      makeFinding({
        tool: "trivy",
        ruleId: id,
        severity: severityFromWord(s.Severity) ?? UNKNOWN_SEVERITY,
        title: `${nonEmpty(s.Title) ?? id} (secret value not shown)`,
        ...(target ? { path: normalizePath(target) } : {}),
        ...(line !== undefined ? { line } : {}),
        secret: true,
      }),
    );
  }
  return out;
}

function k8sFindings(doc: JsonObject): SecurityFinding[] {
  const out: SecurityFinding[] = [];
  for (const key of ["Vulnerabilities", "Misconfigurations", "Resources"]) {
    for (const res of asObjects(doc[key])) {
      const resource = [nonEmpty(res.Namespace), nonEmpty(res.Kind), nonEmpty(res.Name)].filter(Boolean).join("/");
      for (const r of asObjects(res.Results)) out.push(...resultFindings(r, resource || undefined));
    }
  }
  return out;
}

export const trivyFormat: SecurityFormat = {
  id: "trivy",
  family: "trivy",
  label: "Trivy JSON",
  dimension: "security",
  detect({ head }) {
    if (jsonHeadHas(head, /"SchemaVersion"\s*:/, /"ArtifactName"|"Results"|"ArtifactType"/)) return 0.95;
    if (jsonHeadHas(head, /^\{\s*"ClusterName"\s*:/)) return 0.9;
    if (jsonHeadHas(head, /^\[\s*\{\s*"Target"\s*:/)) return 0.9;
    if (/^null\s*$/.test(trimmedHead(head))) return 0.1;
    return 0;
  },
  async parse(source) {
    const doc = await readJson(source, "Trivy");
    // Trivy before 0.20 writes `null` for a clean scan.
    if (doc === null) return { tool: "trivy", findings: [] };
    if (Array.isArray(doc)) {
      // The legacy layout is a list of results, each naming its `Target`; a whole report in a list is not one.
      const bad = doc.findIndex((r) => !isObject(r) || !("Target" in r));
      if (bad >= 0)
        throw new UnreadableArtifactError(
          `not a Trivy report: item ${bad + 1} of the top-level list has no \`Target\` (is a whole report wrapped in a list?)`,
        );
      return { tool: "trivy", findings: asObjects(doc).flatMap((r) => resultFindings(r)) };
    }
    if (!isObject(doc))
      throw new UnreadableArtifactError("not a Trivy report: the JSON is neither an object nor a list");
    if ("ClusterName" in doc) return { tool: "trivy", findings: k8sFindings(doc) };
    if (!("SchemaVersion" in doc) && !("Results" in doc) && !("ArtifactName" in doc)) {
      throw new UnreadableArtifactError("not a Trivy report: no `Results`, `SchemaVersion` or `ArtifactName`");
    }
    if (doc.Results !== undefined && doc.Results !== null && !Array.isArray(doc.Results))
      throw new UnreadableArtifactError("not a Trivy report: `Results` must be a list of results");
    const meta = isObject(doc.Trivy) ? doc.Trivy : {};
    const version = nonEmpty(meta.Version);
    return {
      tool: "trivy",
      ...(version ? { toolVersion: version } : {}),
      findings: asObjects(doc.Results).flatMap((r) => resultFindings(r)),
    };
  },
};
