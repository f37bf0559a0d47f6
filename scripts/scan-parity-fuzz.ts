/**
 * Random documents built from fragments of every construct the scan reads, compared as scripts/scan-parity.ts does.
 * Usage: tsx scripts/scan-parity-fuzz.ts [seed] [count]; exits 1 on any mismatch.
 */
import { compareScan } from "./scan-parity-lib.js";
import { complexityProblem } from "../src/core/documentation/read-doc.js";
let seed = Number(process.argv[2] ?? 1);
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)] as T;
const frags = [
  "[a](b.md)",
  "[x][y]",
  '[y]: /u "t"\n',
  "[y]",
  "[z][]",
  "![i](p.png)",
  "`c`",
  "``[q]``",
  '<a href="h.md" id="I">',
  '<img\nsrc="s.png">',
  '<div id="d">\n',
  "*e*",
  "**s**",
  "_u_",
  "~~d~~",
  "https://x.com/a.",
  "www.y.org)",
  "m@n.io",
  "mailto:p@q.com",
  "&amp;",
  "&#35;",
  "\\[",
  "\\*",
  "  \n",
  "\\\n",
  "\n",
  "\n\n",
  "\n> ",
  "\n- ",
  "\n1. ",
  "\n  ",
  "\n    ",
  "\n# ",
  "\n## ",
  "\n===\n",
  "\n---\n",
  "\n```js x\n",
  "\n~~~\n",
  "\n| a | b |\n| - | - |\n| ",
  " | ",
  "[^f]",
  "\n[^f]: note ",
  " ",
  " ",
  "word",
  "Wörd",
  "12:30",
  "$5",
  "\t",
  "\r\n",
  "<!-- c -->",
  "<https://z.io>",
  "<b>",
  "</b>",
  "(",
  ")",
  "[",
  "]",
  "!",
];
let bad = 0,
  fb = 0;
const reasons = new Map<string, number>();
const N = Number(process.argv[3] ?? 500);
for (let i = 0; i < N; i++) {
  let t = "";
  const n = 5 + Math.floor(rnd() * 40);
  for (let k = 0; k < n; k++) t += pick(frags);
  if (complexityProblem(t)) continue;
  try {
    const r = await compareScan(t);
    if (r.fallback) {
      fb++;
      reasons.set(r.fallback, (reasons.get(r.fallback) ?? 0) + 1);
    }
    if (!r.equal) {
      bad++;
      if (bad <= 6) console.log("MISMATCH", JSON.stringify(t), "\n  ", r.diff);
    }
  } catch (e) {
    bad++;
    console.log("ERR", JSON.stringify(t), (e as Error).message);
  }
}
console.log(`fuzz: ${N} docs, ${bad} mismatches, ${fb} fallbacks`, [...reasons]);
process.exit(bad > 0 ? 1 : 0);
