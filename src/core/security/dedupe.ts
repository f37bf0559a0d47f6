/**
 * De-duplication across tools: findings that share an advisory id and package, or a rule and location, are one
 * vulnerability. Union-find over those keys, so A~B (same CVE) and B~C (same GHSA) join all three.
 */
import { shortHash } from "../util/hash.js";
import type { SecurityFinding } from "../model/security.js";
import { OWASP_COMPONENTS, owaspForCwes } from "./owasp.js";
import { primaryAdvisory } from "./build.js";
import { worse } from "./severity.js";

export interface MergedFinding extends SecurityFinding {
  tools: string[];
  /** Fingerprints of every merged finding (accepted risks may name any of them). */
  fingerprints: string[];
  /** The rule ids the tools used. */
  ruleIds: string[];
  /** Artifact paths it came from. */
  sources: string[];
}

function keysOf(f: SecurityFinding): string[] {
  const keys = [`fp|${f.fingerprint}`];
  if (f.package) {
    const name = f.package.name.toLowerCase();
    const ids = f.aliases.length > 0 ? f.aliases : [f.ruleId];
    for (const id of ids) keys.push(`pkg|${name}|${id.toUpperCase()}`);
  } else if (f.path) {
    keys.push(`loc|${f.ruleId}|${f.path}|${f.line ?? ""}`);
  }
  return keys;
}

export function dedupe(items: readonly { finding: SecurityFinding; source: string }[]): MergedFinding[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  items.forEach((it, i) => {
    for (const k of keysOf(it.finding)) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const out: MergedFinding[] = [];
  for (const members of groups.values()) {
    const fs = members.map((i) => items[i]!.finding);
    const first = fs[0]!;
    const m: MergedFinding = {
      ...first,
      cwes: [...new Set(fs.flatMap((f) => f.cwes))],
      aliases: [...new Set(fs.flatMap((f) => f.aliases))],
      severity: fs.map((f) => f.severity).reduce(worse),
      secret: fs.some((f) => f.secret),
      tools: [...new Set(fs.map((f) => f.tool))].sort(),
      fingerprints: [...new Set(fs.map((f) => f.fingerprint))],
      ruleIds: [...new Set(fs.map((f) => f.ruleId))],
      sources: [...new Set(members.map((i) => items[i]!.source))],
    };
    const withFix = fs.find((f) => f.fix);
    if (withFix?.fix) m.fix = withFix.fix;
    const withPkgFix = fs.find((f) => f.package?.fixedVersion);
    if (withPkgFix?.package) m.package = withPkgFix.package;
    for (const key of ["path", "line", "column", "endLine", "endColumn", "url", "helpUrl"] as const) {
      if (m[key] === undefined) {
        const src = fs.find((f) => f[key] !== undefined);
        if (src) Object.assign(m, { [key]: src[key] });
      }
    }
    if (fs.length > 1) {
      m.owasp = m.package ? OWASP_COMPONENTS : owaspForCwes(m.cwes);
      if (m.owasp === undefined) delete m.owasp;
      // The identity of a merged dependency finding does not depend on which tools saw it.
      if (m.package)
        m.fingerprint = shortHash("pkg", m.package.name.toLowerCase(), primaryAdvisory(m.aliases) ?? m.ruleId);
      if (!m.fingerprints.includes(m.fingerprint)) m.fingerprints.push(m.fingerprint);
    }
    out.push(m);
  }
  return out;
}
