/**
 * Warnings that belong next to the verdict, because without them the verdict misleads: a run that checked no
 * documentation at all, an artifact path that matched nothing, or a run that assessed nothing must say so where
 * the decision is read, not only in a folded section.
 */
import { DIMENSIONS, type EmptyPattern, type Report } from "../model/report.js";
import { DIMENSION_LABELS } from "./labels.js";
import { plural } from "./markdown-utils.js";

function emptyPatternWarning(p: EmptyPattern): string {
  const pattern = JSON.stringify(p.pattern);
  return p.kind === "artifact"
    ? `The artifact pattern ${pattern} matched no file, so nothing was read from it. Check the path and that an earlier step wrote the report.`
    : `The performance baseline ${pattern} matched no file, so the run was not compared with a baseline. Check performance.baseline.path.`;
}

/** Why each dimension was not assessed, one phrase each: what a "nothing was assessed" result explains. */
export function notAssessedReasons(report: Report): string[] {
  return DIMENSIONS.map((d) => {
    const dim = report.dimensions[d];
    return `${DIMENSION_LABELS[d].toLowerCase()}: ${dim.reason ?? "no input"}`;
  });
}

export function decisionWarnings(report: Report): string[] {
  const out: string[] = [];
  if (report.verdict === "nothing-assessed")
    out.push(
      `Nothing was assessed, so this result is not a go (${notAssessedReasons(report).join("; ")}). Point the config at the documentation, the reports or the compliance controls to assess, or set allow-empty where an empty run is expected.`,
    );
  const docs = report.dimensions.documentation;
  if (docs.status === "not-assessed" && docs.details && docs.details.files === 0) {
    const left = docs.details.excludedTotal ?? 0;
    out.push(
      `No documentation files matched documentation.include, so no documentation was checked${left > 0 ? ` (${plural(left, "Markdown file")} left out by exclude, .gitignore or build output)` : ""}. Check the include patterns in the config.`,
    );
  }
  for (const p of report.emptyPatterns ?? []) out.push(emptyPatternWarning(p));
  return out;
}
