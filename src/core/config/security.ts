import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

export const acceptedRiskSchema = z
  .strictObject({
    id: z.string().optional(),
    rule: z.string().optional(),
    fingerprint: z.string().optional(),
    path: z.string().optional(),
    reason: z.string().min(1, "say why the risk is accepted"),
    expires: isoDate,
  })
  .refine(
    (r) => r.id !== undefined || r.rule !== undefined || r.fingerprint !== undefined || r.path !== undefined,
    "an accepted risk needs `id`, `rule`, `fingerprint` or `path` to match findings",
  );

export const securitySchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    target: z.number().min(0).max(100).default(85),
    penalties: z
      .strictObject({
        critical: z.number().min(0).default(25),
        high: z.number().min(0).default(10),
        medium: z.number().min(0).default(2),
        low: z.number().min(0).default(0.25),
        info: z.number().min(0).default(0),
      })
      .prefault({}),
    "accepted-risks": z.array(acceptedRiskSchema).default([]),
  })
  .prefault({});

export type SecurityConfig = z.output<typeof securitySchema>;
export type AcceptedRisk = z.output<typeof acceptedRiskSchema>;
