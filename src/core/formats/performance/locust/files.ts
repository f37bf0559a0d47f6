/** How Locust names its CSV files (`--csv <prefix>` writes `<prefix>_stats.csv`, …) and how a run is keyed. */
import { baseName, dirName } from "../shared.js";

export const LOCUST_SUFFIXES = {
  history: /_stats_history\.csv$/i,
  stats: /_stats\.csv$/i,
  failures: /_failures\.csv$/i,
  exceptions: /_exceptions\.csv$/i,
} as const;

/** The `--csv` prefix of a Locust file (its base name without the suffix), or the base name without `.csv`. */
export function locustPrefix(path: string): string {
  const name = baseName(path);
  for (const re of [
    LOCUST_SUFFIXES.history,
    LOCUST_SUFFIXES.stats,
    LOCUST_SUFFIXES.failures,
    LOCUST_SUFFIXES.exceptions,
  ]) {
    const stripped = name.replace(re, "");
    if (stripped !== name && stripped !== "") return stripped;
  }
  return name.replace(/\.csv$/i, "") || name;
}

/** Files of one run share directory and prefix. */
export function locustRunKey(path: string): string {
  return `locust:${dirName(path)}/${locustPrefix(path)}`;
}
