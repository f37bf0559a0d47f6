/**
 * "Did you mean" over the whole tree. The edit-distance budget is shared by all suggestions of a run, so which
 * broken anchors and references get a hint depends on the order they are met in. The link checks therefore only
 * ask (a request, with a slot in the finding's message); the requests are answered once the run is whole, in the
 * order of the files and, within a file, of its suggestion points. A sharded run answers the requests of all its
 * shards in the same order, and so gives the hints a single run gives, budget included. Pure.
 */
import type { Finding } from "../model/report.js";
import { closest, SuggestionBudget } from "./suggest.js";
import { span } from "../util/code-span.js";

export interface SuggestionRequest {
  /** The file the finding is in. */
  path: string;
  /** Its suggestion point in that file (link-check-base.ts nextSeq). */
  seq: number;
  /** `anchor`: the target file's anchors are the candidates; `reference`: the file's reference definitions. */
  kind: "anchor" | "reference";
  word: string;
  /** For `anchor`: the file whose anchors are compared. */
  target?: string;
  /** For `anchor` on a site: the site's configuration file (its anchors, not GitHub's). */
  site?: string;
}

export interface SuggestionCandidates {
  anchorsOf(target: string, site: string | undefined): Iterable<string> | undefined;
  definitionsOf(path: string): Iterable<string> | undefined;
}

const SLOT = /\u0000([^\u0000]*)\u0000/g;

/** Answers `requests` in the order given and fills the slots of `findings`' messages. */
export function answerSuggestions(
  findings: readonly Finding[],
  requests: readonly SuggestionRequest[],
  candidates: SuggestionCandidates,
): void {
  if (requests.length === 0) return;
  const budget = new SuggestionBudget();
  const hints = new Map<string, string>();
  for (const r of requests) {
    const pool = r.kind === "anchor" ? candidates.anchorsOf(r.target ?? "", r.site) : candidates.definitionsOf(r.path);
    const near = pool ? closest(r.word, pool, budget) : undefined;
    const hint = near
      ? r.kind === "anchor"
        ? ` Did you mean ${span(`#${near}`)}?`
        : ` Did you mean ${span(`[${near}]`)}?`
      : "";
    hints.set(`${r.path}\u0001${r.seq}`, hint);
  }
  for (const f of findings)
    if (f.message.includes("\u0000")) f.message = f.message.replace(SLOT, (_, key: string) => hints.get(key) ?? "");
}

/** The requests of several shards in a single run's order: by file (in path order), then by suggestion point. */
export function inRunOrder(requests: readonly SuggestionRequest[]): SuggestionRequest[] {
  return [...requests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.seq - b.seq));
}
