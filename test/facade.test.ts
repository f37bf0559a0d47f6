/** The public façade's export list is a contract: adding or removing a name is a deliberate change of this test. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as facade from "../src/index.js";

describe("src/index.ts", () => {
  it("exports exactly the public values", () => {
    expect(Object.keys(facade).sort()).toEqual([
      "COMMENT_LIMIT",
      "ConfigError",
      "DIMENSIONS",
      "SCHEMA_VERSION",
      "SEVERITIES",
      "TargetError",
      "VERSION",
      "assessRepository",
      "defaultConfig",
      "loadConfig",
      "parseConfig",
      "renderJson",
      "renderMarkdown",
      "renderSummary",
      "renderText",
      "startPublication",
      "targetFromEvent",
    ]);
  });

  it("exports exactly the public types", () => {
    const text = readFileSync(new URL("../src/index.ts", import.meta.url), "utf8");
    const names = [...text.matchAll(/export (type )?\{([^}]*)\}/g)].flatMap((m) =>
      (m[2] ?? "")
        .split(",")
        .map((n) => n.trim())
        .filter((n) => n !== "" && (m[1] || n.startsWith("type ")))
        .map((n) => n.replace(/^type /, "")),
    );
    expect(names.sort()).toEqual([
      "ArtifactEntry",
      "AssessRepositoryOptions",
      "AssessRepositoryResult",
      "CheckConclusion",
      "CheckRunRef",
      "CommentMode",
      "CommentResult",
      "CompleteOptions",
      "Config",
      "ConfigSource",
      "DimensionName",
      "DimensionResultBase",
      "Dimensions",
      "EventInput",
      "Finding",
      "GateResult",
      "GitHubClient",
      "LinkCacheStore",
      "LinkCheckSettings",
      "MarkdownOptions",
      "MetricValue",
      "Permission",
      "PrClaim",
      "PreviousScores",
      "Publication",
      "PublishResult",
      "PublishTarget",
      "PublisherOptions",
      "Report",
      "Severity",
      "Verdict",
    ]);
  });
});
