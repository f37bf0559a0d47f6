/**
 * OWASP ZAP traditional JSON (`-J`, json-plus) and XML reports. One finding per alert per site, severity from
 * `riskcode` (3 high, 2 medium, 1 low, 0 info); alerts with confidence 0 ("false positive") are dropped.
 * Instance evidence, attack strings, other info and request/response bodies are never read: they can hold tokens.
 */
import { UnreadableArtifactError } from "../../source.js";
import { makeFinding, safeUrl } from "../../../security/build.js";
import type { SecurityFinding } from "../../../model/security.js";
import type { Severity } from "../../../model/report.js";
import type { SecurityFormat } from "../../types.js";
import {
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

const RISK: Record<number, Severity> = { 3: "high", 2: "medium", 1: "low", 0: "info" };

function alertsOf(sites: JsonObject[]): SecurityFinding[] {
  const out: SecurityFinding[] = [];
  for (const site of sites) {
    const siteName = nonEmpty(site["@name"]) ?? nonEmpty(site.name) ?? nonEmpty(site["@host"]);
    const alertsNode = site.alerts;
    // XML: <alerts><alertitem>…</alertitem></alerts>; JSON: "alerts": [...]
    const alerts = isObject(alertsNode) ? asObjects(alertsNode.alertitem) : asObjects(alertsNode);
    for (const a of alerts) {
      const risk = asNumber(a.riskcode);
      if (asNumber(a.confidence) === 0) continue;
      const pluginId = nonEmpty(a.pluginid);
      const ruleId = nonEmpty(a.alertRef) ?? pluginId ?? "zap-alert";
      const title = nonEmpty(a.name) ?? nonEmpty(a.alert) ?? `ZAP alert ${ruleId}`;
      const instancesNode = a.instances;
      const instances = isObject(instancesNode) ? asObjects(instancesNode.instance) : asObjects(instancesNode);
      const firstUri = instances.map((i) => safeUrl(asString(i.uri))).find((u) => u !== undefined);
      const cwe = asNumber(a.cweid);
      const url = safeUrl(siteName) ?? firstUri;
      out.push(
        makeFinding({
          tool: "zap",
          ruleId,
          severity: risk !== undefined ? (RISK[risk] ?? "medium") : "medium",
          title,
          cwes: cwe !== undefined && cwe > 0 ? [cwe] : [],
          ...(url ? { url } : {}),
          occurrences: asNumber(a.count) ?? instances.length,
        }),
      );
    }
  }
  return out;
}

export const zapJsonFormat: SecurityFormat = {
  id: "zap-json",
  family: "zap",
  label: "OWASP ZAP JSON",
  dimension: "security",
  detect({ head }) {
    if (jsonHeadHas(head, /"site"\s*:/, /"@programName"|"@version"|"@generated"/)) return 0.95;
    if (jsonHeadHas(head, /"site"\s*:/, /"riskcode"|"alerts"/)) return 0.8;
    return 0;
  },
  async parse(source) {
    const doc = await readJson(source, "ZAP");
    if (!isObject(doc) || !("site" in doc)) throw new UnreadableArtifactError("not a ZAP JSON report: no `site` list");
    const sites = Array.isArray(doc.site) ? asObjects(doc.site) : asObjects([doc.site]);
    const version = nonEmpty(doc["@version"]);
    return { tool: "zap", ...(version ? { toolVersion: version } : {}), findings: alertsOf(sites) };
  },
};

export const zapXmlFormat: SecurityFormat = {
  id: "zap-xml",
  family: "zap",
  label: "OWASP ZAP XML",
  dimension: "security",
  detect({ head }) {
    return /<OWASPZAPReport[\s>]/.test(trimmedHead(head).slice(0, 2000)) ? 1 : 0;
  },
  async parse(source) {
    const text = await source.text();
    if (text.trim() === "") throw new UnreadableArtifactError("the ZAP XML file is empty");
    // Loaded when an XML report is read: its name tables take tens of milliseconds to build at start-up.
    const { XMLParser } = await import("fast-xml-parser");
    let doc: unknown;
    try {
      const parser = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: "@",
        parseTagValue: false,
        processEntities: true,
        isArray: (name) => name === "site" || name === "alertitem" || name === "instance",
      });
      doc = parser.parse(text, true);
    } catch (e) {
      throw new UnreadableArtifactError(`not well-formed ZAP XML: ${e instanceof Error ? e.message : String(e)}`);
    }
    const root = isObject(doc as JsonObject) ? (doc as JsonObject).OWASPZAPReport : undefined;
    if (!isObject(root)) throw new UnreadableArtifactError("not a ZAP XML report: no <OWASPZAPReport> element");
    const version = nonEmpty(root["@version"]);
    return { tool: "zap", ...(version ? { toolVersion: version } : {}), findings: alertsOf(asObjects(root.site)) };
  },
};
