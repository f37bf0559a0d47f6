/** How this run resolves links beyond GitHub's rules: site profiles, ignore-links patterns, links to the repository. */
import type { DocumentationConfig } from "../config/documentation.js";
import type { LinkCheckOptions } from "./check-links.js";
import { linkIgnore } from "./link-ignore.js";
import type { RepoIndex } from "./repo-index.js";
import type { ScannedDoc } from "./scan.js";
import { type RepositoryIdentity, selfLinkResolver } from "./self-links.js";
import { buildSiteProfiles, type SiteConfigFile, type SiteProfile } from "./site-profile.js";

export function linkOptions(
  config: DocumentationConfig,
  input: { siteFiles?: readonly SiteConfigFile[]; repository?: RepositoryIdentity },
  ctx: {
    index: RepoIndex;
    scans: ReadonlyMap<string, ScannedDoc>;
    texts: ReadonlyMap<string, string>;
    notices: string[];
  },
): { options: LinkCheckOptions; sites: SiteProfile[] } {
  const sites = buildSiteProfiles(config.site, input.siteFiles ?? [], ctx);
  const repository = config.repository ?? input.repository;
  const urls: string[] = [];
  if (config["ignore-links"].length > 0)
    for (const scan of ctx.scans.values()) {
      for (const l of scan.links) urls.push(l.url.trim());
      for (const d of scan.definitions) urls.push(d.url.trim());
    }
  const ignore = linkIgnore(config["ignore-links"], urls);
  for (const p of ignore?.timedOut ?? [])
    ctx.notices.push(`ignore-links pattern ${JSON.stringify(p)} took too long and was not applied`);
  return {
    sites,
    options: {
      ...(sites.length > 0 ? { sites } : {}),
      ...(ignore ? { ignore } : {}),
      ...(repository ? { selfLink: selfLinkResolver(repository) } : {}),
    },
  };
}
