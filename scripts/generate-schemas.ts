// Generates the JSON Schemas users and tools read: the config schema (from the zod schema, the single source)
// and the report schema (from the TypeScript types of the report model). `npm run schema` rewrites both;
// a test fails when the committed files are not current.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchemas } from "./schemas.js";

const out = buildSchemas();
for (const [file, text] of Object.entries(out)) {
  writeFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), text);
  console.log(`wrote ${file}`);
}
