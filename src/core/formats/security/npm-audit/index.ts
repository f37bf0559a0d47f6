/**
 * npm audit JSON: npm 7+ (`auditReportVersion: 2`) and npm 6 (`advisories`). One finding per advisory and package.
 * npm 7+ packages that are vulnerable only through another package (`via` holds just names) are not counted again:
 * the advisory is reported on the package that has it. npm's `moderate` is our `medium`.
 * npm's error outputs (`{"error": …}` from npm 6, `{"message", "statusCode", …}` from npm 7+) are unreadable, with
 * npm's reason, because an audit that did not run says nothing about vulnerabilities.
 */
import { UnreadableArtifactError } from "../../source.js";
import { makeFinding } from "../../../security/build.js";
import type { SecurityFinding } from "../../../model/security.js";
import { UNKNOWN_SEVERITY, severityFromWord } from "../../../security/severity.js";
import type { SecurityFormat } from "../../types.js";
import {
  asArray,
  asObjects,
  asString,
  isObject,
  type JsonObject,
  jsonHeadHas,
  nonEmpty,
  readJson,
  withoutCredentials,
} from "../../json.js";
import { versionFromSpec } from "../shared/text.js";

function ghsaFromUrl(url: string | undefined): string | undefined {
  return url ? /GHSA(-[0-9a-z]{4}){3}/i.exec(url)?.[0] : undefined;
}

function fixText(fix: unknown, pkg: string): string | undefined {
  if (isObject(fix)) {
    const name = nonEmpty(fix.name);
    const version = nonEmpty(fix.version);
    if (name && version)
      return `upgrade ${name} to ${version}${fix.isSemVerMajor === true ? " (a major version change)" : ""}`;
  }
  if (fix === true) return `run \`npm audit fix\` (a fixed ${pkg} is available)`;
  return undefined;
}

function v7(doc: JsonObject): SecurityFinding[] {
  const out: SecurityFinding[] = [];
  const vulns = isObject(doc.vulnerabilities) ? doc.vulnerabilities : {};
  for (const [key, v] of Object.entries(vulns)) {
    if (!isObject(v)) continue;
    const name = nonEmpty(v.name) ?? key;
    const fix = fixText(v.fixAvailable, name);
    for (const adv of asObjects(v.via)) {
      const url = nonEmpty(adv.url);
      const ghsa = ghsaFromUrl(url);
      const source = asString(adv.source);
      out.push(
        makeFinding({
          tool: "npm audit",
          ruleId: ghsa ?? (source ? `npm-${source}` : name),
          severity: severityFromWord(adv.severity) ?? severityFromWord(v.severity) ?? UNKNOWN_SEVERITY,
          title: nonEmpty(adv.title) ?? `Vulnerable ${name}`,
          cwes: asArray(adv.cwe).map((c) => asString(c) ?? ""),
          // npm 7+ names the vulnerable range, not the installed version.
          package: { name, ecosystem: "npm" },
          aliases: [ghsa],
          ...(url ? { helpUrl: url } : {}),
          ...(fix ? { fix } : {}),
          occurrences: asArray(v.nodes).length || 1,
        }),
      );
    }
  }
  return out;
}

function v6(doc: JsonObject): SecurityFinding[] {
  const out: SecurityFinding[] = [];
  const advisories = isObject(doc.advisories) ? doc.advisories : {};
  for (const [id, a] of Object.entries(advisories)) {
    if (!isObject(a)) continue;
    const name = nonEmpty(a.module_name) ?? "package";
    const version = asObjects(a.findings)
      .map((f) => nonEmpty(f.version))
      .find((x) => x !== undefined);
    const patched = nonEmpty(a.patched_versions);
    const fixed = patched && patched !== "<0.0.0" ? versionFromSpec(patched) : undefined;
    const url = nonEmpty(a.url);
    const ghsa = nonEmpty(a.github_advisory_id) ?? ghsaFromUrl(url);
    out.push(
      makeFinding({
        tool: "npm audit",
        ruleId: ghsa ?? `npm-${id}`,
        severity: severityFromWord(a.severity) ?? UNKNOWN_SEVERITY,
        title: nonEmpty(a.title) ?? `Vulnerable ${name}`,
        cwes: Array.isArray(a.cwe) ? a.cwe.map((c) => asString(c) ?? "") : [asString(a.cwe) ?? ""],
        package: { name, ecosystem: "npm", ...(version ? { version } : {}), ...(fixed ? { fixedVersion: fixed } : {}) },
        aliases: [ghsa, ...asArray(a.cves).map((c) => asString(c))],
        ...(url ? { helpUrl: url } : {}),
        occurrences: asObjects(a.findings).reduce((n, f) => n + (asArray(f.paths).length || 1), 0) || 1,
      }),
    );
  }
  return out;
}

function npmError(doc: JsonObject): string | undefined {
  if (isObject(doc.error) && !("vulnerabilities" in doc) && !("advisories" in doc)) {
    const e = doc.error;
    const parts = [nonEmpty(doc.message), nonEmpty(e.code), nonEmpty(e.summary), nonEmpty(e.detail)].filter(
      (x) => x !== undefined,
    );
    return withoutCredentials(parts.join(": ") || "no details");
  }
  return undefined;
}

export const npmAuditFormat: SecurityFormat = {
  id: "npm-audit",
  family: "npm-audit",
  label: "npm audit JSON",
  dimension: "security",
  detect({ head }) {
    if (jsonHeadHas(head, /"auditReportVersion"\s*:/)) return 1;
    if (jsonHeadHas(head, /"advisories"\s*:/, /"muted"|"actions"|"module_name"/)) return 0.9;
    if (jsonHeadHas(head, /"error"\s*:/, /"code"\s*:\s*"E[A-Z]+"|"ENOAUDIT"|\/-\/npm\/v1\/security\//)) return 0.7;
    return 0;
  },
  async parse(source) {
    const doc = await readJson(source, "npm audit");
    if (!isObject(doc)) throw new UnreadableArtifactError("not an npm audit report: the JSON is not an object");
    const err = npmError(doc);
    if (err) throw new UnreadableArtifactError(`npm audit did not run: ${err}`);
    if ("auditReportVersion" in doc || "vulnerabilities" in doc) {
      // An npm 7+ report always has the `vulnerabilities` object (empty when clean): without it nothing was read.
      if (!isObject(doc.vulnerabilities))
        throw new UnreadableArtifactError(
          `not an npm audit report: \`vulnerabilities\` is ${doc.vulnerabilities === undefined ? "missing" : "not an object"} (npm 7+ writes an object keyed by package)`,
        );
      return { tool: "npm audit", findings: v7(doc) };
    }
    if (isObject(doc.advisories)) return { tool: "npm audit", findings: v6(doc) };
    throw new UnreadableArtifactError(
      "not an npm audit report: neither `vulnerabilities` (npm 7+) nor `advisories` (npm 6)",
    );
  },
};
