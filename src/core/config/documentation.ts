import { z } from "zod";

export const codeBlockLanguages = ["json", "yaml", "javascript", "typescript", "shell"] as const;

/** A URL pattern for `include` / `exclude`: a regular expression, checked here so a typo is a config error. */
const urlPattern = z.string().refine((p) => {
  try {
    new RegExp(p);
    return true;
  } catch {
    return false;
  }
}, "a valid regular expression");

export const linksSchema = z
  .strictObject({
    "timeout-ms": z.number().int().positive().default(10_000),
    concurrency: z.number().int().positive().max(256).default(32),
    "per-host-concurrency": z.number().int().positive().max(64).default(4),
    retries: z.number().int().min(0).max(10).default(3),
    "max-redirects": z.number().int().min(0).max(20).default(5),
    include: z.array(urlPattern).default([]),
    exclude: z.array(urlPattern).default([]),
    accept: z.array(z.number().int().min(100).max(599)).default([200, 206]),
    headers: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    cache: z
      .strictObject({
        path: z.string().default(".readiness-cache/links.json"),
        ttl: z
          .string()
          .regex(/^\d+(ms|s|m|h|d)$/, "a duration such as 30m, 12h or 1d")
          .default("1d"),
      })
      .prefault({}),
    "allow-private-hosts": z.array(z.string()).default([]),
    "check-fragments": z.boolean().default(false),
  })
  .prefault({});

export const documentationSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    include: z.array(z.string()).default(["**/*.md", "**/*.markdown"]),
    exclude: z.array(z.string()).default([]),
    target: z.number().min(0).max(100).default(90),
    "external-links": z.enum(["off", "warn", "error"]).default("warn"),
    links: linksSchema,
    markdownlint: z.boolean().default(true),
    "code-blocks": z
      .strictObject({
        /** `true`: a fence without a tag is a scored finding; `advice`: shown, not scored; `false`: not reported. */
        "require-language": z.union([z.boolean(), z.literal("advice")]).default("advice"),
        validate: z.array(z.enum(codeBlockLanguages)).default([...codeBlockLanguages]),
      })
      .prefault({}),
    /** Weights of the check families in the documentation score. */
    weights: z
      .strictObject({
        "internal-links": z.number().min(0).default(3),
        anchors: z.number().min(0).default(2),
        "external-links": z.number().min(0).default(1),
        "code-blocks": z.number().min(0).default(2),
        lint: z.number().min(0).default(1),
      })
      .prefault({}),
  })
  .prefault({});

export type DocumentationConfig = z.output<typeof documentationSchema>;
export type LinksConfig = z.output<typeof linksSchema>;
