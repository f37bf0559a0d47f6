/** Running the bundles as the runner does: INPUT_* with action.yml's defaults, GITHUB_*, state and output files. */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const dist = path.join(root, "dist", "index.js");
export const distPost = path.join(root, "dist", "post", "index.js");

export async function inputDefaults(): Promise<Record<string, string>> {
  const action = parse(await readFile(path.join(root, "action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default ?? "")]));
}

export function runDist(
  env: Record<string, string>,
  opts: { entry?: string; onSpawn?: (kill: () => void) => void } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Asynchronous on purpose: a blocking spawn would stall the in-process servers the child talks to.
    const child = spawn(process.execPath, [opts.entry ?? dist], {
      env: { PATH: process.env.PATH ?? "", ...env },
      cwd: env.GITHUB_WORKSPACE,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    opts.onSpawn?.(() => child.kill("SIGKILL"));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export async function readOutputs(file: string): Promise<Record<string, string>> {
  // GITHUB_OUTPUT uses the heredoc form: name<<delimiter / value / delimiter.
  const text = await readFile(file, "utf8");
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

/** The Action's inputs as the runner passes them: every default from action.yml, then `over`. */
export async function inputEnv(over: Record<string, string>): Promise<Record<string, string>> {
  const all = { ...(await inputDefaults()), ...over };
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
}
