/**
 * De-duplication across tools: findings that share an advisory id and package, or a rule and location, are one
 * vulnerability. Union-find over those keys, so A~B (same CVE) and B~C (same GHSA) join all three.
 */
import { shortHash } from "../util/hash.js";
import type { SecurityFinding } from "../model/security.js";
import { OWASP_COMPONENTS, owaspForCwes } from "./owasp.js";
import { primaryAdvisory } from "./build.js";
import { worse } from "./severity.js";

/**
 * One vulnerability after de-duplication: the finding (the parser's own object when one tool reported it, a merged
 * copy otherwise) with every tool, fingerprint, rule id and artifact behind it. One shape for all, and no copy of a
 * finding nobody else reported, so that hundreds of thousands of findings cost little more than the parse.
 */
export interface MergedFinding {
  finding: SecurityFinding;
  tools: readonly string[];
  /** Fingerprints of every merged finding (accepted risks may name any of them). */
  fingerprints: readonly string[];
  /** The rule ids the tools used. */
  ruleIds: readonly string[];
  /** Artifact paths it came from. */
  sources: readonly string[];
}

/** Node keys of the union-find; each kind in its own map so that only composite keys build new strings. */
function keysOf(f: SecurityFinding, each: (map: 0 | 1 | 2, key: string) => void): void {
  each(0, f.fingerprint);
  if (f.package) {
    const name = f.package.name.toLowerCase();
    const ids = f.aliases.length > 0 ? f.aliases : [f.ruleId];
    for (const id of ids) each(1, `${name}|${id.toUpperCase()}`);
  } else if (f.path) {
    each(2, `${f.ruleId}|${f.path}|${f.line ?? ""}`);
  }
}

/** `[value]`, shared between every singleton with the same value. */
function singletons(): (value: string) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  return (value) => {
    let list = cache.get(value);
    if (!list) {
      list = [value];
      cache.set(value, list);
    }
    return list;
  };
}

function mergeGroup(fs: readonly SecurityFinding[]): SecurityFinding {
  const first = fs[0] as SecurityFinding;
  const m: SecurityFinding = {
    ...first,
    cwes: [...new Set(fs.flatMap((f) => f.cwes))],
    aliases: [...new Set(fs.flatMap((f) => f.aliases))],
    severity: fs.map((f) => f.severity).reduce(worse),
    secret: fs.some((f) => f.secret),
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
  m.owasp = m.package ? OWASP_COMPONENTS : owaspForCwes(m.cwes);
  if (m.owasp === undefined) delete m.owasp;
  // The identity of a merged dependency finding does not depend on which tools saw it.
  if (m.package) m.fingerprint = shortHash("pkg", m.package.name.toLowerCase(), primaryAdvisory(m.aliases) ?? m.ruleId);
  return m;
}

export function dedupe(items: readonly { finding: SecurityFinding; source: string }[]): MergedFinding[] {
  const parent = new Int32Array(items.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  {
    const owners = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
    items.forEach((it, i) => {
      keysOf(it.finding, (kind, k) => {
        const owner = owners[kind] as Map<string, number>;
        const j = owner.get(k);
        if (j === undefined) owner.set(k, i);
        else parent[find(i)] = find(j);
      });
    });
  }
  // Groups in order of their first member, as a map of roots to member lists would give; singletons need no list.
  const size = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const r = find(i);
    size[r] = (size[r] as number) + 1;
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < items.length; i++) {
    const r = find(i);
    if ((size[r] as number) > 1) {
      const g = members.get(r);
      if (g) g.push(i);
      else members.set(r, [i]);
    }
  }
  const tool = singletons();
  const rule = singletons();
  const source = singletons();
  const out: MergedFinding[] = [];
  const seen = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const r = find(i);
    if (seen[r]) continue;
    seen[r] = 1;
    const group = members.get(r);
    if (!group) {
      const { finding: f, source: src } = items[i] as { finding: SecurityFinding; source: string };
      out.push({
        finding: f,
        tools: tool(f.tool),
        fingerprints: [f.fingerprint],
        ruleIds: rule(f.ruleId),
        sources: source(src),
      });
      continue;
    }
    const fs = group.map((k) => (items[k] as { finding: SecurityFinding }).finding);
    const m = mergeGroup(fs);
    const fingerprints = [...new Set(fs.map((f) => f.fingerprint))];
    if (!fingerprints.includes(m.fingerprint)) fingerprints.push(m.fingerprint);
    out.push({
      finding: m,
      tools: [...new Set(fs.map((f) => f.tool))].sort(),
      fingerprints,
      ruleIds: [...new Set(fs.map((f) => f.ruleId))],
      sources: [...new Set(group.map((k) => (items[k] as { source: string }).source))],
    });
  }
  return out;
}
