/**
 * Unpacks a repository tarball (GitHub's `tarball/{sha}` download) into a private directory, writing only
 * regular files and directories. Symbolic and hard links, devices and FIFOs are skipped (the collector reads
 * files by path and would follow a link out of the tree); unsafe names are skipped; the entry count and the
 * unpacked bytes are counted while the archive streams, and the first limit passed stops it. The top-level
 * `owner-repo-sha/` directory GitHub puts around the tree is removed.
 */
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Parser, type ReadEntry } from "tar";
import { ArchiveLimitError, type ArchiveLimits, unsafePathReason } from "./archive-limits.js";

export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface UnpackedTree {
  files: number;
  bytes: number;
  skipped: SkippedEntry[];
}

const FILE_TYPES = new Set(["File", "OldFile", "ContiguousFile"]);

export interface TarballOptions extends ArchiveLimits {
  /** Top-level names that are not written (reserved for the server's own use in the directory). */
  reserved?: readonly string[];
}

export async function unpackTarball(source: Readable, dir: string, opts: TarballOptions): Promise<UnpackedTree> {
  const out: UnpackedTree = { files: 0, bytes: 0, skipped: [] };
  const root = path.resolve(dir);
  let entries = 0;
  const writes: Promise<void>[] = [];
  const written = new Set<string>();
  let failure: Error | null = null;
  const parser = new Parser({ strict: true });
  const stop = (e: Error) => {
    if (failure) return;
    failure = e;
    source.destroy(e);
  };

  parser.on("entry", (entry: ReadEntry) => {
    if (failure) return entry.resume();
    entries++;
    if (entries > opts.maxEntries) {
      entry.resume();
      return stop(new ArchiveLimitError("the tarball", "entries", opts.maxEntries));
    }
    // GitHub's tarballs wrap the tree in one directory; drop it.
    const raw = String(entry.path);
    const rel = raw.split("/").slice(1).join("/");
    if (rel === "" || rel === "/") return entry.resume();
    const unsafe = unsafePathReason(raw) ?? unsafePathReason(rel);
    if (unsafe) {
      out.skipped.push({ path: raw, reason: `the name ${unsafe}` });
      return entry.resume();
    }
    const top = rel.split("/")[0] ?? "";
    if (opts.reserved?.includes(top)) {
      out.skipped.push({ path: rel, reason: `${top}/ is reserved for workflow artifacts` });
      return entry.resume();
    }
    const target = path.resolve(root, rel);
    if (!target.startsWith(root + path.sep)) {
      out.skipped.push({ path: rel, reason: "the name leaves the directory" });
      return entry.resume();
    }
    if (entry.type === "Directory") {
      writes.push(mkdir(target, { recursive: true }).then(() => {}));
      return entry.resume();
    }
    if (!FILE_TYPES.has(entry.type)) {
      const kind =
        entry.type === "SymbolicLink" ? "a symbolic link" : entry.type === "Link" ? "a hard link" : `a ${entry.type}`;
      out.skipped.push({ path: rel, reason: `is ${kind}; only regular files are read` });
      return entry.resume();
    }
    out.bytes += entry.size;
    if (out.bytes > opts.maxBytes) {
      entry.resume();
      return stop(new ArchiveLimitError("the tarball", "bytes", opts.maxBytes));
    }
    if (written.has(rel)) {
      out.skipped.push({ path: rel, reason: "appears twice in the archive; the first copy was kept" });
      return entry.resume();
    }
    written.add(rel);
    out.files++;
    // Pause the parser until the file's directory exists; `wx` refuses to write over anything already there.
    entry.pause();
    writes.push(
      mkdir(path.dirname(target), { recursive: true }).then(() =>
        pipeline(entry, createWriteStream(target, { flags: "wx", mode: 0o600 })),
      ),
    );
  });

  try {
    await pipeline(source, parser as unknown as NodeJS.WritableStream);
  } catch (e) {
    if (!failure) throw e;
  }
  const settled = await Promise.allSettled(writes);
  if (failure) throw failure;
  const bad = settled.find((s) => s.status === "rejected");
  if (bad) throw (bad as PromiseRejectedResult).reason;
  return out;
}
