/**
 * The hidden lines at the end of the PR comment: the marker that identifies it, and a small data block with the
 * scores of this run (read back on the next run for the "since last run" column) and a fingerprint of the
 * report (so `comment: on-change` can tell whether anything changed), the commit the comment describes, a digest
 * of the visible text (a comment someone edited is rewritten even under `on-change`) and the writing run's nonce
 * (to recognise a comment GitHub created although it answered with an error). Only numbers and hex go into
 * the block, so nothing from the repository can close the HTML comment early.
 */
import { createHash } from "node:crypto";
import { DIMENSIONS, type DimensionName, type Report } from "../core/model/report.js";
import type { PreviousScores, ScorePoint } from "../core/render/markdown.js";

const DATA_PREFIX = "<!-- readiness-gate-data: ";

/** `<!-- readiness-gate: <check-name> -->`, with anything that could end the HTML comment defused. */
export function commentMarker(checkName: string): string {
  const safe = checkName.replace(/\s+/g, " ").replace(/-{2,}/g, "-").replace(/[<>]/g, "").trim();
  return `<!-- readiness-gate: ${safe} -->`;
}

export interface CommentData {
  scores: PreviousScores;
  /** Digest of the report without its run-specific parts (time, context). */
  fingerprint: string;
  /** The commit the comment describes (empty when unknown). */
  sha?: string;
  /** Digest of the comment's text before the data block, as written. */
  digest?: string;
  /** Random per writing run. */
  nonce?: string;
}

const HEX = /^[0-9a-f]{1,64}$/;
/** Same length as a real digest, so swapping it in does not change the comment's length. */
export const DIGEST_PLACEHOLDER = "0".repeat(32);

/** The text a digest covers: everything before the data block. */
export function visibleText(body: string): string {
  const at = body.lastIndexOf(DATA_PREFIX);
  return at < 0 ? body : body.slice(0, at);
}

export function textDigest(body: string): string {
  return createHash("sha256").update(visibleText(body)).digest("hex").slice(0, 32);
}

/** True when the text was changed after we wrote it (or the block has no digest). */
export function wasEdited(body: string, data: CommentData): boolean {
  return !data.digest || textDigest(body) !== data.digest;
}

/** Equal for two runs whose reports say the same; `comment: on-change` compares it with the old comment's. */
export function reportFingerprint(report: Report): string {
  const { generatedAt: _time, context: _context, ...rest } = report;
  return createHash("sha256").update(JSON.stringify(rest)).digest("hex").slice(0, 32);
}

/** Runs kept in the comment's history (the chart's width; about 30 characters each in the data block). */
export const HISTORY_RUNS = 20;

const shown = (v: number | null | undefined): number | null => (typeof v === "number" ? Math.floor(v + 1e-9) : null);

function displayed(p: ScorePoint): ScorePoint {
  const dimensions: Partial<Record<DimensionName, number | null>> = {};
  for (const d of DIMENSIONS) dimensions[d] = shown(p.dimensions[d]);
  return { overall: shown(p.overall), dimensions };
}

/** This run's scores, with the history it extends (the previous comment's, plus this run; at most 20 runs). */
export function scoresOf(report: Report, previous?: PreviousScores): PreviousScores {
  const dimensions: Partial<Record<DimensionName, number | null>> = {};
  for (const d of DIMENSIONS)
    dimensions[d] = report.dimensions[d].status === "assessed" ? report.dimensions[d].score : null;
  const earlier = previous ? (previous.history?.length ? previous.history : [displayed(previous)]) : [];
  const history = [...earlier, displayed({ overall: report.score, dimensions })].slice(-HISTORY_RUNS);
  return { overall: report.score, dimensions, history };
}

export function encodeCommentData(data: CommentData): string {
  const json = JSON.stringify({
    v: 1,
    fingerprint: data.fingerprint,
    overall: data.scores.overall,
    dimensions: data.scores.dimensions,
    // Compact rows: [overall, documentation, performance, security, compliance], integers or null.
    ...(data.scores.history
      ? { h: data.scores.history.map((p) => [p.overall, ...DIMENSIONS.map((d) => p.dimensions[d] ?? null)]) }
      : {}),
    ...(data.sha ? { sha: data.sha } : {}),
    ...(data.digest ? { digest: data.digest } : {}),
    ...(data.nonce ? { nonce: data.nonce } : {}),
  });
  return `${DATA_PREFIX}${json} -->`;
}

const finiteOrNull = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Reads the data block back; a missing or tampered block gives `null` (the comment then shows no deltas). */
export function decodeCommentData(body: string): CommentData | null {
  const start = body.lastIndexOf(DATA_PREFIX);
  if (start < 0) return null;
  const end = body.indexOf(" -->", start);
  if (end < 0) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(body.slice(start + DATA_PREFIX.length, end));
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null || (raw as { v?: unknown }).v !== 1) return null;
  const r = raw as {
    fingerprint?: unknown;
    overall?: unknown;
    dimensions?: unknown;
    sha?: unknown;
    digest?: unknown;
    nonce?: unknown;
  };
  const dims =
    typeof r.dimensions === "object" && r.dimensions !== null ? (r.dimensions as Record<string, unknown>) : {};
  const dimensions: Partial<Record<DimensionName, number | null>> = {};
  for (const d of DIMENSIONS) if (d in dims) dimensions[d] = finiteOrNull(dims[d]);
  const scores: PreviousScores = { overall: finiteOrNull(r.overall), dimensions };
  // A history that is not exactly rows of five numbers (or nulls) is ignored as a whole.
  const h = (raw as { h?: unknown }).h;
  if (
    Array.isArray(h) &&
    h.length > 0 &&
    h.every(
      (row) =>
        Array.isArray(row) &&
        row.length === 1 + DIMENSIONS.length &&
        row.every((v) => v === null || (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100)),
    )
  ) {
    scores.history = (h as (number | null)[][]).slice(-HISTORY_RUNS).map((row) => {
      const point: ScorePoint = { overall: row[0] ?? null, dimensions: {} };
      DIMENSIONS.forEach((d, i) => {
        point.dimensions[d] = row[i + 1] ?? null;
      });
      return point;
    });
  }
  const hex = (v: unknown) => (typeof v === "string" && HEX.test(v) ? v : undefined);
  const sha = hex(r.sha);
  const digest = hex(r.digest);
  const nonce = hex(r.nonce);
  return {
    fingerprint: hex(r.fingerprint) ?? "",
    scores,
    ...(sha ? { sha } : {}),
    ...(digest ? { digest } : {}),
    ...(nonce ? { nonce } : {}),
  };
}
