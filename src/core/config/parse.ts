/**
 * Parses configuration text and validates it against the schema. Pure: the caller reads the file. Rules that need
 * the metric list or the compliance packs live in `../validate-config.ts`, so the config stays a leaf of core.
 */
import { type Document, isMap, isNode, parseDocument } from "yaml";
import type { z } from "zod";
import { type Config, configSchema } from "./schema.js";

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    /** Line (1-based) of the first problem in the file, when known: a front door can annotate it. */
    readonly line?: number,
  ) {
    super(`${file}: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

export function defaultConfig(): Config {
  return configSchema.parse({});
}

/** `text === null` means the file does not exist: defaults apply. */
export function parseConfigText(file: string, text: string | null): Config {
  if (text === null) return defaultConfig();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${pos ? `line ${pos.line}, column ${pos.col}: ` : ""}${e.message.split("\n")[0]}`;
      }),
      doc.errors[0]?.linePos?.[0]?.line,
    );
  }
  const raw: unknown = doc.toJS() ?? {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigError(file, ["the file must hold a mapping of keys (documentation, artifacts, …)"]);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const key = first?.code === "unrecognized_keys" ? first.keys[0] : undefined;
    throw new ConfigError(
      file,
      result.error.issues.map((i) => describeIssue(i, raw)),
      first ? lineOf(doc, text, first.path, key) : undefined,
    );
  }
  const config = result.data;
  const extra = crossCheck(config);
  if (extra.length > 0) throw new ConfigError(file, extra);
  return config;
}

/** The line of the value at `path` (or of the key `key` in the mapping there). */
function lineOf(doc: Document, text: string, path: PropertyKey[], key?: string): number | undefined {
  const at = path.length === 0 ? doc.contents : doc.getIn(path as (string | number)[], true);
  let node: unknown = at;
  if (key !== undefined && isMap(at)) {
    const pair = at.items.find((p) => (isNode(p.key) ? (p.key as { value?: unknown }).value : p.key) === key);
    node = pair?.key;
  }
  const offset = isNode(node) ? node.range?.[0] : undefined;
  if (offset === undefined) return undefined;
  return text.slice(0, offset).split("\n").length;
}

function keyPath(path: PropertyKey[]): string {
  if (path.length === 0) return "(top level)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

function show(v: unknown): string {
  if (v === undefined) return "nothing";
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const where = keyPath(issue.path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const at = issue.path.length ? `${where}.` : "";
      return `unknown key ${issue.keys.map((k) => `\`${at}${k}\``).join(", ")} (check the spelling; see the config reference)`;
    }
    case "invalid_value":
      return `\`${where}\`: found ${show(valueAt(raw, issue.path))}, allowed: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_type":
      return `\`${where}\`: found ${show(valueAt(raw, issue.path))}, expected ${issue.expected}`;
    case "invalid_union":
      return `\`${where}\`: found ${show(valueAt(raw, issue.path))}, which matches none of the allowed forms`;
    default:
      return `\`${where}\`: found ${show(valueAt(raw, issue.path))}, ${issue.message}`;
  }
}

/** Rules that span keys of the config alone. */
function crossCheck(config: Config): string[] {
  const w = config.weights;
  if (w.documentation + w.performance + w.security + w.compliance <= 0) {
    return ["`weights`: the weights sum to 0; give at least one dimension a positive weight"];
  }
  return [];
}
