/**
 * Locust CSV output (`locust --csv <prefix>`), 1.x and 2.x layouts. Each of the four files is its own format so
 * detection stays by content (the header line), and their parts are joined into one run by the common prefix.
 */
import type { ArtifactSource } from "../../source.js";
import type { PerformanceFormat } from "../../types.js";
import { firstLine } from "../shared.js";
import { parseLocustExceptions, parseLocustFailures } from "./failures.js";
import { LOCUST_SUFFIXES } from "./files.js";
import { parseLocustHistory } from "./history.js";
import { parseLocustStats } from "./stats.js";

type Head = Pick<ArtifactSource, "path" | "head">;

function headerCells(head: string): string[] {
  return firstLine(head)
    .split(",")
    .map((c) => c.trim().replace(/^"|"$/g, "").toLowerCase());
}

function has(cells: readonly string[], ...names: string[]): boolean {
  return names.every((n) => cells.includes(n.toLowerCase()));
}

/** Content decides; the file name only breaks ties and lifts confidence. */
function score(byContent: boolean, nameHint: RegExp, path: string): number {
  if (!byContent) return 0;
  return nameHint.test(path) ? 0.98 : 0.9;
}

export const locustStatsFormat: PerformanceFormat = {
  id: "locust-stats",
  family: "locust",
  label: "Locust stats CSV",
  dimension: "performance",
  detect: ({ head, path }: Head) => {
    const c = headerCells(head);
    const ok =
      has(c, "name") &&
      !has(c, "timestamp") &&
      (has(c, "request count") || has(c, "# requests")) &&
      (has(c, "median response time") || has(c, "average response time"));
    return score(ok, LOCUST_SUFFIXES.stats, path);
  },
  parse: parseLocustStats,
};

export const locustHistoryFormat: PerformanceFormat = {
  id: "locust-stats-history",
  family: "locust",
  label: "Locust stats history CSV",
  dimension: "performance",
  detect: ({ head, path }: Head) => {
    const c = headerCells(head);
    return score(
      has(c, "timestamp", "name") && (has(c, "user count") || has(c, "total request count")),
      LOCUST_SUFFIXES.history,
      path,
    );
  },
  parse: parseLocustHistory,
};

export const locustFailuresFormat: PerformanceFormat = {
  id: "locust-failures",
  family: "locust",
  label: "Locust failures CSV",
  dimension: "performance",
  detect: ({ head, path }: Head) => {
    const c = headerCells(head);
    return score(
      has(c, "name", "error") && (has(c, "occurrences") || has(c, "occurences")),
      LOCUST_SUFFIXES.failures,
      path,
    );
  },
  parse: parseLocustFailures,
};

export const locustExceptionsFormat: PerformanceFormat = {
  id: "locust-exceptions",
  family: "locust",
  label: "Locust exceptions CSV",
  dimension: "performance",
  detect: ({ head, path }: Head) => {
    const c = headerCells(head);
    return score(has(c, "count", "message", "traceback"), LOCUST_SUFFIXES.exceptions, path);
  },
  parse: parseLocustExceptions,
};

export const locustFormats = [locustStatsFormat, locustHistoryFormat, locustFailuresFormat, locustExceptionsFormat];
