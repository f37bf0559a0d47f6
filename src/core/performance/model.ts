/**
 * The performance model every load-test parser feeds. Filled in by the performance issue; the shape here is the
 * contract between parsers, the SLA evaluation and the renderers.
 */
export interface PerformanceRunPart {
  /** Files of one run share a key (e.g. Locust's common prefix); parts with the same key are merged. */
  runKey: string;
  [key: string]: unknown;
}
