import type { PerformanceFormat } from "../types.js";
import { artilleryFormat } from "./artillery/index.js";
import { jmeterFormats } from "./jmeter/index.js";
import { k6Format } from "./k6/index.js";
import { locustFormats } from "./locust/index.js";
import { readinessReportFormat } from "./readiness-report/index.js";

/** Registered load-test formats, in detection priority order. */
export const performanceFormats: PerformanceFormat[] = [
  ...locustFormats,
  k6Format,
  artilleryFormat,
  ...jmeterFormats,
  readinessReportFormat,
];
