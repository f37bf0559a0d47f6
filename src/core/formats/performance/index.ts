import type { PerformanceFormat } from "../types.js";

/** Registered load-test formats, in detection priority order. */
export const performanceFormats: PerformanceFormat[] = [];
