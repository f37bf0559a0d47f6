/**
 * The fuzz harness: every fixture under test/fixtures, mutated with a fixed seed (truncation, byte flips,
 * structural JSON / CSV / XML changes, huge and deep values, other encodings), each with a credential planted in a
 * place a report or document can carry one, and run through the whole engine and every renderer. Properties
 * checked per case: no crash, no case over the time budget, the input accounted for (`artifacts[]` entry with a
 * status, and a reason when not parsed; a documentation file checked or reported), no planted secret in any output.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assess } from "../../src/core/assess.js";
import { ConfigError, parseConfigText } from "../../src/core/config/parse.js";
import { configSchema } from "../../src/core/config/schema.js";
import { sourceFromString } from "../../src/core/formats/source.js";
import { renderJson } from "../../src/core/render/json.js";
import { renderMarkdown } from "../../src/core/render/markdown.js";
import { renderText } from "../../src/core/render/text.js";
import { repoFromMap } from "../../src/core/repo-view.js";
import { planAnnotations } from "../../src/publish/annotations.js";
import { checkOutput } from "../../src/publish/check-output.js";

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");

/** mulberry32: small, fast and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Kind = "artifact" | "doc" | "config";
export interface Fixture {
  rel: string;
  kind: Kind;
  content: Buffer;
}

export function loadFixtures(root = FIXTURES): Fixture[] {
  const out: Fixture[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = path.join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else {
        const rel = path.relative(root, abs).split(path.sep).join("/");
        if (/(^|\/)SOURCES\.md$/.test(rel)) continue;
        const kind: Kind = /\.md$/i.test(rel) ? "doc" : /\.(ya?ml)$/i.test(rel) ? "config" : "artifact";
        out.push({ rel, kind, content: readFileSync(abs) });
      }
    }
  };
  walk(root);
  return out;
}

/** The planted value: unique per case so a leak names its case. */
export const secretFor = (i: number) => `zqPLANT${i.toString(36)}x${"k9".repeat(6)}`;

/** Credential-shaped contexts: each is something redaction must catch wherever it lands. */
const CONTEXTS: ((s: string) => string)[] = [
  (s) => `https://${s}@host.test/p`,
  (s) => `https://user:${s}@host.test/p`,
  (s) => `https://host.test/p?access_token=${s}&x=1`,
  (s) => `https://host.test/cb#access_token=${s}`,
  (s) => `https://bucket.test/o?X-Amz-Signature=${s}`,
  (s) => `Authorization: Bearer ${s}`,
  (s) => `X-Api-Key: ${s}`,
  (s) => `Cookie: session=${s}; theme=dark`,
  (s) => `{"password": "${s}"}`,
  (s) => `password=${s}`,
];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, n: number) => Math.floor(r() * n);

function mutateJson(r: Rand, v: unknown, secret: string, depth = 0): unknown {
  if (Array.isArray(v)) {
    if (v.length === 0 || r() < 0.1) return [...v, mutateLeaf(r, secret)];
    const i = int(r, v.length);
    const copy = [...v];
    const op = r();
    if (op < 0.15) copy.splice(i, 1);
    else if (op < 0.25) copy.push(...Array.from({ length: 50 }, () => v[i]));
    else copy[i] = mutateJson(r, v[i], secret, depth + 1);
    return copy;
  }
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0)
      return { [pick(r, ["4294967294", "results", "runs", "Results", "__proto__"])]: mutateLeaf(r, secret) };
    const [k, x] = entries[int(r, entries.length)]!;
    const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
    const op = r();
    if (op < 0.15) delete copy[k];
    else if (op < 0.22) copy[k] = mutateLeaf(r, secret);
    else if (op < 0.27) copy[k] = [x];
    else if (op < 0.3) copy[k] = {};
    else if (op < 0.33) copy[`${k}${"K".repeat(2000)}`] = x;
    else copy[k] = depth > 12 || typeof x !== "object" ? mutateLeaf(r, secret, x) : mutateJson(r, x, secret, depth + 1);
    return copy;
  }
  return mutateLeaf(r, secret, v);
}

function mutateLeaf(r: Rand, secret: string, was?: unknown): unknown {
  const op = int(r, 12);
  switch (op) {
    case 0:
      return null;
    case 1:
      return -1;
    case 2:
      return 4294967294;
    case 3:
      return 1e308;
    case 4:
      return "x".repeat(100_000);
    case 5:
      return `${typeof was === "string" ? was : "v"}\n::warning file=a.js::x\u202e<img src=x onerror=alert(1)> @octocat #4242`;
    case 6:
      return JSON.parse(`${"[".repeat(3000)}${"]".repeat(3000)}`);
    case 7:
      return { nested: was ?? 1 };
    case 8:
      return typeof was === "number" ? String(was) : was;
    default:
      return `${typeof was === "string" ? `${was} ` : ""}${pick(r, CONTEXTS)(secret)}`;
  }
}

function plantText(r: Rand, text: string, secret: string): string {
  const lines = text.split("\n");
  const at = int(r, lines.length + 1);
  const ctx = pick(r, CONTEXTS)(secret);
  if (at < lines.length && lines[at]!.includes(",")) {
    // Into a CSV cell of an existing row, quoted so the row keeps its shape.
    const cells = lines[at]!.split(",");
    const c = int(r, cells.length);
    cells[c] = `"${cells[c]!.replace(/"/g, "")} ${ctx.replace(/"/g, "'")}"`;
    lines[at] = cells.join(",");
  } else lines.splice(at, 0, ctx);
  return lines.join("\n");
}

export interface Mutated {
  name: string;
  content: Buffer;
}

const MUTATIONS = [
  "structural",
  "structural",
  "structural",
  "plant",
  "truncate",
  "flip",
  "bom",
  "utf16",
  "latin1",
  "blank-lines",
  "deep",
  "huge-line",
  "empty",
  "binary",
  "xml",
] as const;

/** One mutation of a fixture, with the secret planted (except where the mutation destroys all text). */
export function mutate(r: Rand, f: Fixture, secret: string): Mutated {
  const text = f.content.toString("utf8");
  const op = pick(r, MUTATIONS);
  const planted = () => plantText(r, text, secret);
  switch (op) {
    case "structural": {
      try {
        const doc = JSON.parse(text.replace(/^\uFEFF/, ""));
        let v: unknown = doc;
        for (let k = 1 + int(r, 3); k > 0; k--) v = mutateJson(r, v, secret);
        return { name: op, content: Buffer.from(JSON.stringify(v)) };
      } catch {
        return { name: "plant", content: Buffer.from(planted()) };
      }
    }
    case "plant":
      return { name: op, content: Buffer.from(planted()) };
    case "truncate": {
      const b = Buffer.from(planted());
      return { name: op, content: b.subarray(0, int(r, b.length + 1)) };
    }
    case "flip": {
      const b = Buffer.from(planted());
      for (let i = 0; i < 1 + int(r, 8) && b.length > 0; i++) b[int(r, b.length)] = int(r, 256);
      return { name: op, content: b };
    }
    case "bom":
      return { name: op, content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(planted())]) };
    case "utf16":
      return { name: op, content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(planted(), "utf16le")]) };
    case "latin1":
      return { name: op, content: Buffer.from(`${planted()}\n\u00e9\u00fc`, "latin1") };
    case "blank-lines":
      return { name: op, content: Buffer.from(`\n\n\r\n${planted()}`) };
    case "deep": {
      const n = 2000 + int(r, 8000);
      return { name: op, content: Buffer.from(`${planted()}\n${"[{".repeat(n)}\n`) };
    }
    case "huge-line":
      return { name: op, content: Buffer.from(`${planted()}\n${"a|[*_".repeat(60_000)}\n`) };
    case "empty":
      return { name: op, content: Buffer.alloc(0) };
    case "binary":
      return { name: op, content: Buffer.from(Array.from({ length: 4096 }, () => int(r, 256))) };
    case "xml":
      return {
        name: op,
        content: Buffer.from(
          text.includes("<")
            ? `${planted().slice(0, Math.max(1, text.length - int(r, 200)))}<![CDATA[${"<a>".repeat(2000)}`
            : planted(),
        ),
      };
  }
}

export interface CaseResult {
  index: number;
  fixture: string;
  mutation: string;
  ms: number;
  crash?: string;
  unaccounted?: string;
  leak?: string;
}

const NOW = new Date("2026-11-25T12:00:00Z");

function leaked(secret: string, outputs: Record<string, string>): string | undefined {
  const forms = [secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64")];
  for (const [channel, text] of Object.entries(outputs)) if (forms.some((f) => text.includes(f))) return channel;
  return undefined;
}

/** Runs one case. Never throws: a thrown error is the case's crash. */
export async function runCase(index: number, fixtures: readonly Fixture[], seed: number): Promise<CaseResult> {
  const r = rng(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const f = fixtures[int(r, fixtures.length)]!;
  const secret = secretFor(index);
  const m = mutate(r, f, secret);
  const res: CaseResult = { index, fixture: f.rel, mutation: m.name, ms: 0 };
  const t0 = performance.now();
  try {
    if (f.kind === "config") {
      try {
        parseConfigText(f.rel, m.content.toString("utf8"));
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        const where = leaked(secret, { "config error": e.message });
        if (where) res.leak = where;
      }
    } else {
      const isDoc = f.kind === "doc";
      const report = await assess({
        config: configSchema.parse({ documentation: { enabled: isDoc, markdownlint: isDoc } }),
        docs: isDoc ? [{ path: f.rel, content: m.content }] : [],
        repo: repoFromMap({}),
        artifacts: isDoc ? [] : [{ source: sourceFromString(f.rel, m.content), format: "auto" }],
        now: NOW,
        toolVersion: "fuzz",
      });
      const check = checkOutput(report, "");
      const outputs = {
        json: renderJson(report),
        comment: renderMarkdown(report),
        text: renderText(report),
        "check run": `${check.title}\n${check.summary}\n${check.text ?? ""}`,
        annotations: JSON.stringify(planAnnotations(report.findings, 50)),
      };
      // A flipped byte inside the credential's own context ("X-Amz-Si\rnature=") leaves a value that nothing marks
      // as a credential any more: such a case cannot leak a secret, so only intact contexts are held to it.
      const text = m.content.toString("utf8");
      const intact = m.name !== "flip" || CONTEXTS.some((c) => text.includes(c(secret)));
      const where = intact ? leaked(secret, outputs) : undefined;
      if (where) res.leak = where;
      if (isDoc) {
        const d = report.dimensions.documentation;
        const files = d.metrics.files;
        if (files !== 1) res.unaccounted = `documentation counted ${String(files)} files`;
      } else {
        const entries = report.artifacts.filter((a) => a.path === f.rel);
        const e = entries[0];
        if (entries.length !== 1 || !e) res.unaccounted = `${entries.length} artifacts[] entries`;
        else if (e.status !== "parsed" && !e.error) res.unaccounted = `status ${e.status} without a reason`;
      }
    }
  } catch (e) {
    res.crash = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e);
  }
  res.ms = Math.round(performance.now() - t0);
  return res;
}

export interface Summary {
  cases: number;
  crashes: number;
  hangs: number;
  unaccounted: number;
  leaks: number;
  slowestMs: number;
  failures: CaseResult[];
}

export function summarize(results: readonly CaseResult[], hangMs: number, hangs: readonly CaseResult[] = []): Summary {
  const failures = results.filter((c) => c.crash || c.unaccounted || c.leak || c.ms > hangMs);
  return {
    cases: results.length + hangs.length,
    crashes: results.filter((c) => c.crash).length,
    hangs: hangs.length + results.filter((c) => c.ms > hangMs).length,
    unaccounted: results.filter((c) => c.unaccounted).length,
    leaks: results.filter((c) => c.leak).length,
    slowestMs: Math.max(0, ...results.map((c) => c.ms)),
    failures: [...failures, ...hangs],
  };
}
