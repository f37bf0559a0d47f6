/**
 * Grype JSON (`matches[]`). Critical/High/Medium/Low map one to one, Negligible is info, Unknown counts as medium.
 * The related vulnerabilities' ids (often the CVE behind a GHSA) become aliases, for de-duplication.
 */
import { UnreadableArtifactError } from "../../source.js";
import { makeFinding } from "../../../security/build.js";
import { UNKNOWN_SEVERITY, severityFromWord } from "../../../security/severity.js";
import type { SecurityFormat } from "../../types.js";
import { asArray, asObjects, asString, isObject, jsonHeadHas, nonEmpty, readJson } from "../../json.js";
import { firstSentence } from "../shared/text.js";

export const grypeFormat: SecurityFormat = {
  id: "grype",
  family: "grype",
  label: "Grype JSON",
  dimension: "security",
  detect({ head }) {
    if (jsonHeadHas(head, /"matches"\s*:/, /"vulnerability"\s*:|"descriptor"\s*:|"distro"\s*:|"matchDetails"/))
      return 0.9;
    if (jsonHeadHas(head, /^\{\s*"matches"\s*:\s*\[/)) return 0.8;
    return 0;
  },
  async parse(source) {
    const doc = await readJson(source, "Grype");
    if (!isObject(doc) || !Array.isArray(doc.matches))
      throw new UnreadableArtifactError("not a Grype report: no `matches` list");
    const findings = asObjects(doc.matches).map((m) => {
      const v = isObject(m.vulnerability) ? m.vulnerability : {};
      const a = isObject(m.artifact) ? m.artifact : {};
      const related = asObjects(m.relatedVulnerabilities);
      const id = nonEmpty(v.id) ?? "grype-match";
      const name = nonEmpty(a.name) ?? "package";
      const version = nonEmpty(a.version);
      const fix = isObject(v.fix) ? v.fix : {};
      const fixed =
        fix.state === "fixed" || fix.state === undefined
          ? asArray(fix.versions)
              .map((x) => asString(x))
              .find((x) => x)
          : undefined;
      const description = nonEmpty(v.description) ?? related.map((r) => nonEmpty(r.description)).find((x) => x);
      const url =
        nonEmpty(v.dataSource) ??
        asArray(v.urls)
          .map((x) => asString(x))
          .find((x) => x);
      const type = nonEmpty(a.type);
      return makeFinding({
        tool: "grype",
        ruleId: id,
        severity: severityFromWord(v.severity) ?? UNKNOWN_SEVERITY,
        title: firstSentence(description) ?? `${id} in ${name}`,
        package: {
          name,
          ...(version ? { version } : {}),
          ...(fixed ? { fixedVersion: fixed } : {}),
          ...(type ? { ecosystem: type } : {}),
        },
        aliases: [id, ...related.map((r) => asString(r.id))],
        ...(url ? { helpUrl: url } : {}),
      });
    });
    const d = isObject(doc.descriptor) ? doc.descriptor : {};
    const version = nonEmpty(d.version);
    return { tool: "grype", ...(version ? { toolVersion: version } : {}), findings };
  },
};
