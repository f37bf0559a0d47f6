/**
 * Where the CLI keeps the link-check cache: the user's cache directory (XDG_CACHE_HOME, ~/Library/Caches on
 * macOS, LOCALAPPDATA on Windows), one file per assessed repository, never inside the repository itself.
 */
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import path from "node:path";

export function linkCacheFile(root: string, env: Record<string, string | undefined>, platform = process.platform) {
  const base =
    env.XDG_CACHE_HOME ||
    (platform === "darwin"
      ? path.join(homedir(), "Library", "Caches")
      : platform === "win32"
        ? (env.LOCALAPPDATA ?? path.join(homedir(), "AppData", "Local"))
        : path.join(env.HOME || homedir(), ".cache"));
  const id = createHash("sha256").update(path.resolve(root)).digest("hex").slice(0, 16);
  return path.join(base, "readiness-gate", `links-${id}.json`);
}
