/** JSON reading for the JSON-based load-test formats: a syntax error (a truncated file) becomes a clear reason. */
import type { ArtifactSource } from "../source.js";
import { UnreadableArtifactError } from "../source.js";

export async function readJson(source: ArtifactSource): Promise<unknown> {
  // A BOM (Windows editors, PowerShell) is not JSON; the security reader drops it too.
  const text = (await source.text()).replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new UnreadableArtifactError("the file is empty");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UnreadableArtifactError(`not valid JSON (truncated?): ${(e as Error).message}`);
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
