/** Limits on what an archive may unpack to, and the error that names the one that was passed. */

export interface ArchiveLimits {
  /** Most bytes of file content, summed over every entry. */
  maxBytes: number;
  /** Most entries (files, directories and skipped ones alike). */
  maxEntries: number;
}

export class ArchiveLimitError extends Error {
  override name = "ArchiveLimitError";
  constructor(
    readonly archive: string,
    readonly limit: "bytes" | "entries",
    readonly value: number,
  ) {
    super(
      limit === "bytes"
        ? `${archive} unpacks to more than ${value} bytes (the limit READINESS_MAX_${archive.startsWith("the artifact") ? "ARTIFACT" : "ARCHIVE"}_MB); it was not read`
        : `${archive} has more than ${value} entries (the limit READINESS_MAX_${archive.startsWith("the artifact") ? "ARTIFACT" : "ARCHIVE"}_ENTRIES); it was not read`,
    );
  }
}

/** An archive that cannot be read safely at all (not a limit): a zip slip name, a lying size header, … */
export class ArchiveRefused extends Error {
  override name = "ArchiveRefused";
}

/**
 * A relative POSIX path that stays inside the target directory, or the reason it does not. Archives from a
 * pull request or a workflow run are untrusted: no absolute path, no `..`, no backslash (a Windows separator
 * that another tool may honour), no NUL, nothing empty.
 */
export function unsafePathReason(p: string): string | null {
  if (p.includes("\0")) return "contains a NUL byte";
  if (p.includes("\\")) return "contains a backslash";
  if (p.startsWith("/") || /^[A-Za-z]:/.test(p)) return "is an absolute path";
  const parts = p.split("/").filter((s) => s !== "" && s !== ".");
  if (parts.length === 0) return "is empty";
  if (parts.includes("..")) return "climbs out of the archive with ..";
  return null;
}
