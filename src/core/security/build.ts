/**
 * The one way parsers create findings: fills in the derived fields (OWASP category, fingerprint) the same way for
 * every scanner and normalises ids and paths.
 */
import type { Severity } from "../model/report.js";
import { shortHash } from "../util/hash.js";
import type { PackageRef, SecurityFinding } from "../model/security.js";
import { CWE_HARD_CODED_CREDENTIALS, OWASP_COMPONENTS, owaspForCwes } from "./owasp.js";
import { FIELD_MAX } from "../util/budgets.js";
import { boundedText } from "../util/redact.js";

export interface FindingInput {
  tool: string;
  ruleId: string;
  severity: Severity;
  title: string;
  cwes?: readonly (number | string)[];
  path?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  package?: PackageRef;
  url?: string;
  aliases?: readonly (string | null | undefined)[];
  secret?: boolean;
  helpUrl?: string;
  fix?: string;
  occurrences?: number;
}

/** `CWE-79`, `cwe-79`, `79`, `external/cwe/cwe-079`, 79 → 79. */
export function parseCwe(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const t = value.trim();
  const m = /cwe[-_:\s]*0*(\d+)/i.exec(t) ?? /^0*(\d+)$/.exec(t);
  const n = m?.[1] ? Number(m[1]) : 0;
  return n > 0 ? n : undefined;
}

const ADVISORY_ID =
  /^(CVE-\d{4}-\d+|GHSA(-[0-9a-z]{4}){3}|PYSEC-\d{4}-\d+|GO-\d{4}-\d+|RUSTSEC-\d{4}-\d+|OSV-\d{4}-\d+|MAL-\d{4}-\d+|GMS-\d{4}-\d+|SNYK-[\w-]+)$/i;

/** An advisory id (CVE, GHSA, PYSEC, GO, RUSTSEC, …) in canonical case, or undefined. */
export function advisoryId(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim();
  if (!ADVISORY_ID.test(v)) return undefined;
  // GHSA ids are lower case after the prefix; the rest are upper case.
  if (/^ghsa-/i.test(v)) return `GHSA${v.slice(4).toLowerCase()}`;
  return v.toUpperCase();
}

/** The id that names a vulnerability across tools: a CVE if there is one, else a GHSA, else the first. */
export function primaryAdvisory(ids: readonly string[]): string | undefined {
  return ids.find((i) => i.startsWith("CVE-")) ?? ids.find((i) => i.startsWith("GHSA-")) ?? ids[0];
}

/**
 * A scanner's file reference made repository-relative where that can be done without knowing the checkout:
 * `file://` and `%SRCROOT%` prefixes, `./`, backslashes, and the GitHub runner workspace
 * (`/home/runner/work/<repo>/<repo>/`, `/github/workspace/`). Other absolute paths stay as they are.
 */
export function normalizePath(uri: string, base?: string): string {
  let p = uri.trim();
  if (/^file:/i.test(p)) {
    p = p.replace(/^file:\/\/(localhost)?/i, "").replace(/^file:/i, "");
    if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1);
  }
  try {
    if (/%[0-9A-Fa-f]{2}/.test(p)) p = decodeURIComponent(p);
  } catch {
    // keep the undecoded text
  }
  p = p.replace(/\\/g, "/");
  if (base) {
    const b = normalizePath(base).replace(/\/?$/, "/");
    if (b !== "/" && p.startsWith(b)) p = p.slice(b.length);
  }
  p = p.replace(/^\/home\/runner\/work\/([^/]+)\/\1\//, "").replace(/^\/github\/workspace\//, "");
  while (p.startsWith("./")) p = p.slice(2);
  return p;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/**
 * Every string a scanner wrote is bounded and redacted here, the one door into the model: a 100,000-character tool
 * name or a token in a message never reaches the report.
 */
function cleanInput(raw: FindingInput): FindingInput {
  const input: FindingInput = {
    ...raw,
    tool: boundedText(raw.tool, FIELD_MAX.tool),
    ruleId: boundedText(raw.ruleId, FIELD_MAX.ruleId),
    title: boundedText(raw.title, FIELD_MAX.title),
  };
  if (raw.path !== undefined) input.path = boundedText(raw.path, FIELD_MAX.path);
  if (raw.url !== undefined) input.url = boundedText(raw.url, FIELD_MAX.url);
  if (raw.helpUrl !== undefined) input.helpUrl = boundedText(raw.helpUrl, FIELD_MAX.url);
  if (raw.fix !== undefined) input.fix = boundedText(raw.fix, FIELD_MAX.fix);
  if (raw.package) {
    const p = raw.package;
    input.package = { ...p, name: boundedText(p.name, FIELD_MAX.packageName) };
    if (p.version !== undefined) input.package.version = boundedText(p.version, FIELD_MAX.version);
    if (p.fixedVersion !== undefined) input.package.fixedVersion = boundedText(p.fixedVersion, FIELD_MAX.version);
    if (p.ecosystem !== undefined) input.package.ecosystem = boundedText(p.ecosystem, FIELD_MAX.version);
  }
  return input;
}

export function makeFinding(raw: FindingInput): SecurityFinding {
  const input = cleanInput(raw);
  const cwes = unique((input.cwes ?? []).map(parseCwe).filter((n): n is number => n !== undefined));
  const secret = input.secret ?? false;
  if (secret && cwes.length === 0) cwes.push(CWE_HARD_CODED_CREDENTIALS);
  const aliases = unique(
    [input.ruleId, ...(input.aliases ?? [])].map(advisoryId).filter((a): a is string => a !== undefined),
  );
  const owasp = input.package ? OWASP_COMPONENTS : owaspForCwes(cwes);
  const pkgName = input.package?.name.toLowerCase();
  const fingerprint = pkgName
    ? shortHash("pkg", pkgName, primaryAdvisory(aliases) ?? input.ruleId)
    : input.path
      ? shortHash("loc", input.ruleId, input.path, input.line)
      : input.url
        ? shortHash("url", input.tool, input.ruleId, input.url)
        : shortHash("rule", input.tool, input.ruleId, input.title);
  const f: SecurityFinding = {
    tool: input.tool,
    ruleId: input.ruleId,
    severity: input.severity,
    title: input.title.trim() || input.ruleId,
    cwes,
    aliases,
    fingerprint,
    secret,
  };
  if (owasp) f.owasp = owasp;
  if (input.path) f.path = input.path;
  const line = position(input.line);
  const column = position(input.column);
  const endLine = position(input.endLine);
  const endColumn = position(input.endColumn);
  if (line !== undefined) f.line = line;
  if (column !== undefined) f.column = column;
  if (line !== undefined && endLine !== undefined && endLine >= line) f.endLine = endLine;
  if (column !== undefined && endColumn !== undefined) f.endColumn = endColumn;
  if (input.package) f.package = input.package;
  if (input.url) f.url = input.url;
  if (input.helpUrl) f.helpUrl = input.helpUrl;
  const fix =
    input.fix ??
    (input.package?.fixedVersion ? `upgrade ${input.package.name} to ${input.package.fixedVersion}` : undefined);
  if (fix) f.fix = fix;
  if (input.occurrences !== undefined) f.occurrences = input.occurrences;
  return f;
}

/** Largest line or column kept: GitHub stores them as 32-bit integers and refuses anything else. */
export const MAX_POSITION = 2_147_483_647;

/** A line or column as a whole number from 1 up (a report's `3.5` becomes 3); nonsense (`1e12`, 0) is dropped. */
export function position(n: number | undefined): number | undefined {
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const whole = Math.floor(n);
  return whole >= 1 && whole <= MAX_POSITION ? whole : undefined;
}

/** A URL without query string and fragment, which can carry tokens. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== "string" || url.trim() === "") return undefined;
  return url.trim().replace(/[?#].*$/, "");
}
