/**
 * `compliance:` in `.github/readiness.yml`: controls, each with evidence rules that must all hold, and starter packs.
 * Rules that need more than one key (a `contains` pattern that must compile, a metric that must exist) are checked
 * by `complianceConfigProblems` in `compliance/check-config.ts`, called from the config loader's cross-checks.
 */
import { z } from "zod";

/** Evidence types, in the order the docs present them. An evidence item names exactly one of file, artifact, metric. */
export const EVIDENCE_TYPES = ["file", "contains", "artifact", "metric"] as const;

const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const evidenceSchema = z
  .strictObject({
    /** A path or glob (or a list: any of them), relative to the repository root; matched case-insensitively. */
    file: oneOrMany.optional(),
    /** With `file`: text the file must contain: `"## Heading"`, `"/regex/flags"` or plain words. A list: all of them. */
    contains: oneOrMany.optional(),
    /** With `file` or `artifact`: how many matching files/artifacts are needed (default 1). */
    "min-count": z.number().int().positive().optional(),
    /** A format family (`zap`, `sarif`, `locust`, …): an artifact of that family must be present and parsed. */
    artifact: z.string().min(1).optional(),
    /** `<dimension>.<key>` of another dimension, with `min` and/or `max`. */
    metric: z.string().min(1).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .superRefine(
    (e, ctx) => {
      const kinds = (["file", "artifact", "metric"] as const).filter((k) => e[k] !== undefined);
      if (kinds.length !== 1) {
        ctx.addIssue({
          code: "custom",
          message:
            kinds.length === 0
              ? "an evidence item needs one of `file` (optionally with `contains`), `artifact` or `metric`"
              : `an evidence item has exactly one of \`file\`, \`artifact\`, \`metric\` (found ${kinds.map((k) => `\`${k}\``).join(" and ")}); split it into separate items`,
        });
        return;
      }
      const kind = kinds[0];
      if (e.contains !== undefined && kind !== "file") {
        ctx.addIssue({
          code: "custom",
          path: ["contains"],
          message: "`contains` needs a `file` in the same evidence item",
        });
      }
      if (e["min-count"] !== undefined && kind === "metric") {
        ctx.addIssue({
          code: "custom",
          path: ["min-count"],
          message: "`min-count` applies to `file` and `artifact` evidence",
        });
      }
      if (kind === "metric" && e.min === undefined && e.max === undefined) {
        ctx.addIssue({ code: "custom", path: ["metric"], message: "`metric` evidence needs `min` or `max`" });
      }
      if (kind !== "metric" && (e.min !== undefined || e.max !== undefined)) {
        ctx.addIssue({
          code: "custom",
          path: [e.min !== undefined ? "min" : "max"],
          message: "`min`/`max` apply to `metric` evidence",
        });
      }
    },
    // A misspelt key is already reported by name; the shape rules would only repeat it less clearly.
    { when: (payload) => payload.issues.length === 0 },
  );

export const controlSchema = z.strictObject({
  id: z.string().min(1),
  /** SOC2, ISO27001, ISO42001, GDPR, or any label. */
  framework: z.string().min(1),
  title: z.string().min(1),
  /** Framework criteria the control supports, e.g. `SOC 2 CC7.3`, `ISO 27001 A.5.24` (shown in the report). */
  criteria: z.array(z.string().min(1)).default([]),
  evidence: z.array(evidenceSchema).min(1),
});

export const compliancePackIds = ["baseline"] as const;

export const complianceSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    target: z.number().min(0).max(100).default(100),
    /** Starter packs of ready-made controls. */
    packs: z.array(z.enum(compliancePackIds)).default([]),
    /** Ids of pack controls to leave out (e.g. `privacy-policy` for a library that handles no personal data). */
    exclude: z.array(z.string().min(1)).default([]),
    /** Your own controls; one with the id of a pack control replaces that control. */
    controls: z.array(controlSchema).default([]),
    /** Longest time one regular-expression search may take on one file before the control fails. */
    "regex-timeout-ms": z.number().int().positive().max(60_000).default(1000),
  })
  .prefault({});

export type ComplianceConfig = z.output<typeof complianceSchema>;
export type ControlConfig = z.output<typeof controlSchema>;
export type EvidenceConfig = z.output<typeof evidenceSchema>;
