import { z } from "zod";

export const evidenceSchema = z.union([
  z.strictObject({
    file: z.string(),
    "min-count": z.number().int().positive().optional(),
    contains: z.string().optional(),
  }),
  z.strictObject({ artifact: z.string() }),
  z.strictObject({ metric: z.string(), min: z.number().optional(), max: z.number().optional() }),
]);

export const controlSchema = z.strictObject({
  id: z.string().min(1),
  framework: z.string().min(1),
  title: z.string().min(1),
  evidence: z.array(evidenceSchema).min(1),
});

export const complianceSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    target: z.number().min(0).max(100).default(100),
    packs: z.array(z.enum(["baseline"])).default([]),
    controls: z.array(controlSchema).default([]),
  })
  .prefault({});

export type ComplianceConfig = z.output<typeof complianceSchema>;
export type ControlConfig = z.output<typeof controlSchema>;
export type EvidenceConfig = z.output<typeof evidenceSchema>;
