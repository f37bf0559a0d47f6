/** Opens artifact files as ArtifactSources: a head for detection now, the rest read or streamed on demand. */
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { type ArtifactSource, decodeText, encodingOf, HEAD_BYTES, utf8Chunks } from "../../../core/formats/source.js";
import type { ArtifactEntry } from "../../../core/model/report.js";

export async function openArtifact(root: string, rel: string): Promise<ArtifactSource> {
  const abs = path.resolve(root, rel);
  const st = await stat(abs);
  if (!st.isFile()) throw new Error("not a regular file");
  const fh = await open(abs, "r");
  let head: string;
  let first: Buffer;
  try {
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, st.size));
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    first = buf.subarray(0, bytesRead);
    head = decodeText(first);
  } finally {
    await fh.close();
  }
  // UTF-16 reports (Windows PowerShell's `>`) and a UTF-8 BOM reach every parser as plain UTF-8.
  const { encoding, bom } = encodingOf(first.subarray(0, 4));
  return {
    path: rel,
    size: st.size,
    head,
    text: async () => decodeText(await readFile(abs)),
    chunks: () => utf8Chunks(createReadStream(abs, { highWaterMark: 256 * 1024 }), encoding, bom),
  };
}

export interface OpenedArtifacts {
  sources: { source: ArtifactSource; format: string; scenario?: string }[];
  failed: ArtifactEntry[];
}

/** Opens every path; one that cannot be opened becomes an `unreadable` entry naming the reason. */
export async function openArtifacts(
  root: string,
  matches: { path: string; format: string; scenario?: string }[],
): Promise<OpenedArtifacts> {
  const out: OpenedArtifacts = { sources: [], failed: [] };
  const seen = new Set<string>();
  for (const m of matches) {
    if (seen.has(m.path)) continue;
    seen.add(m.path);
    try {
      const source = await openArtifact(root, m.path);
      out.sources.push({ source, format: m.format, ...(m.scenario ? { scenario: m.scenario } : {}) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason =
        code === "EACCES" ? "permission denied" : code === "ENOENT" ? "file not found" : (e as Error).message;
      out.failed.push({ path: m.path, format: null, dimension: null, status: "unreadable", error: reason });
    }
  }
  return out;
}
