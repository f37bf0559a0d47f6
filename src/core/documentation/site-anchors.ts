/** Heading anchors as GitHub derives them, so a site profile can tell them apart from the page's HTML anchors. */
import GithubSlugger, { slug as staticSlug } from "github-slugger";

export function githubSlugs(headings: readonly string[]): Set<string> {
  const slugger = new GithubSlugger();
  const out = new Set<string>();
  for (const h of headings) {
    out.add(slugger.slug(h));
    out.add(staticSlug(h.trim()));
  }
  return out;
}

/** Explicit heading ids written `## Title {#custom-id}` (Docusaurus, and MkDocs with attr_list). */
export function explicitHeadingIds(headings: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const h of headings) {
    const m = /\{#([^}\s]+)\}\s*$/.exec(h);
    if (m) out.add((m[1] as string).toLowerCase());
  }
  return out;
}
