/**
 * The one schema of `.github/readiness.yml`. The JSON Schema in `schema/readiness-config.schema.json`
 * is generated from it (`npm run schema`), and a test proves the committed file is current.
 */
import { z } from "zod";
import { complianceSchema } from "./compliance.js";
import { documentationSchema } from "./documentation.js";
import { performanceSchema } from "./performance.js";
import { securitySchema } from "./security.js";
import { formatFamilies } from "../formats/registry.js";
import { DIMENSIONS } from "../model/report.js";

/** `auto` or a format family of the registry: the values `format:` accepts. */
export const artifactFormatIds: readonly [string, ...string[]] = ["auto", ...formatFamilies()];

export const artifactSchema = z.strictObject({
  path: z.string().min(1),
  format: z.enum(artifactFormatIds).default("auto"),
  /** Scenario name for load-test files (default: from the file name). */
  scenario: z.string().optional(),
});

export const gateSchema = z
  .strictObject({
    id: z.string().optional(),
    metric: z.string().min(1),
    min: z.number().optional(),
    max: z.number().optional(),
    kind: z.enum(["blocking", "conditional"]).default("blocking"),
  })
  .refine((g) => g.min !== undefined || g.max !== undefined, "a gate needs `min` or `max`");

const dimensionName = z.enum(DIMENSIONS);

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  documentation: documentationSchema,
  artifacts: z
    .array(
      z.union([
        z
          .string()
          .min(1)
          .transform((path) => ({ path, format: "auto" as const })),
        artifactSchema,
      ]),
    )
    .default([]),
  performance: performanceSchema,
  security: securitySchema,
  compliance: complianceSchema,
  weights: z
    .strictObject({
      documentation: z.number().min(0).default(1),
      performance: z.number().min(0).default(1),
      security: z.number().min(0).default(1),
      compliance: z.number().min(0).default(1),
    })
    .prefault({}),
  /** Dimensions that must be assessed; a missing one fails a blocking gate. */
  "required-dimensions": z.array(dimensionName).default([]),
  /**
   * What the default gates count when the run compares with the PR's base: `new` findings only, or `all` of them.
   * `auto`: new when a baseline or the PR's changed files are known, all otherwise.
   */
  "gate-on": z.enum(["auto", "new", "all"]).default("auto"),
  /** Gates; when absent, the default set is derived from each dimension's `target` (and from `gate-on`). */
  gates: z.array(gateSchema).optional(),
  /** Settings read only by the GitHub App (the Action takes these from its inputs and workflow). */
  app: z
    .strictObject({
      /** Workflows (by name or `.github/workflows/<file>`) whose completed runs' artifacts are assessed. */
      workflows: z.array(z.string().min(1)).default([]),
      /** Artifact names (glob patterns) to read from those runs. */
      artifacts: z.array(z.string().min(1)).default(["*"]),
      /** When the PR comment is written; `on-change` spares the content-creation limit of busy installations. */
      comment: z.enum(["always", "on-change", "never"]).default("on-change"),
      /** Most annotations on the check run. */
      annotations: z.number().int().min(0).max(1000).default(50),
      /** Check run conclusion for a `conditional` verdict. */
      "conditional-conclusion": z.enum(["success", "neutral", "failure", "action_required"]).default("neutral"),
    })
    .prefault({}),
  recommendation: z
    .strictObject({
      go: z.string().optional(),
      conditional: z.string().optional(),
      "no-go": z.string().optional(),
      "nothing-assessed": z.string().optional(),
    })
    .prefault({}),
});

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type GateConfig = z.output<typeof gateSchema>;
export type ArtifactConfig = z.output<typeof artifactSchema>;
