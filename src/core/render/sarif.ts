/**
 * The report as a SARIF 2.1.0 log for GitHub code scanning (`github/codeql-action/upload-sarif`): documentation
 * and compliance findings, and security findings that no SARIF input reported (those are in code scanning
 * already; sending them back would list them twice and feed each run's output into the next).
 * Performance findings have no place in the code, so they stay in the comment and the check run.
 */
import type { DimensionName, Finding, Report, Severity } from "../model/report.js";

export interface SarifOptions {
  /**
   * Repository-relative path that findings without a file are reported at (compliance controls): the config file
   * that declares them. Code scanning needs a location for every result.
   */
  configPath?: string;
  /** Prefix for every path (the Action's `working-directory`), so locations are relative to the repository root. */
  pathPrefix?: string;
}

const DOCS = "https://github.com/readiness-gate/readiness-gate/blob/v1/docs";
const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const INFORMATION_URI = "https://github.com/readiness-gate/readiness-gate";

interface RuleText {
  short: string;
  help: string;
  doc: string;
}

const DOC_FINDINGS = `${DOCS}/documentation-checks.md#findings`;
const EXTERNAL = `${DOCS}/external-links.md#outcomes`;

/** What each of our own rules checks and how to fix it; scanners' rules carry their own help URL. */
const RULES: Record<string, RuleText> = {
  "links.missing-file": {
    short: "Link to a file that does not exist",
    help: "A link or image points to a path that is not in the repository. Fix the path (the message suggests a close name when there is one) or add the file.",
    doc: DOC_FINDINGS,
  },
  "links.case-mismatch": {
    short: "Link whose letter case differs from the file",
    help: "The path exists only with different letter case. It works on case-insensitive file systems and breaks on GitHub: use the exact case.",
    doc: DOC_FINDINGS,
  },
  "links.outside-repository": {
    short: "Link that leaves the repository",
    help: "The relative path climbs above the repository root, so it cannot work on GitHub. Link inside the repository, or use an absolute URL.",
    doc: DOC_FINDINGS,
  },
  "links.missing-anchor": {
    short: "Link to a heading that does not exist",
    help: "No heading or anchor in the target file has this name under GitHub's slug rules (lower case, punctuation removed, spaces as hyphens). Link to an existing heading or add an anchor.",
    doc: DOC_FINDINGS,
  },
  "links.undefined-reference": {
    short: "Reference link without a definition",
    help: "`[text][label]` or `[label][]` has no `[label]: url` definition, so GitHub shows it as plain text. Add the definition or fix the label.",
    doc: DOC_FINDINGS,
  },
  "links.unused-definition": {
    short: "Reference definition nothing uses",
    help: "A `[label]: url` definition that no link uses. Remove it, or link to it.",
    doc: DOC_FINDINGS,
  },
  "code-blocks.require-language": {
    short: "Code block without a language",
    help: "A fenced code block has no language tag, so it gets no highlighting and is not syntax-checked. Add the language (`text` for plain output).",
    doc: `${DOCS}/documentation-checks.md#code-blocks`,
  },
  "code-blocks.invalid-syntax": {
    short: "Code example that does not parse",
    help: "A JSON, YAML, JavaScript, TypeScript or shell example has a syntax error at the reported line and column. Fix the example, or tag it `text` if it is not meant to be valid code.",
    doc: `${DOCS}/documentation-checks.md#code-blocks`,
  },
  "documentation.unreadable": {
    short: "Documentation file that cannot be read",
    help: "The file is not UTF-8 text (or is over 5 MB), so it was not checked. Convert it to UTF-8, or exclude it in the config.",
    doc: DOC_FINDINGS,
  },
  "documentation.not-parsed": {
    short: "Documentation file that was not checked",
    help: "The file is beyond the parser's limits (nesting, line or paragraph length) or failed to parse, so it was not checked. Split or simplify it, or exclude it in the config.",
    doc: DOC_FINDINGS,
  },
  "compliance/missing-evidence": {
    short: "Compliance control without evidence",
    help: "A control declared in the config (or its pack) found no evidence in the repository: a missing file, a document without the required section, a missing report or a metric out of range. Add the evidence, or change the control in the config.",
    doc: `${DOCS}/compliance-and-scoring.md#compliance-controls`,
  },
};

const EXTERNAL_SHORT: Record<string, string> = {
  "external-link-broken": "External link that is broken",
  "external-link-server-error": "External link whose server fails",
  "external-link-timeout": "External link that times out",
  "external-link-dns-failure": "External link to a host that does not exist",
  "external-link-tls-error": "External link with a TLS error",
  "external-link-error": "External link that could not be fetched",
  "external-link-rate-limited": "External link that was rate-limited",
  "external-link-unverified": "External link that could not be verified",
  "external-link-blocked": "External link to a blocked address",
  "external-link-missing-fragment": "External link to a missing heading",
  "external-link-redirected": "External link that redirects",
};

function ruleText(f: Finding): RuleText {
  const own = RULES[f.ruleId];
  if (own) return own;
  const ext = EXTERNAL_SHORT[f.ruleId];
  if (ext) {
    return {
      short: ext,
      help: "An external link in the documentation did not check out; the result's message says what happened and what to do.",
      doc: EXTERNAL,
    };
  }
  if (f.ruleId.startsWith("markdownlint/")) {
    const id = f.ruleId.slice("markdownlint/".length);
    return {
      short: `markdownlint ${id}`,
      help: `markdownlint rule ${id}; the rule's documentation says what it asks for. Configure it in the repository's .markdownlint* file.`,
      doc: f.url ?? `${DOCS}/documentation-checks.md#markdownlint`,
    };
  }
  return {
    short: f.tool ? `${f.tool} ${f.ruleId}` : f.ruleId,
    help: `Reported by ${f.tool ?? "a scanner"}; see the advisory or rule page for details and the fix.`,
    doc: f.url ?? `${DOCS}/security.md`,
  };
}

const LEVELS: Record<Severity, "error" | "warning" | "note"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

/** GitHub's bands for `security-severity`: over 9 critical, 7 to 8.9 high, 4 to 6.9 medium, under 4 low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "2.0",
  info: "0.0",
};

/** Tools that reached the report through a SARIF file: their findings are already in code scanning. */
function sarifTools(report: Report): Set<string> {
  const sarifPaths = new Set(report.artifacts.filter((a) => a.format === "sarif").map((a) => a.path));
  const tools = new Set<string>();
  for (const row of report.dimensions.security.details?.tools ?? []) {
    if (row.artifacts.some((p) => sarifPaths.has(p))) tools.add(row.tool);
  }
  return tools;
}

/** The findings the SARIF log carries, in the report's order. */
export function sarifFindings(report: Report): Finding[] {
  const fromSarif = sarifTools(report);
  const carried: readonly DimensionName[] = ["documentation", "compliance"];
  return report.findings.filter((f) => {
    if (carried.includes(f.dimension)) return true;
    if (f.dimension !== "security" || !f.path) return false;
    return !(f.tool ?? "").split(", ").some((t) => fromSarif.has(t));
  });
}

function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** A repository path as a relative URI reference (each segment percent-encoded). */
function pathUri(p: string): string {
  return p.split("/").map(encodeURIComponent).join("/");
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const prefix = options.pathPrefix ? options.pathPrefix.replace(/^\.\/?/, "").replace(/\/+$/, "") : "";
  const withPrefix = (p: string) => (prefix ? `${prefix}/${p}` : p);
  // A config outside the repository cannot be shown in code scanning: fall back to the default location.
  const configPath =
    options.configPath && !options.configPath.startsWith("../") && !options.configPath.startsWith("/")
      ? options.configPath
      : ".github/readiness.yml";

  const findings = sarifFindings(report);
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  const results = findings.map((f) => {
    let index = ruleIndex.get(f.ruleId);
    if (index === undefined) {
      const text = ruleText(f);
      index = rules.length;
      ruleIndex.set(f.ruleId, index);
      const tags: string[] = [f.dimension];
      rules.push({
        id: f.ruleId,
        name: ruleName(f.ruleId),
        shortDescription: { text: text.short },
        fullDescription: { text: text.help },
        help: {
          text: `${text.help}\n\nDocumentation: ${text.doc}`,
          markdown: `${text.help}\n\n[Documentation](${text.doc})`,
        },
        helpUri: text.doc,
        defaultConfiguration: { level: LEVELS[f.severity] },
        properties: {
          tags,
          ...(f.dimension === "security" ? { "security-severity": SECURITY_SEVERITY[f.severity] } : {}),
        },
      });
    }
    const file = f.path ?? configPath;
    const region: Record<string, number> = { startLine: f.line ?? 1 };
    if (f.column !== undefined) region.startColumn = f.column;
    if (f.endLine !== undefined) region.endLine = f.endLine;
    if (f.endColumn !== undefined) region.endColumn = f.endColumn;
    return {
      ruleId: f.ruleId,
      ruleIndex: index,
      level: f.scored === false ? "note" : LEVELS[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: pathUri(withPrefix(file)), uriBaseId: "%SRCROOT%" },
            region,
          },
        },
      ],
      ...(f.fingerprint ? { partialFingerprints: { "readinessGate/v1": f.fingerprint } } : {}),
      properties: { dimension: f.dimension, severity: f.severity, ...(f.scored === false ? { scored: false } : {}) },
    };
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Readiness Gate",
            version: report.tool.version,
            ...(/^\d+\.\d+\.\d+/.test(report.tool.version) ? { semanticVersion: report.tool.version } : {}),
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        automationDetails: { id: "readiness-gate/" },
        results,
        properties: { verdict: report.verdict, score: report.score === null ? null : Math.floor(report.score) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
