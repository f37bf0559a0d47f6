// Generates a deterministic documentation tree (seeded PRNG): headings, lists, tables, code fences, images and
// internal links, about 90 % of them valid (to files and to headings in other files), the rest broken on purpose.
// Usage: node bench/gen-docs.mjs <dir> <files> [seed]
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
  "service request latency cache deploy rollout token config cluster replica queue retry backoff schema migration index shard gateway tenant audit policy secret rotate metric alert runbook incident budget capacity region failover".split(
    " ",
  );

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/ /g, "-");
}

export function generateDocs(dir, count, seed = 42) {
  const rand = prng(seed);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  rmSync(dir, { recursive: true, force: true });
  const dirs = Math.max(1, Math.round(count / 50));
  const files = [];
  for (let i = 0; i < count; i++) {
    const folder = `section-${String(i % dirs).padStart(3, "0")}`;
    const headings = Array.from({ length: 5 }, (_, h) => `${words(3)} ${h}`);
    files.push({ path: `${folder}/page-${String(i).padStart(5, "0")}.md`, headings });
  }
  mkdirSync(path.join(dir, "assets"), { recursive: true });
  for (let k = 0; k < 10; k++)
    writeFileSync(path.join(dir, "assets", `diagram-${k}.png`), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const expectedBroken = [];
  for (const [i, f] of files.entries()) {
    const rel = (to) => path.posix.relative(path.posix.dirname(f.path), to) || path.posix.basename(to);
    const out = [`# Page ${i}: ${words(3)}`, "", `${words(25)}.`, ""];
    let line = out.length;
    const push = (...l) => {
      out.push(...l);
      line += l.length;
    };
    for (const [h, heading] of f.headings.entries()) {
      push(`## ${heading}`, "");
      for (let p = 0; p < 2; p++) {
        const target = files[Math.floor(rand() * files.length)];
        const r = rand();
        let link;
        if (r < 0.05) {
          link = `[${words(2)}](${rel(target.path.replace(".md", "-missing.md"))})`;
          expectedBroken.push(`${f.path}:${line + 1}`);
        } else if (r < 0.1) {
          link = `[${words(2)}](${rel(target.path)}#no-such-heading-${h})`;
          expectedBroken.push(`${f.path}:${line + 1}`);
        } else if (r < 0.55) {
          link = `[${words(2)}](${rel(target.path)}#${slug(pick(target.headings))})`;
        } else if (r < 0.65) {
          link = `[${words(2)}](#${slug(pick(f.headings))})`;
        } else {
          link = `[${words(2)}](${rel(target.path)})`;
        }
        push(`${words(12)} ${link} ${words(10)}.`, "");
      }
      if (h === 1) push(`- ${words(6)}`, `- ${words(5)}`, `  - ${words(4)}`, "");
      if (h === 2)
        push(`| Key | Value |`, `| --- | --- |`, `| ${words(1)} | ${words(2)} |`, `| ${words(1)} | ${words(2)} |`, "");
      if (h === 3) {
        const lang = pick(["json", "yaml", "js", "sh"]);
        const body = {
          json: ['{ "name": "svc", "replicas": 3 }'],
          yaml: ["name: svc", "replicas: 3"],
          js: ["const client = createClient({ retries: 3 });", "await client.ping();"],
          sh: ["curl -fsS http://localhost:8080/health | jq .status"],
        }[lang];
        push("```" + lang, ...body, "```", "");
      }
      if (h === 4) push(`![${words(2)}](${rel(`assets/diagram-${Math.floor(rand() * 10)}.png`)})`, "");
    }
    const abs = path.join(dir, f.path);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, out.join("\n"));
  }
  return { files: files.length, expectedBroken };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, n, seed] = process.argv.slice(2);
  const r = generateDocs(dir, Number(n ?? 1000), Number(seed ?? 42));
  console.log(`${r.files} files, ${r.expectedBroken.length} broken links`);
}
