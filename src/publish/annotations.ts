/**
 * Findings → check-run annotations (pure). Only documentation and security findings that point at a line are
 * annotated; the most severe come first so the `annotations` cap drops the least important ones.
 */
import type { Finding, Severity } from "../core/model/report.js";
import { sortFindings } from "../core/render/sections/findings-list.js";
import { position } from "../core/security/build.js";

export type AnnotationLevel = "failure" | "warning" | "notice";

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  message: string;
  title: string;
}

/** GitHub's limit per update request. */
export const ANNOTATION_BATCH = 50;
const MESSAGE_MAX = 4000;
const TITLE_MAX = 255;

export const LEVEL_BY_SEVERITY: Record<Severity, AnnotationLevel> = {
  critical: "failure",
  high: "failure",
  medium: "warning",
  low: "notice",
  info: "notice",
};

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings that could be annotated. */
  eligible: number;
  /** Eligible findings left out by the cap. */
  omitted: number;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * `pathPrefix` is the assessed root relative to the repository (e.g. `docs-site/` for
 * `working-directory: docs-site`), since annotations are placed by repository path.
 */
export function planAnnotations(findings: readonly Finding[], max: number, pathPrefix = ""): AnnotationPlan {
  const eligible = sortFindings(
    findings.filter(
      (f) =>
        (f.dimension === "documentation" || f.dimension === "security") &&
        f.path &&
        // An absolute path is outside the repository: shown in the report, never annotated.
        !/^(\/|[A-Za-z]:\/)/.test(f.path) &&
        position(f.line) !== undefined,
    ),
  );
  const annotations = eligible.slice(0, Math.max(0, max)).map((f): Annotation => {
    // Whatever a front door or a report put there, GitHub gets whole numbers in range (or its 422 would leave
    // the check run unfinished).
    const line = position(f.line) as number;
    const end = position(f.endLine);
    const endLine = end !== undefined && end >= line ? end : line;
    const a: Annotation = {
      path: `${pathPrefix}${f.path}`,
      start_line: line,
      end_line: endLine,
      annotation_level: LEVEL_BY_SEVERITY[f.severity],
      message: clip(f.url ? `${f.message}\n${f.url}` : f.message, MESSAGE_MAX),
      title: clip(`${f.ruleId} (${f.severity})`, TITLE_MAX),
    };
    // GitHub accepts columns only on single-line annotations.
    const column = position(f.column);
    const endColumn = position(f.endColumn);
    if (endLine === line && column !== undefined) {
      a.start_column = column;
      a.end_column = endColumn !== undefined && endColumn >= column ? endColumn : column;
    }
    return a;
  });
  return { annotations, eligible: eligible.length, omitted: eligible.length - annotations.length };
}

export function batches<T>(items: readonly T[], size = ANNOTATION_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
