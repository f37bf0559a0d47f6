/**
 * Writes the credentials Probot's setup flow receives into `.env`, merged with what is there, readable by the
 * owner only (0600): the file holds the App's private key. Probot's own writer leaves it at 0644.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

// Node's .env reader turns `\n` back into newlines inside double quotes (the private key is multi-line).
const quote = (v: string) => (/[\s#"']/.test(v) ? `"${v.replace(/\n/g, "\\n")}"` : v);

export function writeEnvFile(values: Record<string, string | undefined>, dir = process.cwd()): Record<string, string> {
  const file = path.join(dir, ".env");
  const current = existsSync(file) ? (parseEnv(readFileSync(file, "utf8")) as Record<string, string>) : {};
  // Probot hands the key pre-quoted for its own writer; keep the bare value.
  const clean = Object.fromEntries(
    Object.entries(values)
      .filter((e): e is [string, string] => e[1] !== undefined)
      .map(([k, v]) => [k, v.replace(/^"([\s\S]*)"$/, "$1")]),
  );
  const merged = { ...current, ...clean };
  const text = `${Object.entries(merged)
    .map(([k, v]) => `${k}=${quote(v)}`)
    .join("\n")}\n`;
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
  Object.assign(process.env, clean);
  return merged;
}
