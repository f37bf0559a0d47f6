/** The shapes every site profile shares (apart from site-profile.ts, which picks the profiles, to avoid a circle). */
import type { RepoIndex } from "./repo-index.js";
import type { ScannedDoc } from "./scan.js";

export type SiteName = "mdbook" | "mkdocs" | "docusaurus";
export type SiteSetting = "auto" | "github" | SiteName;

export const SITE_LABELS: Record<SiteName, string> = {
  mdbook: "mdBook",
  mkdocs: "MkDocs",
  docusaurus: "Docusaurus",
};

/** A generator's configuration file: `book.toml`, `mkdocs.yml`, `docusaurus.config.*` (text unused for the last). */
export interface SiteConfigFile {
  path: string;
  text: string;
}

/**
 * How a link resolves on the built site: `ok` (with the Markdown source whose anchors a fragment must match, when
 * known), `broken` with the reason, or `unknown` when the profile cannot judge (the link is then not counted).
 */
export type SiteResolution =
  | { status: "ok"; target?: string; anchors?: ReadonlySet<string> }
  | { status: "broken"; reason: string }
  | { status: "unknown" };

export interface SiteProfile {
  name: SiteName;
  /** The configuration file that defines the site. */
  configPath: string;
  /** Whether a Markdown file is a page of this site (its links resolve the site's way). */
  owns(path: string): boolean;
  /**
   * Resolves `link` (the path part as written, without fragment or query) from the page `from`. `image` links load
   * files; `definition` and other links navigate.
   */
  resolve(from: string, link: string, image: boolean): SiteResolution;
  /** Heading anchors of a page as the site generates them, when they differ from GitHub's. */
  anchorsOf?(path: string): ReadonlySet<string> | undefined;
}

export interface SiteContext {
  index: RepoIndex;
  scans: ReadonlyMap<string, ScannedDoc>;
  texts: ReadonlyMap<string, string>;
  /** Things worth saying about the profile (a configuration that could not be read, a default that was assumed). */
  notices: string[];
}
