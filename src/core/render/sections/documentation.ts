/** The documentation part of the reports: a one-line summary, a Check/Checked/Valid table, findings by file. */
import type { Finding, Report } from "../../model/report.js";
import { displayScore } from "../../scoring/metrics.js";
import type { DocumentationDetails } from "../../model/documentation.js";
import { code, details, escapeText, formatNumber, plural, table } from "../markdown-utils.js";
import { findingsByFile, location, sortFindings } from "./findings-list.js";
import { SITE_LABELS } from "../../documentation/site-profile.js";
import { elsewhere, type MarkdownSectionRenderer, type TextSectionRenderer } from "./types.js";

function count(report: Report, key: string): number {
  const v = report.dimensions.documentation.metrics[key];
  return typeof v === "number" ? v : 0;
}

/** "3 broken links, 1 code block without a language" (or "no problems found"). */
export function documentationSummaryText(report: Report): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many?: string) => {
    if (n > 0) parts.push(plural(n, one, many));
  };
  add(count(report, "broken-links"), "broken link");
  add(count(report, "broken-anchors"), "broken anchor");
  add(count(report, "broken-external-links"), "broken external link");
  add(count(report, "invalid-code-blocks"), "invalid code example");
  add(count(report, "missing-language"), "code block without a language", "code blocks without a language");
  if (report.dimensions.documentation.details?.lint === "auto")
    add(count(report, "lint-errors"), "markdownlint advice note");
  else add(count(report, "lint-errors"), "lint error");
  add(count(report, "unreadable"), "unreadable file");
  return parts.length > 0 ? parts.join(", ") : "no problems found";
}

/** "2 Markdown files not checked: `a.md` (ignored by .gitignore), …": files are never skipped silently. */
function excludedLine(
  list: readonly { path: string; reason: string }[],
  total: number,
  path: (t: string) => string,
  text: (t: string) => string,
): string {
  if (total === 0) return "";
  const shown = list.slice(0, 10).map((e) => `${path(e.path)} (${text(e.reason)})`);
  const more = total > shown.length ? `, … and ${formatNumber(total - shown.length)} more` : "";
  return `${plural(total, "Markdown file")} not checked: ${shown.join(", ")}${more}`;
}

/** "12 findings suppressed, 3 links not checked (ignore-links)": suppressions are counted, never silent. */
export function suppressedSummary(d: DocumentationDetails): string {
  const s = d.suppressed;
  if (!s) return "";
  const parts: string[] = [];
  if (s.findings > 0) parts.push(`${plural(s.findings, "finding")} suppressed`);
  if (s.links > 0) parts.push(`${plural(s.links, "link")} not checked (documentation.ignore-links)`);
  return parts.join(", ");
}

const SUPPRESSED_HOW: Record<NonNullable<DocumentationDetails["suppressed"]>["listed"][number]["kind"], string> = {
  "next-line": "readiness-ignore-next-line",
  file: "readiness-ignore-file",
  markdownlint: "markdownlint comment",
  "ignore-links": "ignore-links",
};

function suppressedLine(
  e: NonNullable<DocumentationDetails["suppressed"]>["listed"][number],
  path: (t: string) => string,
  text: (t: string) => string,
): string {
  const by = e.kind === "ignore-links" ? `pattern ${path(e.by)}` : e.kind === "markdownlint" ? "" : ` at ${text(e.by)}`;
  return `${path(`${e.path}:${e.line}`)} ${text(e.ruleId)}: ${text(SUPPRESSED_HOW[e.kind])}${e.kind === "ignore-links" ? ` (${by})` : by}`;
}

function suppressedBlock(d: DocumentationDetails): string {
  const s = d.suppressed;
  if (!s) return "";
  const total = s.findings + s.links;
  const lines = s.listed.map((e) => `- ${suppressedLine(e, code, escapeText)}`);
  if (total > s.listed.length) lines.push(`- … and ${formatNumber(total - s.listed.length)} more`);
  return details(escapeText(suppressedSummary(d)), lines.join("\n"));
}

function docFindings(report: Report): Finding[] {
  return report.findings.filter((f) => f.dimension === "documentation");
}

function headline(report: Report): string {
  const dim = report.dimensions.documentation;
  const score = dim.status === "assessed" ? ` · ${displayScore(dim.score)}/100` : "";
  return `📄 Documentation: ${documentationSummaryText(report)}${score}`;
}

export const documentationMarkdown: MarkdownSectionRenderer = (report, ctx) => {
  const dim = report.dimensions.documentation;
  const d = dim.details;
  if (!d) {
    if (dim.status === "assessed") return null;
    return {
      summary: `📄 Documentation: ${escapeText(dim.reason ?? dim.status)}`,
      body: escapeText(dim.reason ?? dim.status),
      compactBody: escapeText(dim.reason ?? dim.status),
    };
  }
  const summary = escapeText(
    dim.status === "assessed" ? headline(report) : `📄 Documentation: not assessed (${dim.reason ?? dim.status})`,
  );
  const intro = `${plural(d.files, "file")}, ${plural(d.lines, "line")} · markdownlint: ${d.lint === "repository" ? "repository config" : d.lint === "default" ? "default rules" : d.lint === "auto" ? "default rules, advice only (no markdownlint configuration in the repository)" : "off"}${d.sites?.length ? ` · links resolved as on the built ${d.sites.map((x) => `${SITE_LABELS[x.name]} site (${x.config})`).join(", ")}` : ""}`;
  const rows = d.checks.map((c) => [
    escapeText(c.label),
    formatNumber(c.checked),
    formatNumber(c.valid),
    c.checked > 0 ? `${formatNumber((100 * c.valid) / c.checked, 1)} %` : "—",
    c.scored ? formatNumber(c.weight) : "not scored",
  ]);
  const checks = table(["Check", "Checked", "Valid", "Rate", "Weight"], rows, ["l", "r", "r", "r", "r"]);
  const extra: string[] = [];
  for (const u of d.unreadable.slice(0, 20)) extra.push(`- ${code(u.path)}: ${escapeText(u.reason)}`);
  if (d.unreadable.length > 20) extra.push(`- … and ${d.unreadable.length - 20} more unreadable files`);
  for (const n of d.notices) extra.push(`- ${escapeText(n)}`);
  const excluded = excludedLine(d.excluded ?? [], d.excludedTotal ?? 0, code, escapeText);
  if (excluded) extra.push(`- ${excluded}`);
  const findings = docFindings(report);
  const list = findingsByFile(findings, ctx);
  const body = [intro, checks, extra.join("\n"), suppressedBlock(d), list].filter((p) => p !== "").join("\n\n");
  const suppressedNote = suppressedSummary(d);
  const compact = [
    intro,
    checks,
    suppressedNote ? escapeText(`${suppressedNote}.`) : "",
    findings.length > 0 ? `${plural(findings.length, "finding")}: see ${elsewhere(ctx, true)}.` : "",
  ]
    .filter((p) => p !== "")
    .join("\n\n");
  return { summary, body, compactBody: compact };
};

export const documentationText: TextSectionRenderer = (report, ctx) => {
  const dim = report.dimensions.documentation;
  const d = dim.details;
  if (!d) return [];
  const lines = [
    dim.status === "assessed" ? headline(report) : `Documentation: not assessed (${dim.reason ?? dim.status})`,
  ];
  lines.push(`  ${plural(d.files, "file")}, ${plural(d.lines, "line")}`);
  for (const c of d.checks) {
    lines.push(
      `  ${c.label.padEnd(28)} ${String(c.valid).padStart(6)} / ${String(c.checked).padEnd(6)}${c.scored ? "" : " (not scored)"}`,
    );
  }
  for (const u of d.unreadable) lines.push(`  unreadable: ${u.path}: ${u.reason}`);
  for (const n of d.notices) lines.push(`  note: ${n}`);
  const excluded = excludedLine(
    d.excluded ?? [],
    d.excludedTotal ?? 0,
    (t) => t,
    (t) => t,
  );
  if (excluded) lines.push(`  ${excluded}`);
  const suppressed = suppressedSummary(d);
  if (suppressed) {
    lines.push(`  ${suppressed}:`);
    for (const e of d.suppressed?.listed ?? [])
      lines.push(
        `    ${suppressedLine(
          e,
          (t) => t,
          (t) => t,
        )}`,
      );
  }
  const findings = sortFindings(docFindings(report));
  for (const f of findings.slice(0, ctx.maxFindings)) lines.push(`  ${location(f)} ${f.ruleId} ${f.message}`);
  if (findings.length > ctx.maxFindings) lines.push(`  … and ${findings.length - ctx.maxFindings} more`);
  return lines;
};
