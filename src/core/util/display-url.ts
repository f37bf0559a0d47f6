import { redact } from "./redact.js";

/** The URL as it may be shown in a report or log: user-info, tokens and signatures masked (see redact.ts). */
export function displayUrl(url: string): string {
  return redact(url);
}
