/**
 * Absolute links to this repository itself (`https://github.com/OWNER/REPO/blob/BRANCH/path#anchor`, `tree/`,
 * `raw/`, `raw.githubusercontent.com/OWNER/REPO/BRANCH/path`) point at the checked-out tree when BRANCH is one of the
 * branches being assessed (the default branch, the PR's branch, `HEAD`): they are resolved offline like a link from
 * the repository root. Pinned commits and other branches may differ from the tree and stay external links.
 */

export interface RepositoryIdentity {
  owner: string;
  repo: string;
  /** Branch names whose links resolve to the checked-out tree. */
  branches: readonly string[];
}

export interface SelfLink {
  /** Root-relative link to check instead (`/docs/a.md#x`); raw links lose their fragment. */
  local: string;
  kind: "blob" | "tree" | "raw";
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function selfLinkResolver(id: RepositoryIdentity): (url: string) => SelfLink | null {
  const owner = escapeRegExp(id.owner);
  const repo = escapeRegExp(id.repo.replace(/\.git$/, ""));
  const web = new RegExp(
    `^https?://(?:www\\.)?github\\.com/${owner}/${repo}/(blob|tree|raw)/([^?#]+)([?][^#]*)?(#.*)?$`,
    "i",
  );
  const raw = new RegExp(
    `^https?://raw\\.githubusercontent\\.com/${owner}/${repo}/([^?#]+)(?:[?][^#]*)?(?:#.*)?$`,
    "i",
  );
  // Longest first: `release/1.2` must win over `release`.
  const branches = [...new Set([...id.branches, "HEAD"])].filter((b) => b !== "").sort((a, b) => b.length - a.length);
  const split = (rest: string): string | null => {
    for (const b of branches) {
      if (rest === b) return "";
      if (rest.startsWith(`${b}/`)) return rest.slice(b.length + 1);
    }
    return null;
  };
  return (url) => {
    const w = web.exec(url);
    if (w) {
      const kind = (w[1] as string).toLowerCase() as SelfLink["kind"];
      const path = split(w[2] as string);
      if (path === null) return null;
      const fragment = kind === "blob" ? (w[4] ?? "") : "";
      return { local: `/${path}${fragment}`, kind };
    }
    const r = raw.exec(url);
    if (r) {
      const path = split(r[1] as string);
      return path === null ? null : { local: `/${path}`, kind: "raw" };
    }
    return null;
  };
}
