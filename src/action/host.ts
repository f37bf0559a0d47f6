/**
 * What the Action needs from the runner, as one interface: inputs, outputs, log lines, the job summary and the
 * step's result. `actionsHost()` is the real one (@actions/core); tests pass a recording one.
 */
import * as core from "@actions/core";

export interface AnnotationProperties {
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
  title: string;
}

export interface ActionHost {
  env: Record<string, string | undefined>;
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  setFailed(message: string): void;
  /** A workflow-command annotation on a file (shown on the PR without any API permission). */
  annotate(level: "error" | "warning" | "notice", message: string, props: AnnotationProperties): void;
  /** Appends Markdown to the job summary ($GITHUB_STEP_SUMMARY). */
  writeSummary(markdown: string): Promise<void>;
  /** Keeps a value out of the log. */
  setSecret(value: string): void;
  /** Hands a value to this action's `post:` step (read there with `getState`). */
  saveState(name: string, value: string): void;
  getState(name: string): string;
}

export function actionsHost(): ActionHost {
  return {
    env: process.env,
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    info: (m) => core.info(m),
    notice: (m) => core.notice(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    setFailed: (m) => core.setFailed(m),
    annotate: (level, message, props) => core[level](message, props),
    writeSummary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; the log still has the verdict.
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    setSecret: (v) => core.setSecret(v),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
  };
}
