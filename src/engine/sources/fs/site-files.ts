/**
 * Reads the site generators' configuration files that `documentation.site` needs (book.toml, mkdocs.yml) as text.
 * docusaurus.config.* is code: only its presence is used, it is never read, let alone run.
 */
import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
import type { SiteConfigFile } from "../../../core/documentation/site-profile.js";

/** A site configuration is a few kilobytes; a larger file is not read. */
const MAX_SITE_CONFIG_BYTES = 256 * 1024;

export async function readSiteFiles(
  root: string,
  candidates: readonly string[],
  notices: string[],
): Promise<SiteConfigFile[]> {
  const out: SiteConfigFile[] = [];
  for (const p of candidates) {
    if (/docusaurus\.config\./.test(p)) {
      out.push({ path: p, text: "" });
      continue;
    }
    try {
      const abs = path.join(root, p);
      const st = await lstat(abs);
      if (!st.isFile()) continue;
      if (st.size > MAX_SITE_CONFIG_BYTES) {
        notices.push(`${p} is over ${MAX_SITE_CONFIG_BYTES / 1024} kB and was not read as site configuration`);
        continue;
      }
      out.push({ path: p, text: await readFile(abs, "utf8") });
    } catch (e) {
      notices.push(`${p} could not be read (${(e as Error).message})`);
    }
  }
  return out;
}
