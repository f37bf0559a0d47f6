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

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * The encoding of a file from its first bytes: a byte-order mark, or UTF-16 without one when the first characters
 * are ASCII with a zero byte beside each (what Windows PowerShell's `>` and `Out-File` write). The BOM is dropped.
 */
export function encodingOf(first: Uint8Array): { encoding: TextEncoding; bom: number } {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: "utf-8", bom: 3 };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  const ascii = (b: number | undefined) => b !== undefined && b >= 0x09 && b < 0x80;
  if (first.length >= 4 && ascii(first[0]) && first[1] === 0 && ascii(first[2]) && first[3] === 0)
    return { encoding: "utf-16le", bom: 0 };
  if (first.length >= 4 && first[0] === 0 && ascii(first[1]) && first[2] === 0 && ascii(first[3]))
    return { encoding: "utf-16be", bom: 0 };
  return { encoding: "utf-8", bom: 0 };
}

/** Chunks of any supported encoding as UTF-8 Buffers without a BOM, decoded across chunk boundaries. */
export async function* utf8Chunks(
  chunks: AsyncIterable<Buffer>,
  encoding: TextEncoding,
  bom: number,
): AsyncGenerator<Buffer> {
  let skip = bom;
  const decoder = encoding === "utf-8" ? undefined : new TextDecoder(encoding);
  for await (const raw of chunks) {
    let chunk = raw;
    if (skip > 0) {
      const n = Math.min(skip, chunk.length);
      chunk = chunk.subarray(n);
      skip -= n;
    }
    if (!decoder) {
      if (chunk.length) yield chunk;
      continue;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield Buffer.from(text, "utf8");
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield Buffer.from(rest, "utf8");
  }
}

/** Decodes a whole buffer of any supported encoding, without the BOM. */
export function decodeText(buf: Buffer): string {
  const { encoding, bom } = encodingOf(buf.subarray(0, 4));
  const body = buf.subarray(bom);
  return encoding === "utf-8" ? body.toString("utf8") : new TextDecoder(encoding).decode(body);
}

export function sourceFromString(path: string, content: string | Buffer): ArtifactSource {
  const buf = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const { encoding, bom } = encodingOf(buf.subarray(0, 4));
  return {
    path,
    size: buf.length,
    head: decodeText(buf.subarray(0, HEAD_BYTES)),
    text: async () => decodeText(buf),
    chunks: () =>
      utf8Chunks(
        (async function* () {
          // Small chunks so streaming parsers meet chunk boundaries in tests too.
          for (let i = 0; i < buf.length; i += 16 * 1024) yield buf.subarray(i, i + 16 * 1024);
        })(),
        encoding,
        bom,
      ),
  };
}

/** Thrown by a parser when the file is of its format but cannot be read; the message names the problem. */
export class UnreadableArtifactError extends Error {
  override name = "UnreadableArtifactError";
}
