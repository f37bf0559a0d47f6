/**
 * Site profiles: many documentation trees are read on a built site (mdBook, MkDocs, Docusaurus) rather than on
 * GitHub, and those generators resolve links their own way. A profile owns the pages of its site and answers, for a
 * link written in one of them, whether it works on the built site; links in other files resolve as GitHub does.
 * Pure: the generator's configuration file comes in as text, the pages as parsed scans.
 */
import { docusaurusProfile } from "./site-docusaurus.js";
import { mdbookProfile } from "./site-mdbook.js";
import { mkdocsProfile } from "./site-mkdocs.js";

export {
  SITE_LABELS,
  type SiteConfigFile,
  type SiteContext,
  type SiteName,
  type SiteProfile,
  type SiteResolution,
  type SiteSetting,
} from "./site-types.js";
import {
  SITE_LABELS,
  type SiteConfigFile,
  type SiteContext,
  type SiteName,
  type SiteProfile,
  type SiteSetting,
} from "./site-types.js";

const CONFIG_NAMES: { name: SiteName; test: RegExp }[] = [
  { name: "mdbook", test: /(?:^|\/)book\.toml$/ },
  { name: "mkdocs", test: /(?:^|\/)mkdocs\.ya?ml$/ },
  { name: "docusaurus", test: /(?:^|\/)docusaurus\.config\.(?:js|cjs|mjs|ts|cts|mts)$/ },
];

/** Configuration files deeper than this are not taken as a site (test fixtures, vendored examples). */
const MAX_CONFIG_DEPTH = 2;

/** The site configuration files an adapter should read for `setting`: paths of the repository's candidates. */
export function siteConfigCandidates(setting: SiteSetting, repoFiles: readonly string[]): string[] {
  if (setting === "github") return [];
  const out: string[] = [];
  for (const p of repoFiles) {
    if (p.split("/").length - 1 > MAX_CONFIG_DEPTH) continue;
    const kind = CONFIG_NAMES.find((c) => c.test.test(p));
    if (kind && (setting === "auto" || setting === kind.name)) out.push(p);
  }
  return out.sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : 1));
}

/** Builds the profiles the setting asks for; `auto` takes every site whose configuration file is present. */
export function buildSiteProfiles(
  setting: SiteSetting,
  files: readonly SiteConfigFile[],
  ctx: SiteContext,
): SiteProfile[] {
  if (setting === "github") return [];
  const profiles: SiteProfile[] = [];
  for (const file of files) {
    const kind = CONFIG_NAMES.find((c) => c.test.test(file.path));
    if (!kind || (setting !== "auto" && setting !== kind.name)) continue;
    try {
      const p =
        kind.name === "mdbook"
          ? mdbookProfile(file, ctx)
          : kind.name === "mkdocs"
            ? mkdocsProfile(file, ctx)
            : docusaurusProfile(file, ctx);
      if (p) profiles.push(p);
    } catch (e) {
      ctx.notices.push(
        `${file.path} could not be read as ${SITE_LABELS[kind.name]} configuration (${(e as Error).message}); links are resolved as GitHub resolves them`,
      );
    }
  }
  if (setting !== "auto" && profiles.length === 0)
    ctx.notices.push(
      `documentation.site is ${setting}, but no ${SITE_LABELS[setting]} configuration file was found; links are resolved as GitHub resolves them`,
    );
  return profiles;
}
