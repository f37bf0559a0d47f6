import type { SecurityFormat } from "../types.js";

/** Registered scanner formats, in detection priority order. */
export const securityFormats: SecurityFormat[] = [];
