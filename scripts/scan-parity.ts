/**
 * Checks over a whole tree that the documentation scan from markdownlint's tokens equals remark's (see
 * scan-parity-lib.ts). Usage: tsx scripts/scan-parity.ts <dir>… ; prints each mismatch and a summary, exits 1 on any.
 * Files the complexity guards refuse are skipped, as the documentation checks skip them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { complexityProblem, decodeDoc } from "../src/core/documentation/read-doc.js";
import { compareScan } from "./scan-parity-lib.js";

function* markdownFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git" || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* markdownFiles(p);
    else if (/\.(md|markdown)$/i.test(e.name)) yield p;
  }
}

let failures = 0;
for (const root of process.argv.slice(2)) {
  let compared = 0;
  let mismatched = 0;
  let skipped = 0;
  const fallbacks = new Map<string, number>();
  for (const file of markdownFiles(root)) {
    const decoded = decodeDoc(readFileSync(file));
    if (!decoded.ok || complexityProblem(decoded.text)) {
      skipped++;
      continue;
    }
    compared++;
    try {
      const r = await compareScan(decoded.text);
      if (r.fallback) fallbacks.set(r.fallback, (fallbacks.get(r.fallback) ?? 0) + 1);
      if (!r.equal) {
        mismatched++;
        console.log(`MISMATCH ${file}\n  ${r.diff}`);
      }
    } catch (e) {
      // remark failing where markdownlint does not (or the reverse) is a mismatch too.
      mismatched++;
      console.log(`ERROR ${file}: ${(e as Error).message}`);
    }
  }
  const fb = [...fallbacks].map(([k, n]) => `${k}: ${n}`).join(", ") || "none";
  console.log(
    `${root}: ${compared} files compared, ${mismatched} mismatches, ${skipped} skipped; remark fallbacks: ${fb}`,
  );
  failures += mismatched;
}
process.exit(failures > 0 ? 1 : 0);
