/** `--base REF` and `--baseline FILE` as the engine's baseline requests. */
import path from "node:path";
import type { BaselineRequest } from "../engine/baseline/resolve.js";
import type { CliOptions } from "./args.js";

export function baselineOf(opts: CliOptions, cwd: string): { baseline?: BaselineRequest[] } {
  if (opts.baseline) return { baseline: [{ kind: "report", file: path.resolve(cwd, opts.baseline) }] };
  if (opts.base) return { baseline: [{ kind: "git", ref: opts.base }] };
  return {};
}
