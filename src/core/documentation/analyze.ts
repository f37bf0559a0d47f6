/**
 * The documentation dimension of one run: every file checked (gather.ts), then judged as a whole (finish.ts). A
 * sharded run calls the same two halves, the first per shard and the second once, in the merge.
 */
import type { DimensionOutcome } from "../dimension.js";
import type { DocumentationResult } from "../model/report.js";
import { directivesOf } from "./apply-suppressions.js";
import { finishDocumentation } from "./finish.js";
import { gatherDocumentation } from "./gather.js";
import type { DocumentationInput } from "./analyze-input.js";

export { type DocFile, type DocumentationInput, MAX_LISTED_EXCLUDED, FILE_RULES } from "./analyze-input.js";

export async function analyzeDocumentation(input: DocumentationInput): Promise<DimensionOutcome<DocumentationResult>> {
  const { data, candidates, texts } = await gatherDocumentation(input);
  return finishDocumentation(data, {
    config: input.config,
    ...(input.externalLinkChecker ? { externalLinkChecker: input.externalLinkChecker } : {}),
    directives: directivesOf(texts),
    texts,
    candidates,
  });
}
