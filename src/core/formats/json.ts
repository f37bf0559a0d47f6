/**
 * Reading report JSON (scanners and load-test tools alike): a byte-order mark is dropped; empty, truncated and
 * banner-prefixed files become one clear sentence, never a crash. Plus the small readers of untyped JSON values.
 */
import { type ArtifactSource, UnreadableArtifactError } from "./source.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
export function asArray(v: unknown): Json[] {
  return Array.isArray(v) ? v : [];
}
export function asObjects(v: unknown): JsonObject[] {
  return asArray(v).filter(isObject);
}
export function asString(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}
/** A number, also when the tool wrote it as a string ("3"). */
export function asNumber(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}
export function nonEmpty(v: unknown): string | undefined {
  const s = asString(v)?.trim();
  return s ? s : undefined;
}

/** Masks credentials (URL user-info, tokens) in error messages quoted from a tool. */
export { redact as withoutCredentials } from "../util/redact.js";

export interface ReadJsonOptions {
  /** Text before the JSON (safety 3 prints a deprecation banner to stdout first). */
  allowLeadingText?: boolean;
}

/** The whole file parsed as JSON. Throws UnreadableArtifactError with the reason. */
export async function readJson(source: ArtifactSource, what: string, opts: ReadJsonOptions = {}): Promise<Json> {
  let text = await source.text();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "")
    throw new UnreadableArtifactError(`the ${what} file is empty (a tool run that failed or wrote nothing)`);
  if (opts.allowLeadingText) {
    const start = text.search(/^\s*[{[]/m);
    if (start > 0) text = text.slice(start);
  }
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const truncated = /end of (JSON )?input|Unterminated|Expected/i.test(reason) ? " (the file looks truncated)" : "";
    throw new UnreadableArtifactError(`not valid ${what} JSON${truncated}: ${reason}`);
  }
}

/** The head with leading whitespace and a BOM removed, for detection. */
export function trimmedHead(head: string): string {
  return head.replace(/^\uFEFF/, "").trimStart();
}

/** True when the head looks like the start of a JSON document that contains every one of `patterns`. */
export function jsonHeadHas(head: string, ...patterns: RegExp[]): boolean {
  const h = trimmedHead(head);
  if (!h.startsWith("{") && !h.startsWith("[")) return false;
  return patterns.every((p) => p.test(h));
}
