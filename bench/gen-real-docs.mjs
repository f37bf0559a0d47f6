// Generates documentation trees shaped like measured real repositories (see the profiles below, taken from counts
// over public documentation trees): long-tailed file sizes with a few very large files, code-heavy chapters, and
// specification-style files with dozens of headings and same-file anchor links. Only the shape is modelled; the text
// is seeded filler. Usage: node bench/gen-real-docs.mjs <dir> <profile> [files] [seed]
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * lines: median and 90th percentile of lines per file (log-normal between them); maxBytes: the largest file;
 * codeShare: share of lines inside code blocks; headings, links: per file on average; fragmentShare: share of
 * relative links with a `#fragment`; sameFileShare: share of those pointing into the same file.
 */
export const PROFILES = {
  // A book: many short files, code-heavy chapters (17 % of lines in blocks), few links.
  book: {
    files: 476,
    lines: [11, 331],
    maxBytes: 105_000,
    codeShare: 0.17,
    headings: 3.0,
    links: 1.4,
    fragmentShare: 0.07,
    sameFileShare: 0.3,
  },
  // A community tree: mid-sized files, one huge generated file (1.4 MB), links with fragments.
  community: {
    files: 964,
    lines: [77, 322],
    maxBytes: 1_384_000,
    codeShare: 0.03,
    headings: 9.0,
    links: 2.5,
    fragmentShare: 0.56,
    sameFileShare: 0.5,
  },
  // Proposal or specification documents: long files, ~50 headings and ~35 anchor links each.
  spec: {
    files: 681,
    lines: [505, 1287],
    maxBytes: 170_000,
    codeShare: 0.12,
    headings: 47.8,
    links: 34.9,
    fragmentShare: 0.98,
    sameFileShare: 0.8,
  },
};

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "service request latency cache deploy rollout token config cluster replica queue retry backoff schema migration index shard gateway tenant audit policy secret rotate metric alert runbook incident budget capacity region failover the a of to and in is for with on that by".split(
    " ",
  );

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/ /g, "-");
}

const CODE = {
  yaml: (w, n) => [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    `  name: ${w(1)}`,
    "spec:",
    ...Array.from({ length: Math.max(0, n - 6) }, (_, i) => (i % 7 === 3 ? "  ..." : `  ${w(1)}${i}: ${w(1)}`)),
    "  replicas: 3",
  ],
  console: (w, n) =>
    Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `$ kubectl get ${w(1)} -n ${w(1)}` : `${w(1)}   1/1   ${i}m`)),
  json: (w, n) => [
    "{",
    ...Array.from({ length: Math.max(0, n - 2) }, (_, i) => `  "${w(1)}${i}": ${i},`),
    '  "end": true',
    "}",
  ],
  go: (_w, n) => [
    "func handle(ctx context.Context) error {",
    ...Array.from({ length: Math.max(0, n - 2) }, (_, i) => `\tif err := step${i}(ctx); err != nil { return err }`),
    "}",
  ],
  rust: (w, n) => [
    "fn main() {",
    ...Array.from({ length: Math.max(0, n - 2) }, (_, i) => `    let ${w(1)}_${i} = ${i} + 1;`),
    "}",
  ],
  "": (w, n) => Array.from({ length: n }, (_, i) => `${i === 0 ? "" : "  "}${w(4)}`),
};

/** Log-normal line count with the profile's median and 90th percentile. */
function lineCount(rand, [p50, p90]) {
  const sigma = Math.log(p90 / p50) / 1.2816;
  // Box–Muller.
  const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return Math.max(3, Math.round(Math.exp(Math.log(p50) + sigma * z)));
}

export function generateRealDocs(dir, profileName, count, seed = 7) {
  const profile = PROFILES[profileName];
  if (!profile) throw new Error(`unknown profile ${profileName} (${Object.keys(PROFILES).join(", ")})`);
  const n = count ?? profile.files;
  const rand = prng(seed);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const words = (k) => Array.from({ length: k }, () => pick(WORDS)).join(" ");
  rmSync(dir, { recursive: true, force: true });
  const meanLines = Math.exp(
    Math.log(profile.lines[0]) + (Math.log(profile.lines[1] / profile.lines[0]) / 1.2816) ** 2 / 2,
  );
  const dirs = Math.max(1, Math.round(n / 40));
  const files = [];
  for (let i = 0; i < n; i++) {
    // The last file is the tree's largest (a generated reference page, a changelog).
    const lines = i === n - 1 ? Math.round(profile.maxBytes / 40) : lineCount(rand, profile.lines);
    const headingCount = Math.max(1, Math.round((profile.headings * lines) / meanLines));
    const headings = Array.from({ length: headingCount }, (_, h) => `${words(3)} ${h}`);
    files.push({
      path: `part-${String(i % dirs).padStart(2, "0")}/${words(1)}-${String(i).padStart(4, "0")}.md`,
      lines,
      headings,
    });
  }
  let bytes = 0;
  for (const f of files) {
    const rel = (to) => path.posix.relative(path.posix.dirname(f.path), to) || path.posix.basename(to);
    const linkRate = profile.links / meanLines;
    const headingEvery = f.lines / f.headings.length;
    const out = [`# ${f.headings[0]}`, ""];
    // Every file stays under the profile's largest; the last file is filled up to it.
    const byteLimit = f === files[files.length - 1] ? profile.maxBytes : profile.maxBytes * 0.9;
    let size = 0;
    const push = (...l) => {
      out.push(...l);
      for (const x of l) size += x.length + 1;
    };
    let h = 1;
    const link = () => {
      const r = rand();
      const target = pick(files);
      if (r < 0.02) return `[${words(2)}](${rel(target.path.replace(".md", "-gone.md"))})`;
      if (r < 0.04) return `[${words(2)}](#no-such-section)`;
      if (rand() < profile.fragmentShare) {
        if (rand() < profile.sameFileShare) return `[${words(2)}](#${slug(pick(f.headings))})`;
        return `[${words(2)}](${rel(target.path)}#${slug(pick(target.headings))})`;
      }
      return `[${words(2)}](${rel(target.path)})`;
    };
    while (out.length < f.lines && size < byteLimit) {
      if (h < f.headings.length && out.length >= h * headingEvery) {
        push(`${h % 4 === 0 ? "##" : "###"} ${f.headings[h]}`, "");
        h++;
        continue;
      }
      const r = rand();
      if (r < profile.codeShare / 6) {
        // A block of ~6–14 lines, so that code takes about codeShare of all lines.
        const lang = pick(Object.keys(CODE));
        const body = CODE[lang](words, 4 + Math.floor(rand() * 8));
        push("```" + lang, ...body, "```", "");
        continue;
      }
      if (r < profile.codeShare / 6 + 0.04) {
        push(`- ${words(6)}`, `- ${words(5)} ${rand() < linkRate * 4 ? link() : ""}`.trimEnd(), "");
        continue;
      }
      // A prose line, sometimes with a link; paragraphs of about four lines.
      const parts = [words(6 + Math.floor(rand() * 8))];
      let budget = linkRate * 1.7;
      while (rand() < budget) {
        parts.push(link(), words(3));
        budget -= 1;
      }
      push(`${parts.join(" ")}.`);
      if (rand() < 0.25) push("");
    }
    const text = `${out.join("\n")}\n`;
    bytes += Buffer.byteLength(text);
    const abs = path.join(dir, f.path);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return { files: files.length, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, profile, n, seed] = process.argv.slice(2);
  const r = generateRealDocs(dir, profile, n ? Number(n) : undefined, Number(seed ?? 7));
  console.log(`${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB`);
}
