/**
 * The small file that joins the two halves of the fork-safe setup. The `pull_request` workflow (read-only token,
 * runs the fork's code) writes it next to its reports and uploads both as an artifact; the `workflow_run`
 * workflow (write token, never runs the fork's code) downloads the artifact and publishes. GitHub does not give
 * the PR number of a fork's run to `workflow_run`, so this file carries it. Its content comes from an untrusted
 * run: it is validated strictly, and the head SHA must match the one GitHub reports for the run.
 *
 *   { "schema": "readiness-gate/pr-info@1", "number": 42, "headSha": "<40 hex digits>" }
 */
import { z } from "zod";

export const PR_INFO_FILE = "readiness-pr.json";
export const PR_INFO_SCHEMA_ID = "readiness-gate/pr-info@1";

export const prInfoSchema = z.strictObject({
  schema: z.literal(PR_INFO_SCHEMA_ID),
  number: z.number().int().positive().max(2_147_483_647),
  headSha: z.string().regex(/^[0-9a-f]{40}$/, "40 lowercase hex digits"),
});

export type PrInfo = z.output<typeof prInfoSchema>;

export function parsePrInfo(file: string, text: string): PrInfo {
  if (text.length > 4096) throw new Error(`${file}: the file is ${text.length} bytes; a PR info file is under 200`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(
      `${file}: not valid JSON (expected ${JSON.stringify({ schema: PR_INFO_SCHEMA_ID, number: 1, headSha: "…" })})`,
    );
  }
  const r = prInfoSchema.safeParse(raw);
  if (!r.success) {
    // The file is untrusted: zod's messages for unknown keys quote the keys, so those are described, not echoed.
    const problems = r.error.issues.map((i) =>
      i.code === "unrecognized_keys"
        ? `has ${i.keys.length} unknown key${i.keys.length === 1 ? "" : "s"}; only \`schema\`, \`number\` and \`headSha\` are allowed`
        : `\`${i.path.map((p) => (["schema", "number", "headSha"].includes(String(p)) ? String(p) : "?")).join(".") || "(top level)"}\` ${i.message}`,
    );
    throw new Error(`${file}: ${problems.join("; ")}`);
  }
  return r.data;
}

/** The JSON the first half writes (used by the docs' shell step and by tests). */
export function formatPrInfo(number: number, headSha: string): string {
  return `${JSON.stringify({ schema: PR_INFO_SCHEMA_ID, number, headSha })}\n`;
}
