/**
 * Runs a user's regular expression with a time limit. JavaScript regexes backtrack, so a pattern such as
 * `/(a+)+$/` can take years on a large file; V8 can only interrupt it from outside the running script, which is what
 * `node:vm`'s `timeout` does. The pattern and the text are passed as data, never as code.
 */
import vm from "node:vm";

let context: vm.Context | null = null;
let script: vm.Script | null = null;
let batch: vm.Script | null = null;

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

/**
 * Tests one pattern against many texts in one call inside the time limit (a vm call per text would cost more than
 * the matching on a large tree); `null` when the whole call timed out.
 */
export function runRegexAll(
  source: string,
  flags: string,
  texts: readonly string[],
  timeoutMs: number,
): boolean[] | null {
  context ??= vm.createContext(Object.create(null));
  batch ??= new vm.Script("(() => { const re = new RegExp(source, flags); return texts.map((t) => re.test(t)); })()");
  const sandbox = context as Record<string, unknown>;
  sandbox.source = source;
  sandbox.flags = flags;
  sandbox.texts = texts;
  try {
    return batch.runInContext(context, { timeout: timeoutMs }) as boolean[];
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return null;
    throw e;
  } finally {
    sandbox.texts = undefined;
  }
}
