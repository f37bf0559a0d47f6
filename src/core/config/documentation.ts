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

/**
 * A link pattern for `ignore-links`: `/regex/flags` (checked here, run with a time limit) or a glob over the link as
 * written (`*` within a path segment, `**` across them).
 */
const linkIgnorePattern = z.string().refine((p) => {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(p);
  if (!m) return p.length > 0;
  try {
    new RegExp(m[1] as string, m[2]);
    return true;
  } catch {
    return false;
  }
}, "a glob, or a valid regular expression written /like this/");

export const siteProfiles = ["auto", "github", "mdbook", "mkdocs", "docusaurus"] as const;

export const documentationSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    include: z.array(z.string()).default(["**/*.md", "**/*.markdown"]),
    exclude: z.array(z.string()).default([]),
    target: z.number().min(0).max(100).default(90),
    "external-links": z.enum(["off", "warn", "error"]).default("warn"),
    links: linksSchema,
    /**
     * `auto`: markdownlint runs with the repository's configuration, scored, when it has one; without one its
     * findings are advice (shown, not scored). `true`: always scored (default rules without a configuration).
     */
    markdownlint: z.union([z.boolean(), z.literal("auto")]).default("auto"),
    /** How links resolve: as GitHub shows the files, or as the named site generator builds them. */
    site: z.enum(siteProfiles).default("auto"),
    /** Links that are not checked (they resolve only at run time); every one skipped is counted in the report. */
    "ignore-links": z.array(linkIgnorePattern).default([]),
    /**
     * This repository on GitHub, so that absolute links to it are checked offline against the tree. Derived from the
     * run (the Action's repository, the CLI's `origin` remote) when absent.
     */
    repository: z
      .strictObject({
        owner: z.string().min(1),
        repo: z.string().min(1),
        /** Branches whose links resolve to the checked-out tree (the default branch, the PR's branch). */
        branches: z.array(z.string().min(1)).default([]),
      })
      .optional(),
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
