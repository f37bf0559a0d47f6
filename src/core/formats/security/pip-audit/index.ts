/**
 * pip-audit JSON: `{"dependencies": [...]}` (2.x) and the top-level array of 1.x. pip-audit reports no severity, so
 * every vulnerability counts as `medium` (our "unknown" severity): counted and shown, but not blocking on its own.
 */
import { UnreadableArtifactError } from "../../source.js";
import { makeFinding } from "../../../security/build.js";
import type { SecurityFinding } from "../../../model/security.js";
import { UNKNOWN_SEVERITY } from "../../../security/severity.js";
import type { SecurityFormat } from "../../types.js";
import { asArray, asObjects, asString, isObject, jsonHeadHas, nonEmpty, readJson } from "../../json.js";
import { firstSentence } from "../shared/text.js";

export const pipAuditFormat: SecurityFormat = {
  id: "pip-audit",
  family: "pip-audit",
  label: "pip-audit JSON",
  dimension: "security",
  detect({ head }) {
    if (jsonHeadHas(head, /"dependencies"\s*:\s*\[/, /"vulns"\s*:|"skip_reason"\s*:|"fixes"\s*:/)) return 0.9;
    if (jsonHeadHas(head, /^\s*\[\s*\{\s*"name"\s*:/, /"vulns"\s*:/)) return 0.9;
    if (jsonHeadHas(head, /^\s*\{\s*"dependencies"\s*:\s*\[\s*\]\s*(,\s*"fixes"\s*:\s*\[\s*\]\s*)?\}\s*$/)) return 0.5;
    return 0;
  },
  async parse(source) {
    const doc = await readJson(source, "pip-audit");
    const deps = Array.isArray(doc)
      ? doc
      : isObject(doc) && Array.isArray(doc.dependencies)
        ? doc.dependencies
        : undefined;
    if (!deps) throw new UnreadableArtifactError("not a pip-audit report: no `dependencies` list");
    // Every dependency names its package; an item without `name` is not pip-audit's (a report wrapped in a list).
    const bad = deps.findIndex((d) => !isObject(d) || nonEmpty(d.name) === undefined);
    if (bad >= 0) throw new UnreadableArtifactError(`not a pip-audit report: dependency ${bad + 1} has no \`name\``);
    const findings: SecurityFinding[] = [];
    for (const d of asObjects(deps)) {
      const name = nonEmpty(d.name);
      if (!name) continue;
      const version = nonEmpty(d.version);
      for (const v of asObjects(d.vulns)) {
        const id = nonEmpty(v.id) ?? "pip-audit";
        const fixed = asArray(v.fix_versions)
          .map((x) => asString(x))
          .find((x) => x);
        findings.push(
          makeFinding({
            tool: "pip-audit",
            ruleId: id,
            severity: UNKNOWN_SEVERITY,
            title: firstSentence(asString(v.description)) ?? `${id} in ${name}`,
            package: {
              name,
              ecosystem: "PyPI",
              ...(version ? { version } : {}),
              ...(fixed ? { fixedVersion: fixed } : {}),
            },
            aliases: asArray(v.aliases).map((a) => asString(a)),
          }),
        );
      }
    }
    return { tool: "pip-audit", findings };
  },
};
