/**
 * Reads and validates the Action's inputs into one typed object. Names and defaults come from action.yml only
 * (through the generated input-defaults.ts), so a run without the runner's defaults (tests, `node dist/index.js`)
 * behaves the same. Errors name the input, what was given and what is allowed.
 */
import { z } from "zod";
import { ACTION_INPUT_DEFAULTS, type ActionInputName } from "./input-defaults.js";
import { parseLinkHeaders } from "./outside-settings.js";

export const COMMENT_MODES = ["always", "on-change", "never"] as const;
export const FAIL_ON = ["no-go", "conditional", "never"] as const;
export const CONDITIONAL_CONCLUSIONS = ["neutral", "failure", "success", "action_required"] as const;

/** A list in one input: names separated by commas, spaces or newlines. */
const list = (s: string) =>
  s
    .split(/[\s,]+/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

const bool = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.enum(["true", "false", "yes", "no", ""]))
  .transform((s) => s === "true" || s === "yes");

export const inputsSchema = z.object({
  "github-token": z.string(),
  config: z.string().min(1),
  artifacts: z
    .string()
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "" && !l.startsWith("#")),
    )
    // Globs are relative to `working-directory` and must stay in the workspace.
    .refine((globs) => globs.every((g) => !/^([/\\]|[A-Za-z]:)/.test(g) && !/(^|[/\\])\.\.([/\\]|$)/.test(g)), {
      message: "globs relative to `working-directory`, without `..` or an absolute path",
    }),
  "check-name": z.string().min(1).max(200),
  comment: z.enum(COMMENT_MODES),
  annotations: z
    .string()
    .regex(/^\d+$/, "a whole number (0 = no annotations)")
    .transform(Number)
    .pipe(z.number().int().min(0).max(10_000)),
  "fail-on": z.enum(FAIL_ON),
  "conditional-conclusion": z.enum(CONDITIONAL_CONCLUSIONS),
  "dry-run": bool,
  "allow-empty": bool,
  "working-directory": z.string().min(1),
  baseline: z.enum(["auto", "none"]),
  "link-header-env": z.string().transform(list),
  "link-allow-private-hosts": z.string().transform(list),
  "link-headers": z.string().transform((s, ctx) => {
    const parsed = parseLinkHeaders(s);
    if ("value" in parsed) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.problem });
    return z.NEVER;
  }),
  "trusted-config-path": z.string(),
  shard: z.string().regex(/^(\d+\/\d+)?$/, 'empty, or "i/n" (e.g. "2/4")'),
  mode: z.enum(["assess", "merge"]),
  "partial-reports": z.string().min(1),
});

export type ActionInputs = z.output<typeof inputsSchema>;
export const INPUT_NAMES = Object.keys(ACTION_INPUT_DEFAULTS) as ActionInputName[];
/** The defaults action.yml declares (empty string = no value). */
export const INPUT_DEFAULTS = ACTION_INPUT_DEFAULTS;

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
    this.name = "InputError";
  }
}

/** `getInput` returns the raw value or "" when unset (as `@actions/core`'s does). */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const raw: Record<string, string | undefined> = {};
  for (const name of INPUT_NAMES) {
    // `link-headers` is YAML: its indentation is kept.
    const v = name === "link-headers" ? getInput(name) : getInput(name).trim();
    // An empty value means "use the default". The token's default is an expression only the runner can expand.
    raw[name] = v.trim() !== "" ? v : name === "github-token" ? "" : INPUT_DEFAULTS[name];
  }
  const result = inputsSchema.safeParse(raw);
  if (result.success && result.data.shard && result.data.mode === "merge")
    throw new InputError([
      "input `shard` goes with each job of the matrix and `mode: merge` with the job that combines them: give one",
    ]);
  if (result.success) return result.data;
  throw new InputError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "?");
      const given = JSON.stringify(raw[name] ?? "");
      if (name === "dry-run" || name === "allow-empty")
        return `input \`${name}\`: found ${given}, allowed: true, false`;
      if (issue.code === "invalid_value") {
        return `input \`${name}\`: found ${given}, allowed: ${issue.values.map((v) => String(v)).join(", ")}`;
      }
      return `input \`${name}\`: found ${given}, expected ${issue.message.replace(/^Invalid input: /, "")}`;
    }),
  );
}
