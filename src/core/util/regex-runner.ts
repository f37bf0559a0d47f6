/**
 * Runs a user's regular expression with a time limit. JavaScript regexes backtrack, so a pattern such as
 * `/(a+)+$/` can take years on a large file; V8 can only interrupt it from outside the running script, which is what
 * `node:vm`'s `timeout` does. The pattern and the text are passed as data, never as code.
 */
import vm from "node:vm";

let context: vm.Context | null = null;
let script: vm.Script | null = null;

export type RegexOutcome = { found: boolean } | { timedOut: true };

export function runRegex(source: string, flags: string, text: string, timeoutMs: number): RegexOutcome {
  context ??= vm.createContext(Object.create(null));
  script ??= new vm.Script("new RegExp(source, flags).test(text)");
  const sandbox = context as Record<string, unknown>;
  sandbox.source = source;
  sandbox.flags = flags;
  sandbox.text = text;
  try {
    return { found: script.runInContext(context, { timeout: timeoutMs }) === true };
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return { timedOut: true };
    throw e;
  } finally {
    sandbox.text = undefined;
  }
}
