/**
 * SARIF 2.1.0 from any producer. Severity order: the rule's (or result's) `security-severity` (a CVSS-like number,
 * or a word as Semgrep writes it), Bandit's `issue_severity`, then `result.level`, the rule's
 * `defaultConfiguration.level`, and SARIF's default `warning`.
 */
import { UnreadableArtifactError } from "../../source.js";
import { advisoryId, makeFinding, normalizePath, parseCwe } from "../../../security/build.js";
import type { SecurityFinding } from "../../../model/security.js";
import { severityFromScoreOrWord, severityFromWord } from "../../../security/severity.js";
import type { Severity } from "../../../model/report.js";
import type { SecurityFormat, SecurityParseResult } from "../../types.js";
import { asObjects, asString, isObject, type JsonObject, jsonHeadHas, nonEmpty } from "../../json.js";
import { firstSentence } from "../shared/text.js";
import { FIELD_MAX } from "../../../util/budgets.js";
import { boundedText } from "../../../util/redact.js";
import { readSarif, type SlimResult, type SlimRun } from "./read.js";

const LEVELS: Record<string, Severity> = { error: "high", warning: "medium", note: "low", none: "info" };

interface Rule {
  id?: string;
  name?: string;
  short?: string;
  level?: string;
  securitySeverity?: unknown;
  tags: string[];
  cwes: unknown[];
  helpUri?: string;
}

function readRule(r: JsonObject): Rule {
  const props = isObject(r.properties) ? r.properties : {};
  const dc = isObject(r.defaultConfiguration) ? r.defaultConfiguration : {};
  const text = (v: unknown) => (isObject(v) ? nonEmpty(v.text) : undefined);
  const tags = (Array.isArray(props.tags) ? props.tags : []).filter((t): t is string => typeof t === "string");
  const cwes: unknown[] = [];
  for (const key of ["cwe", "CWE", "cwes"]) {
    const v = props[key];
    if (Array.isArray(v)) cwes.push(...v);
    else if (v !== undefined) cwes.push(v);
  }
  const rule: Rule = { tags, cwes, securitySeverity: props["security-severity"] };
  const id = asString(r.id);
  if (id) rule.id = id;
  const name = nonEmpty(r.name);
  if (name) rule.name = name;
  const short = text(r.shortDescription) ?? text(r.fullDescription);
  if (short) rule.short = short;
  const level = asString(dc.level);
  if (level) rule.level = level;
  const help = nonEmpty(r.helpUri);
  if (help) rule.helpUri = help;
  return rule;
}

const SECRET_TOOLS = /gitleaks|trufflehog|detect-secrets|secretlint|ggshield|talisman|whispers|secret/i;
const SECRET_WORDS = /secret|credential|password|passwd|private[-_ ]?key|api[-_ ]?key|access[-_ ]?key|token/i;

/**
 * Rules known to report credentials by their id alone, per tool, for logs that carry no rule metadata (Bandit writes
 * SARIF without a `rules` array, and its B105 message quotes the password).
 */
const SECRET_RULES: { tool: RegExp; rule: RegExp }[] = [
  { tool: /bandit/i, rule: /^B10[5-7]$/ },
  { tool: /gosec/i, rule: /^G101$/ },
  { tool: /checkov/i, rule: /^CKV_SECRET_\d+$/ },
  { tool: /trivy/i, rule: /^(aws|github|gitlab|slack|private-key|jwt|generic)-/i },
  { tool: /./, rule: /hard-?coded[-_ ]?(password|credential|secret|key|token)/i },
];

/** A result that reports a leaked credential: its message may quote the value, so only rule text is used. */
function isSecretResult(toolName: string, rule: Rule | undefined, r: SlimResult): boolean {
  if (SECRET_TOOLS.test(toolName)) return true;
  const ids = [r.ruleId, rule?.id].filter((s): s is string => s !== undefined);
  if (SECRET_RULES.some((k) => k.tool.test(toolName) && ids.some((id) => k.rule.test(id)))) return true;
  const tags = [...(rule?.tags ?? []), ...r.tags];
  if (tags.some((t) => /^secrets?$/i.test(t))) return true;
  return [r.ruleId, rule?.id, rule?.name].some((s) => s !== undefined && SECRET_WORDS.test(s));
}

/** The stated severity, or undefined when neither result nor rule states one. */
function severityOf(rule: Rule | undefined, r: SlimResult): Severity | undefined {
  return (
    severityFromScoreOrWord(r.securitySeverity) ??
    severityFromScoreOrWord(rule?.securitySeverity) ??
    severityFromWord(r.issueSeverity) ??
    LEVELS[r.level ?? ""] ??
    LEVELS[rule?.level ?? ""]
  );
}

function baseUri(run: SlimRun, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const b = run.originalUriBaseIds?.[id];
  return isObject(b) ? asString(b.uri) : undefined;
}

function pathOf(run: SlimRun, r: SlimResult): string | undefined {
  const uri = r.uri ?? (r.artifactIndex !== undefined ? run.artifactUris[r.artifactIndex] : undefined);
  if (!uri) return undefined;
  const stripped = uri.replace(/^%[A-Z_]+%\/?/, "");
  return normalizePath(stripped, baseUri(run, r.uriBaseId)) || undefined;
}

const EMBEDDED_IDS = /(CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})/gi;

/** The run's findings. Its slim results are released as they are converted, so they and the findings never all coexist. */
export function findingsOfRun(run: SlimRun): { tool: string; version?: string; findings: SecurityFinding[] } {
  const driver = run.tool && isObject(run.tool.driver) ? run.tool.driver : undefined;
  const name = boundedText(nonEmpty(driver?.name) ?? "sarif", FIELD_MAX.tool);
  const version = nonEmpty(driver?.semanticVersion) ?? nonEmpty(driver?.version);
  const rules = asObjects(driver?.rules).map(readRule);
  const byId = new Map<string, Rule>();
  for (const r of rules) if (r.id && !byId.has(r.id)) byId.set(r.id, r);
  const tool = name.toLowerCase();
  const results = run.results;
  run.results = [];
  const findings = results.map((r, i) => {
    (results as (SlimResult | undefined)[])[i] = undefined;
    const rule =
      (r.ruleIndex !== undefined ? rules[r.ruleIndex] : undefined) ?? (r.ruleId ? byId.get(r.ruleId) : undefined);
    const ruleId = r.ruleId ?? rule?.id ?? "sarif-result";
    const secret = isSecretResult(name, rule, r);
    const path = pathOf(run, r);
    const ruleText = rule?.short ?? rule?.name;
    // A rule's description may quote the matched value too: a secret finding is titled by the rule's name or id.
    const title = secret
      ? `${rule?.name ?? ruleId} (secret value not shown)`
      : (firstSentence(r.message, 200) ?? ruleText ?? ruleId);
    // Tags name CWEs as `CWE-79`, `external/cwe/cwe-079` or `CWE-798: Use of…`; other tags are ignored.
    const cweTags = [...(rule?.tags ?? []), ...r.tags].filter((t) => /cwe/i.test(t));
    const cwes = [...(rule?.cwes ?? []), ...cweTags].filter((t) => parseCwe(t) !== undefined);
    const aliases = [...`${ruleId} ${rule?.id ?? ""}`.matchAll(EMBEDDED_IDS)].map((m) => m[1]!);
    return makeFinding({
      tool,
      ruleId,
      // Unstated: a leaked secret is high (as gitleaks' own JSON is mapped), anything else SARIF's default warning.
      severity: severityOf(rule, r) ?? (secret ? "high" : "medium"),
      title,
      cwes: cwes as (string | number)[],
      ...(path ? { path } : {}),
      ...(r.line !== undefined ? { line: r.line } : {}),
      ...(r.column !== undefined ? { column: r.column } : {}),
      ...(r.endLine !== undefined ? { endLine: r.endLine } : {}),
      // SARIF's endColumn is the column after the region; a finding's end column is its last character.
      ...(r.endColumn !== undefined ? { endColumn: r.endColumn - 1 } : {}),
      aliases: aliases.filter((a) => advisoryId(a) !== undefined),
      secret,
      ...(rule?.helpUri ? { helpUrl: rule.helpUri } : {}),
    });
  });
  return { tool, ...(version ? { version } : {}), findings };
}

export const sarifFormat: SecurityFormat = {
  id: "sarif",
  family: "sarif",
  label: "SARIF 2.1.0",
  dimension: "security",
  detect({ path, head }) {
    if (jsonHeadHas(head, /"runs"\s*:/, /sarif/i)) return 1;
    if (jsonHeadHas(head, /"runs"\s*:/, /"version"\s*:\s*"2\.1\.0"/)) return 0.95;
    if (/\.sarif(\.json)?$/i.test(path) && jsonHeadHas(head, /"runs"\s*:|"version"\s*:/)) return 0.6;
    return 0;
  },
  async parse(source): Promise<SecurityParseResult> {
    const log = await readSarif(source);
    if (log.runs.length === 0) {
      throw new UnreadableArtifactError("the SARIF log has no runs (`runs: []`): no scanner results in it");
    }
    const parts = log.runs.map(findingsOfRun);
    const tools = [...new Set(parts.map((p) => p.tool))];
    const first = parts.find((p) => p.findings.length > 0) ?? parts[0]!;
    return {
      tool: tools.join(", "),
      ...(first.version && tools.length === 1 ? { toolVersion: first.version } : {}),
      findings: parts.flatMap((p) => p.findings),
    };
  },
};
