/**
 * Reads a webhook body with a hard size limit before any other code sees it. `@octokit/webhooks` reads bodies
 * without one (an unsigned 150 MiB POST grew the process to about 1 GiB), so this runs first and hands the text
 * on as `req.body`, which the middleware then uses instead of reading the stream again.
 */
import type { IncomingMessage } from "node:http";

export class BodyTooLarge extends Error {
  override name = "BodyTooLarge";
  constructor(readonly limit: number) {
    super(`the request body is over the ${limit}-byte limit`);
  }
}

/** How much of an oversized body is read and dropped before the connection is cut. */
const DISCARD_ALLOWANCE = 64 * 1024 * 1024;

/**
 * Reads on and drops what arrives, holding nothing, so the client gets the 413 rather than a reset (a reset
 * can destroy the answer before the client reads it); a sender that goes on past the allowance is cut off.
 */
function discard(req: IncomingMessage): void {
  let dropped = 0;
  req.on("data", (c: Buffer) => {
    dropped += c.length;
    if (dropped > DISCARD_ALLOWANCE) req.destroy();
  });
}

/** Resolves to the body as text, or rejects with `BodyTooLarge` as soon as the limit is passed. */
export function readBoundedBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    discard(req);
    return Promise.reject(new BodyTooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        chunks.length = 0;
        discard(req);
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => {
      if (size <= limit) resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.once("error", reject);
  });
}
