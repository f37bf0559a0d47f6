import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sourceFromString } from "../../src/core/formats/source.js";
import { detectFormat } from "../../src/core/formats/registry.js";
import type { SecurityFormat, SecurityParseResult } from "../../src/core/formats/types.js";

export const REAL = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/security/real");

export function realSource(rel: string) {
  return sourceFromString(rel, readFileSync(path.join(REAL, rel)));
}

/** Detects the format from content and parses, as the engine does. */
export async function parseAuto(
  rel: string,
  content?: string | Buffer,
  family = "auto",
): Promise<{ format: string; result: SecurityParseResult }> {
  const src = content === undefined ? realSource(rel) : sourceFromString(rel, content);
  const fmt = detectFormat(src, family);
  if (fmt?.dimension !== "security") throw new Error(`${rel}: not recognised as a security format`);
  return { format: fmt.id, result: await (fmt as SecurityFormat).parse(src) };
}

export function severityCounts(result: SecurityParseResult): string {
  const c = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of result.findings) c[f.severity]++;
  return `${c.critical}/${c.high}/${c.medium}/${c.low}/${c.info}`;
}
