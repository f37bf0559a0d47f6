/**
 * Warnings that belong next to the verdict, because without them the verdict misleads: a run that checked no
 * documentation at all must say so where the decision is read, not only in a folded section.
 */
import type { Report } from "../model/report.js";
import { plural } from "./markdown-utils.js";

export function decisionWarnings(report: Report): string[] {
  const out: string[] = [];
  const docs = report.dimensions.documentation;
  if (docs.status === "not-assessed" && docs.details && docs.details.files === 0) {
    const left = docs.details.excludedTotal ?? 0;
    out.push(
      `No documentation files matched documentation.include, so no documentation was checked${left > 0 ? ` (${plural(left, "Markdown file")} left out by exclude, .gitignore or build output)` : ""}. Check the include patterns in the config.`,
    );
  }
  return out;
}
