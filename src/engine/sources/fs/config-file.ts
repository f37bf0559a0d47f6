/** Reads the config file for the CLI and the Action alike: a missing default file means defaults. */
import { readFile } from "node:fs/promises";
import { ConfigError, parseConfig } from "../../../core/validate-config.js";
import type { Config } from "../../../core/config/schema.js";

/**
 * `explicit`: the user named the file, so its absence is an error. `source` says where the name came from
 * (e.g. "input `config`"), for the message.
 */
export async function loadConfigFile(file: string, explicit: boolean, source?: string): Promise<Config> {
  let text: string | null = null;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" || explicit) {
      const missing = `the config file does not exist${source ? ` (${source})` : ""}`;
      throw new ConfigError(file, [code === "ENOENT" ? missing : (e as Error).message]);
    }
  }
  return parseConfig(file, text);
}
