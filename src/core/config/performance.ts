import { z } from "zod";

const bound = z
  .strictObject({ min: z.number().optional(), max: z.number().optional() })
  .refine((b) => b.min !== undefined || b.max !== undefined, "give `min`, `max` or both");

/** SLA metric keys; user-defined keys are allowed too (they name a metric of the run). */
export const slaSchema = z.record(z.string(), bound);

export const performanceSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    target: z.number().min(0).max(100).default(80),
    sla: slaSchema.default({
      "throughput-rps": { min: 1000 },
      "p50-ms": { max: 200 },
      "p95-ms": { max: 500 },
      "p99-ms": { max: 1000 },
      "error-rate-pct": { max: 0.1 },
      "availability-pct": { min: 99.9 },
    }),
    /** Which run the SLA table is computed for (scenario name); default: most users, not a stress run. */
    "sla-scenario": z.string().optional(),
    scenarios: z
      .record(
        z.string(),
        z.strictObject({
          sla: slaSchema.optional(),
          users: z.number().int().positive().optional(),
          stress: z.boolean().optional(),
        }),
      )
      .default({}),
    baseline: z
      .strictObject({
        path: z.string(),
        "regression-pct": z.number().min(0).default(10),
        metrics: z.array(z.string()).default(["p95-ms", "error-rate-pct"]),
      })
      .optional(),
  })
  .prefault({});

export type PerformanceConfig = z.output<typeof performanceSchema>;
