/**
 * Unpacks a workflow artifact (a zip GitHub builds from the uploaded files) into a private directory, with
 * yauzl's strict name checks (`..`, absolute paths and backslashes are refused) and size validation (an entry
 * whose data is longer or shorter than its header says is refused, which catches lying headers). Symbolic links
 * are skipped, and the entry count and the unpacked bytes are limited before and while streaming, so a zip
 * bomb stops at the limit. Any refusal names the artifact.
 */
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import yauzl from "yauzl";
import { ArchiveLimitError, type ArchiveLimits, ArchiveRefused, unsafePathReason } from "./archive-limits.js";
import type { SkippedEntry, UnpackedTree } from "./tarball.js";

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: true, strictFileNames: true, validateEntrySizes: true, decodeStrings: true },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    ),
  );
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))),
  );
}

/** `name`: the artifact's name, for messages. */
export async function unpackArtifactZip(
  file: string,
  dir: string,
  name: string,
  limits: ArchiveLimits,
): Promise<UnpackedTree> {
  const label = `the artifact ${JSON.stringify(name)}`;
  const refuse = (why: string) => new ArchiveRefused(`${label} was refused: ${why}`);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (e) {
    throw refuse((e as Error).message);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ArchiveLimitError(label, "entries", limits.maxEntries);
  }
  const root = path.resolve(dir);
  const out: UnpackedTree = { files: 0, bytes: 0, skipped: [] };
  const skipped: SkippedEntry[] = out.skipped;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (e: Error) => {
        zip.close();
        reject(e);
      };
      zip.on("error", (e: Error) => fail(refuse(e.message)));
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        handle(entry).then(
          () => zip.readEntry(),
          (e: Error) => fail(e),
        );
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return out;

  async function handle(entry: yauzl.Entry): Promise<void> {
    const p = entry.fileName;
    const unsafe = unsafePathReason(p);
    if (unsafe) throw refuse(`the entry ${JSON.stringify(p)} ${unsafe}`);
    const target = path.resolve(root, p);
    if (!target.startsWith(root + path.sep)) throw refuse(`the entry ${JSON.stringify(p)} leaves the directory`);
    if (p.endsWith("/")) {
      await mkdir(target, { recursive: true });
      return;
    }
    const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
    if (mode === S_IFLNK || (mode !== 0 && mode !== S_IFREG)) {
      skipped.push({
        path: p,
        reason: mode === S_IFLNK ? "is a symbolic link; only regular files are read" : "is not a regular file",
      });
      return;
    }
    if (entry.isEncrypted()) throw refuse(`the entry ${JSON.stringify(p)} is encrypted`);
    if (out.bytes + entry.uncompressedSize > limits.maxBytes)
      throw new ArchiveLimitError(label, "bytes", limits.maxBytes);
    let seen = 0;
    // The header's size is checked against the data by yauzl; this counter also stops a stream that goes on.
    const counter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        seen += chunk.length;
        if (out.bytes + seen > limits.maxBytes) return cb(new ArchiveLimitError(label, "bytes", limits.maxBytes));
        cb(null, chunk);
      },
    });
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await pipeline(await openEntry(zip, entry), counter, createWriteStream(target, { flags: "wx", mode: 0o600 }));
    } catch (e) {
      if (e instanceof ArchiveLimitError) throw e;
      throw refuse(`the entry ${JSON.stringify(p)}: ${(e as Error).message}`);
    }
    out.bytes += seen;
    out.files++;
  }
}
