/**
 * What a format parser sees of an artifact file: its path, the first bytes (for detection) and ways to read the
 * whole content. Parsers never touch the file system; the collector builds sources from files, tests from strings.
 */
export interface ArtifactSource {
  /** Repository-relative path (POSIX separators), used in findings and messages. */
  path: string;
  /** Size in bytes. */
  size: number;
  /** The first bytes decoded as UTF-8 (at most HEAD_BYTES), for content detection. */
  head: string;
  /** The whole content as text. Parsers of formats that can be huge should prefer `chunks()`. */
  text(): Promise<string>;
  /** The content as a stream of Buffers, for parsers that must stay in bounded memory. */
  chunks(): AsyncIterable<Buffer>;
}

export const HEAD_BYTES = 64 * 1024;

export function sourceFromString(path: string, content: string | Buffer): ArtifactSource {
  const buf = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return {
    path,
    size: buf.length,
    head: buf.subarray(0, HEAD_BYTES).toString("utf8"),
    text: async () => buf.toString("utf8"),
    chunks: async function* () {
      // Small chunks so streaming parsers meet chunk boundaries in tests too.
      for (let i = 0; i < buf.length; i += 16 * 1024) yield buf.subarray(i, i + 16 * 1024);
    },
  };
}

/** Thrown by a parser when the file is of its format but cannot be read; the message names the problem. */
export class UnreadableArtifactError extends Error {
  override name = "UnreadableArtifactError";
}
