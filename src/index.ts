/**
 * The public façade: what the App and other programs may use. Everything else under src/ is internal and may
 * change between minor versions; test/facade.test.ts locks this list.
 */
export type {
  ArtifactEntry,
  DimensionName,
  DimensionResultBase,
  Dimensions,
  Finding,
  GateResult,
  MetricValue,
  Report,
  Severity,
  Verdict,
} from "./core/model/report.js";
export { DIMENSIONS, SCHEMA_VERSION, SEVERITIES } from "./core/model/report.js";
export type { Config } from "./core/config/schema.js";
export { ConfigError, defaultConfig, parseConfig } from "./core/validate-config.js";
export {
  type AssessRepositoryOptions,
  type AssessRepositoryResult,
  assessRepository,
  type ConfigSource,
  type LinkCacheStore,
  type LinkCheckSettings,
  loadConfig,
} from "./engine/assess-repository.js";
export { renderJson } from "./core/render/json.js";
export { COMMENT_LIMIT, type MarkdownOptions, type PreviousScores, renderMarkdown } from "./core/render/markdown.js";
export { renderSummary, renderText } from "./core/render/text.js";
export type { GitHubClient } from "./publish/client.js";
export {
  type CommentMode,
  type CompleteOptions,
  type Publication,
  type PublisherOptions,
  type PublishResult,
  startPublication,
} from "./publish/publish.js";
export type { CheckConclusion, CheckRunRef } from "./publish/check-run.js";
export type { CommentResult } from "./publish/comment.js";
export type { Permission } from "./publish/errors.js";
export { type EventInput, type PrClaim, type PublishTarget, TargetError, targetFromEvent } from "./publish/target.js";
export { VERSION } from "./version.js";
