/**
 * What a shard of the documentation files tells a merge besides its findings and counts: the anchors (heading
 * slugs and `<a>` ids) of its files, the `id`s GitHub strips from them, the anchor checks into other shards' files
 * it could not make, its files' readiness-ignore comments, and the text of the lines its findings (and pending
 * checks, and external links) sit on, for fingerprints over the whole tree. Pure.
 */
import type { Finding } from "../model/report.js";
import { checkAnchor, type LinkCheckOutput, newContext, type PendingAnchor } from "./link-check-base.js";
import type { ExternalLinkRef } from "./external-links.js";
import type { RepoIndex } from "./repo-index.js";
import type { ScannedDoc } from "./scan.js";
import type { SuggestionCandidates } from "./suggestion-requests.js";
import type { FileSuppressions } from "./suppressions.js";

/** FileSuppressions as JSON: `nextLine` as [line, directives] pairs. */
export interface StoredSuppressions {
  file: FileSuppressions["file"];
  nextLine: [number, { rules: string[] | null; line: number }[]][];
}

export interface LinkIndex {
  /** File → its anchors, in the order of `ScannedDoc.anchors` (only files that were parsed). */
  anchors: Record<string, string[]>;
  /** File → `id`s on elements other than `<a>` (GitHub strips them). */
  strippedIds: Record<string, string[]>;
  /** Anchor checks into files this shard did not parse. */
  pending: PendingAnchor[];
  /** File → its reference definitions' labels, for "did you mean" (only files with an undefined reference). */
  definitions: Record<string, string[]>;
  /** File → its readiness-ignore comments (only files that have any). */
  suppressions: Record<string, StoredSuppressions>;
  /** File → line number → the line's text, for the lines findings, pending checks and external links sit on. */
  lines: Record<string, Record<string, string>>;
}

export function buildLinkIndex(
  scans: ReadonlyMap<string, ScannedDoc>,
  texts: ReadonlyMap<string, string>,
  directives: ReadonlyMap<string, FileSuppressions>,
  pending: readonly PendingAnchor[],
  findings: readonly Finding[],
  external: readonly ExternalLinkRef[],
): LinkIndex {
  const index: LinkIndex = {
    anchors: {},
    strippedIds: {},
    pending: [...pending],
    definitions: {},
    suppressions: {},
    lines: {},
  };
  for (const [p, d] of scans) {
    index.anchors[p] = [...d.anchors];
    if (d.strippedIds.size > 0) index.strippedIds[p] = [...d.strippedIds];
    if (d.undefinedReferences.length > 0) index.definitions[p] = definitionIds(d);
  }
  for (const [p, d] of directives) index.suppressions[p] = { file: d.file, nextLine: [...d.nextLine] };
  const split = new Map<string, string[]>();
  const keep = (p: string | undefined, line: number | undefined) => {
    if (p === undefined || line === undefined) return;
    const text = texts.get(p);
    if (text === undefined) return;
    let lines = split.get(p);
    if (!lines) {
      lines = text.split("\n");
      split.set(p, lines);
    }
    const at = lines[line - 1];
    if (at === undefined) return;
    index.lines[p] ??= {};
    (index.lines[p] as Record<string, string>)[String(line)] = at;
  };
  for (const f of findings) keep(f.path, f.line);
  for (const r of pending) keep(r.fromPath, r.at.line);
  for (const r of external) keep(r.path, r.line);
  return index;
}

/** The candidates of a reference's "did you mean": the file's definitions, as the link check lists them. */
export function definitionIds(doc: ScannedDoc): string[] {
  return doc.definitions.map((d) => d.identifier);
}

/** The candidates of the shards' suggestion requests, from their link indexes. */
export function candidatesFrom(parts: readonly LinkIndex[]): SuggestionCandidates {
  const anchors = new Map<string, string[]>();
  const definitions = new Map<string, string[]>();
  for (const part of parts) {
    for (const [f, a] of Object.entries(part.anchors)) anchors.set(f, a);
    for (const [f, d] of Object.entries(part.definitions)) definitions.set(f, d);
  }
  return { anchorsOf: (t) => anchors.get(t), definitionsOf: (p) => definitions.get(p) };
}

/** The texts `fingerprintFindings` reads, rebuilt from the lines shards kept (other lines are empty). */
export function textsFromLines(parts: readonly LinkIndex[]): Map<string, string> {
  const byFile = new Map<string, string[]>();
  for (const part of parts)
    for (const [p, lines] of Object.entries(part.lines)) {
      const arr = byFile.get(p) ?? [];
      for (const [n, text] of Object.entries(lines)) arr[Number(n) - 1] = text;
      byFile.set(p, arr);
    }
  return new Map([...byFile].map(([p, arr]) => [p, Array.from(arr, (l) => l ?? "").join("\n")]));
}

export function suppressionsFrom(parts: readonly LinkIndex[]): Map<string, FileSuppressions> {
  const out = new Map<string, FileSuppressions>();
  for (const part of parts)
    for (const [p, s] of Object.entries(part.suppressions)) out.set(p, { file: s.file, nextLine: new Map(s.nextLine) });
  return out;
}

/**
 * The anchor checks the shards left pending, against the anchors of every shard's files: the same findings and
 * counts as in one run (a target absent from `anchors` was not parsed anywhere, so it is not judged, as there).
 */
export function checkPendingAnchors(parts: readonly LinkIndex[], index: RepoIndex): LinkCheckOutput {
  const anchors = new Map<string, ReadonlySet<string>>();
  const strippedIds = new Map<string, ReadonlySet<string>>();
  for (const p of parts) {
    for (const [f, a] of Object.entries(p.anchors)) anchors.set(f, new Set(a));
    for (const [f, a] of Object.entries(p.strippedIds)) strippedIds.set(f, new Set(a));
  }
  const ctx = newContext(index, anchors, strippedIds, {});
  const { out } = ctx;
  for (const part of parts)
    for (const p of part.pending) checkAnchor(ctx, p.fromPath, p.at, p.target, p.fragment, p.written, undefined, p.seq);
  return out;
}
