// The floor for documentation checks: one single-threaded parse of every Markdown file with
// mdast-util-from-markdown and nothing else. Usage: node bench/parse-floor.mjs <dir>
import { readFile } from "node:fs/promises";
import { fromMarkdown } from "mdast-util-from-markdown";
import { glob } from "tinyglobby";

const dir = process.argv[2];
const files = await glob(["**/*.md"], { cwd: dir, absolute: true });
let nodes = 0;
for (const f of files) {
  const tree = fromMarkdown(await readFile(f, "utf8"));
  nodes += tree.children.length;
}
console.log(`${files.length} files parsed, ${nodes} top-level nodes`);
