/**
 * A run that could not assess → one sentence for the step, the check run and the PR comment, with paths relative
 * to the repository (a reviewer has no use for `/home/runner/work/…`), and for a config error the annotation on
 * the config file's line.
 */
import path from "node:path";
import { ConfigError } from "../core/validate-config.js";
import type { Annotation } from "../publish/annotations.js";
import { EventSkipped } from "../publish/target.js";
import { ContextError } from "./context.js";
import { InputError } from "./inputs.js";

export interface RunFailure {
  message: string;
  annotation?: Annotation;
  /** Nothing to assess (a deleted branch): a notice, not a failure. */
  skipped?: boolean;
}

export function describeFailure(e: unknown, workspace: string | null): RunFailure {
  if (e instanceof EventSkipped) return { message: e.message, skipped: true };
  const known = e instanceof InputError || e instanceof ContextError || e instanceof ConfigError;
  const raw = known
    ? e.message
    : e instanceof Error
      ? `${e.message} (an unexpected error; please report it with the log above)`
      : String(e);
  const message = workspace ? relativise(raw, workspace) : raw;
  if (!(e instanceof ConfigError) || !workspace || e.line === undefined) return { message };
  const file = path.relative(workspace, e.file).split(path.sep).join("/");
  if (file.startsWith("..") || path.isAbsolute(file)) return { message };
  return {
    message,
    annotation: {
      path: file,
      start_line: e.line,
      end_line: e.line,
      annotation_level: "failure",
      title: "Readiness Gate configuration",
      message: e.problems.join("\n").slice(0, 4000),
    },
  };
}

/** Every `<workspace>/x` in the text becomes `x`. */
function relativise(text: string, workspace: string): string {
  const prefix = workspace.endsWith(path.sep) ? workspace : `${workspace}${path.sep}`;
  return text.split(prefix).join("");
}
