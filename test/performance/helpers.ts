import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ArtifactSource, sourceFromString } from "../../src/core/formats/source.js";

const ROOT = fileURLToPath(new URL("../fixtures/performance/", import.meta.url));

/** A fixture as the parsers see it, with a repository-like path (`locust/<file>`). */
export function fixture(rel: string): ArtifactSource {
  return sourceFromString(rel, readFileSync(`${ROOT}${rel}`));
}

export { ROOT as FIXTURE_ROOT };
