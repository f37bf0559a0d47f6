/** Why the run could not assess, in one sentence: known errors as they are, anything else marked as a bug to report. */
import { ConfigError } from "../core/validate-config.js";
import { ContextError } from "./context.js";
import { InputError } from "./inputs.js";

export function runErrorMessage(e: unknown): string {
  if (e instanceof InputError || e instanceof ContextError || e instanceof ConfigError) return e.message;
  return e instanceof Error ? `${e.message} (an unexpected error; please report it with the log above)` : String(e);
}
