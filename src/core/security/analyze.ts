/**
 * The security dimension: scanner findings de-duplicated across tools, accepted risks set aside until they expire,
 * and score = 100 − Σ penalty(severity) over the open findings, floored at 0.
 */
import type { SecurityConfig } from "../config/security.js";
import { type DimensionOutcome, notAssessed, unreadableAsError } from "../dimension.js";
import type { SecurityParseResult } from "../formats/types.js";
import type { Finding, MetricValue, SecurityResult, Severity } from "../model/report.js";
import { SEVERITIES, SEVERITY_RANK } from "../model/report.js";
import type { OwaspRow, SecurityDetails, SecurityFindingView, SecurityToolRow } from "../model/security.js";
import { acceptanceFor, matches } from "./accepted.js";
import { dedupe, type MergedFinding } from "./dedupe.js";
import { OWASP_CATEGORIES } from "./owasp.js";

export interface ParsedSecurityArtifact {
  path: string;
  format: string;
  result: SecurityParseResult;
}

export interface SecurityInput {
  artifacts: ParsedSecurityArtifact[];
  config: SecurityConfig;
  /** Today, for accepted-risk expiry. */
  now: Date;
  /** Scanner files that were found but could not be read (paths): with nothing else, the dimension is an error. */
  unreadable?: readonly string[];
}

const TOP_MAX = 50;

function zeroes(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

export function securityScore(counts: Record<Severity, number>, penalties: Record<Severity, number>): number {
  const sum = SEVERITIES.reduce((s, sev) => s + counts[sev] * penalties[sev], 0);
  return Math.max(0, 100 - sum);
}

// The same order as `localeCompare` (a collator with the default locale and options), without building one per call.
const collate = new Intl.Collator().compare;

function byWorst(x: MergedFinding, y: MergedFinding): number {
  const a = x.finding;
  const b = y.finding;
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    collate(a.path ?? a.package?.name ?? a.url ?? "", b.path ?? b.package?.name ?? b.url ?? "") ||
    (a.line ?? 0) - (b.line ?? 0) ||
    collate(a.ruleId, b.ruleId)
  );
}

function view(m: MergedFinding, acceptance?: SecurityFindingView["acceptance"]): SecurityFindingView {
  const f = m.finding;
  const v: SecurityFindingView = {
    fingerprint: f.fingerprint,
    tools: [...m.tools],
    ruleId: f.ruleId,
    severity: f.severity,
    title: f.title,
    cwes: f.cwes,
    aliases: f.aliases,
    secret: f.secret,
  };
  if (f.owasp) v.owasp = f.owasp;
  if (f.path) v.path = f.path;
  if (f.line !== undefined) v.line = f.line;
  if (f.url) v.url = f.url;
  if (f.package) v.package = f.package;
  if (f.fix) v.fix = f.fix;
  if (f.helpUrl) v.helpUrl = f.helpUrl;
  if (acceptance) v.acceptance = acceptance;
  return v;
}

/** The sentence a report finding carries: what, where (package), the fix, the tools. */
export function findingMessage(
  f: Pick<SecurityFindingView, "title" | "package" | "aliases" | "ruleId" | "fix" | "path" | "url" | "acceptance">,
  tools: readonly string[] = (f as SecurityFindingView).tools,
): string {
  const pkg = f.package ? ` in ${f.package.name}${f.package.version ? ` ${f.package.version}` : ""}` : "";
  const ids = f.aliases.filter((a) => a !== f.ruleId).slice(0, 3);
  const idText = ids.length ? ` (${ids.join(", ")})` : "";
  const fix = f.fix ? `. Fix: ${f.fix}` : "";
  const where = !f.path && f.url ? ` at ${f.url}` : "";
  const acc = f.acceptance
    ? f.acceptance.lapsed
      ? `. Risk acceptance expired on ${f.acceptance.expires}: counted again`
      : `. Accepted risk until ${f.acceptance.expires}: ${f.acceptance.reason}`
    : "";
  return `${f.title}${pkg}${idText}${where}${fix}${acc} [${tools.join(", ")}]`;
}

/** Report findings share their rule id and tool strings: a scanner's 100,000 results name a few dozen rules. */
class ReportStrings {
  private readonly ruleIds = new Map<string, string>();
  private readonly tools = new Map<readonly string[], string>();
  ruleId(m: MergedFinding): string {
    const raw = `${m.tools[0]!.replace(/\s+/g, "-")}/${m.finding.ruleId}`;
    const known = this.ruleIds.get(raw);
    if (known !== undefined) return known;
    this.ruleIds.set(raw, raw);
    return raw;
  }
  tool(m: MergedFinding): string {
    let t = this.tools.get(m.tools);
    if (t === undefined) {
      t = m.tools.join(", ");
      this.tools.set(m.tools, t);
    }
    return t;
  }
}

function reportFinding(
  m: MergedFinding,
  acceptance: SecurityFindingView["acceptance"] | undefined,
  scored: boolean,
  strings: ReportStrings,
): Finding {
  const f = m.finding;
  const out: Finding = {
    dimension: "security",
    ruleId: strings.ruleId(m),
    severity: f.severity,
    message: findingMessage(acceptance ? { ...f, acceptance } : f, m.tools),
    tool: strings.tool(m),
    fingerprint: f.fingerprint,
    scored,
  };
  if (f.path) out.path = f.path;
  if (f.line !== undefined) out.line = f.line;
  if (f.column !== undefined) out.column = f.column;
  if (f.endLine !== undefined) out.endLine = f.endLine;
  if (f.endColumn !== undefined) out.endColumn = f.endColumn;
  if (f.helpUrl) out.url = f.helpUrl;
  return out;
}

function describeRisk(r: SecurityConfig["accepted-risks"][number], i: number): string {
  const what = [
    r.id && `id ${r.id}`,
    r.rule && `rule ${r.rule}`,
    r.fingerprint && `fingerprint ${r.fingerprint}`,
    r.path && `path ${r.path}`,
  ]
    .filter(Boolean)
    .join(", ");
  return `#${i + 1} (${what}) matches no finding`;
}

export async function analyzeSecurity(input: SecurityInput): Promise<DimensionOutcome<SecurityResult>> {
  return unreadableAsError(await analyzeFindings(input), input.unreadable, "scanner");
}

async function analyzeFindings(input: SecurityInput): Promise<DimensionOutcome<SecurityResult>> {
  const { config, now } = input;
  if (input.artifacts.length === 0)
    return { result: notAssessed(config.target, "no security scanner results were found"), findings: [] };

  const items = input.artifacts.flatMap((a) => a.result.findings.map((finding) => ({ finding, source: a.path })));
  const merged = dedupe(items).sort(byWorst);
  const risks = config["accepted-risks"];

  const open: MergedFinding[] = [];
  // Views (what the report's tables show) only for what it shows: the first TOP_MAX open, the accepted, the lapsed.
  const openViews: SecurityFindingView[] = [];
  const accepted: SecurityFindingView[] = [];
  const lapsed: SecurityFindingView[] = [];
  const findings: Finding[] = [];
  const severity = zeroes();
  const owaspOpen = new Map<string, { count: number; worst: Severity }>();
  const owaspAccepted = new Map<string, number>();
  const strings = new ReportStrings();
  for (const m of merged) {
    const f = m.finding;
    const match = risks.length > 0 ? acceptanceFor(risks, m, now) : undefined;
    const acceptance = match
      ? { reason: match.risk.reason, expires: match.risk.expires, lapsed: match.lapsed }
      : undefined;
    if (match && !match.lapsed) {
      accepted.push(view(m, acceptance));
      if (f.owasp) owaspAccepted.set(f.owasp, (owaspAccepted.get(f.owasp) ?? 0) + 1);
      findings.push(reportFinding(m, acceptance, false, strings));
      continue;
    }
    if (match?.lapsed) lapsed.push(view(m, acceptance));
    open.push(m);
    if (openViews.length < TOP_MAX) openViews.push(view(m, acceptance));
    severity[f.severity]++;
    // `merged` is sorted worst first, so a category's first open finding is its worst.
    if (f.owasp) {
      const row = owaspOpen.get(f.owasp);
      if (row) row.count++;
      else owaspOpen.set(f.owasp, { count: 1, worst: f.severity });
    }
    findings.push(reportFinding(m, acceptance, true, strings));
  }

  const score = securityScore(severity, config.penalties);

  const owasp: OwaspRow[] = OWASP_CATEGORIES.map((c) => {
    const row = owaspOpen.get(c.id);
    const worst = row ? row.worst : null;
    const status = worst === null ? "pass" : worst === "critical" || worst === "high" ? "fail" : "warn";
    return { id: c.id, name: c.name, findings: row?.count ?? 0, accepted: owaspAccepted.get(c.id) ?? 0, worst, status };
  });

  const tools = new Map<string, SecurityToolRow>();
  for (const a of input.artifacts) {
    for (const name of a.result.tool.split(", ")) {
      const row = tools.get(name) ?? { tool: name, artifacts: [], reported: 0 };
      if (a.result.toolVersion && !row.version) row.version = a.result.toolVersion;
      if (!row.artifacts.includes(a.path)) row.artifacts.push(a.path);
      tools.set(name, row);
    }
    for (const f of a.result.findings) {
      const row = tools.get(f.tool) ?? { tool: f.tool, artifacts: [a.path], reported: 0 };
      row.reported++;
      tools.set(f.tool, row);
    }
  }

  const unusedAcceptances = risks.flatMap((r, i) => (merged.some((f) => matches(r, f)) ? [] : [describeRisk(r, i)]));
  let secrets = 0;
  let unmapped = 0;
  for (const m of open) {
    if (m.finding.secret) secrets++;
    if (!m.finding.owasp) unmapped++;
  }
  const details: SecurityDetails = {
    severity,
    penalties: { ...config.penalties },
    totals: {
      reported: items.length,
      unique: merged.length,
      open: open.length,
      accepted: accepted.length,
      lapsed: lapsed.length,
      secrets,
    },
    owasp,
    unmapped,
    tools: [...tools.values()].sort((a, b) => collate(a.tool, b.tool)),
    top: openViews,
    accepted,
    lapsed,
    unusedAcceptances,
  };
  const metrics: Record<string, MetricValue> = {
    "findings.critical": severity.critical,
    "findings.high": severity.high,
    "findings.medium": severity.medium,
    "findings.low": severity.low,
    "findings.info": severity.info,
    "findings.total": open.length,
    accepted: accepted.length,
    "expired-acceptances": lapsed.length,
    secrets,
  };
  return { result: { status: "assessed", score, target: config.target, metrics, details }, findings };
}
