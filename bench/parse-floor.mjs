// The floor for documentation checks: one single-threaded parse of every Markdown file with remark-parse + GFM (the
// parse the checks need: tables, footnotes, literal autolinks) and nothing else. Usage: node bench/parse-floor.mjs <dir>
import { readFile } from "node:fs/promises";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { glob } from "tinyglobby";
import { unified } from "unified";

const dir = process.argv[2];
const processor = unified().use(remarkParse).use(remarkGfm).freeze();
const files = await glob(["**/*.md"], { cwd: dir, absolute: true });
let nodes = 0;
for (const f of files) {
  const tree = processor.parse(await readFile(f, "utf8"));
  nodes += tree.children.length;
}
console.log(`${files.length} files parsed, ${nodes} top-level nodes`);
