/**
 * Streams a SARIF log: results are taken one by one from `source.chunks()` and reduced to the few fields a finding
 * needs, so a 100 MB log never exists in memory as text plus a full tree. Tools may write `results` before `tool`
 * (Semgrep does), so slim results are kept until the end of the file.
 */
import { JSONParser } from "@streamparser/json";
import { type ArtifactSource, UnreadableArtifactError } from "../../source.js";
import { asNumber, asObjects, asString, isObject, type Json, type JsonObject } from "../../json.js";

/** The part of a SARIF result a finding is made of. The message is kept only to title non-secret findings. */
export interface SlimResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  message?: string;
  uri?: string;
  uriBaseId?: string;
  artifactIndex?: number;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  securitySeverity?: Json;
  issueSeverity?: string;
  tags: string[];
}

export interface SlimRun {
  tool?: JsonObject;
  originalUriBaseIds?: JsonObject;
  artifactUris: (string | undefined)[];
  results: SlimResult[];
}

export interface SlimLog {
  version?: string;
  runs: SlimRun[];
}

const MESSAGE_MAX = 400;

function slimResult(r: JsonObject): SlimResult {
  const rule = isObject(r.rule) ? r.rule : undefined;
  const loc = asObjects(r.locations)[0];
  const phys = loc && isObject(loc.physicalLocation) ? loc.physicalLocation : undefined;
  const art = phys && isObject(phys.artifactLocation) ? phys.artifactLocation : undefined;
  const region = phys && isObject(phys.region) ? phys.region : undefined;
  const props = isObject(r.properties) ? r.properties : undefined;
  const message = isObject(r.message) ? asString(r.message.text) : undefined;
  const out: SlimResult = { tags: [] };
  const ruleId = asString(r.ruleId) ?? (rule ? asString(rule.id) : undefined);
  if (ruleId) out.ruleId = ruleId;
  const ruleIndex = asNumber(r.ruleIndex) ?? (rule ? asNumber(rule.index) : undefined);
  if (ruleIndex !== undefined) out.ruleIndex = ruleIndex;
  const level = asString(r.level);
  if (level) out.level = level;
  if (message) out.message = message.slice(0, MESSAGE_MAX);
  const uri = art ? asString(art.uri) : undefined;
  if (uri) out.uri = uri;
  const base = art ? asString(art.uriBaseId) : undefined;
  if (base) out.uriBaseId = base;
  const ai = art ? asNumber(art.index) : undefined;
  if (ai !== undefined) out.artifactIndex = ai;
  const line = region ? asNumber(region.startLine) : undefined;
  if (line !== undefined) out.line = line;
  const col = region ? asNumber(region.startColumn) : undefined;
  if (col !== undefined) out.column = col;
  const endLine = region ? asNumber(region.endLine) : undefined;
  if (endLine !== undefined) out.endLine = endLine;
  const endCol = region ? asNumber(region.endColumn) : undefined;
  if (endCol !== undefined) out.endColumn = endCol;
  if (props) {
    if (props["security-severity"] !== undefined) out.securitySeverity = props["security-severity"];
    const iss = asString(props.issue_severity);
    if (iss) out.issueSeverity = iss;
    for (const t of Array.isArray(props.tags) ? props.tags : []) if (typeof t === "string") out.tags.push(t);
  }
  return out;
}

function runAt(log: SlimLog, i: number): SlimRun {
  while (log.runs.length <= i) log.runs.push({ artifactUris: [], results: [] });
  return log.runs[i]!;
}

/** Reads a SARIF log in bounded memory. Throws UnreadableArtifactError for broken or non-SARIF JSON. */
export async function readSarif(source: ArtifactSource): Promise<SlimLog> {
  if (source.size === 0)
    throw new UnreadableArtifactError("the SARIF file is empty (a scanner run that failed or wrote nothing)");
  const log: SlimLog = { runs: [] };
  const head = source.head.replace(/^\uFEFF/, "").trimStart();
  if (!head.startsWith("{")) throw new UnreadableArtifactError("not a SARIF log: the file is not a JSON object");
  // `"runs": []` emits nothing below; the head tells whether the key exists at all.
  let sawRuns = /"runs"\s*:/.test(head);
  const parser = new JSONParser({
    paths: ["$.version", "$.runs.*.tool", "$.runs.*.originalUriBaseIds", "$.runs.*.artifacts.*", "$.runs.*.results.*"],
    keepStack: false,
  });
  parser.onValue = ({ value, key, stack }) => {
    const depth = stack.length;
    if (depth === 1 && key === "version") {
      log.version = asString(value);
      return;
    }
    if (stack[1]?.key !== "runs") return;
    sawRuns = true;
    // `runs` is a list: an object's key is not an index (`{"4294967294": …}` would make four billion runs).
    const index = stack[2]?.key;
    if (typeof index !== "number")
      throw new UnreadableArtifactError("not a SARIF log: `runs` must be a list of runs, but it is an object");
    const run = runAt(log, index);
    if (depth === 3 && key === "tool" && isObject(value as Json)) run.tool = value as JsonObject;
    else if (depth === 3 && key === "originalUriBaseIds" && isObject(value as Json))
      run.originalUriBaseIds = value as JsonObject;
    else if (depth === 4 && stack[3]?.key === "results" && isObject(value as Json))
      run.results.push(slimResult(value as JsonObject));
    else if (depth === 4 && stack[3]?.key === "artifacts") {
      const a = value as Json;
      const loc = isObject(a) && isObject(a.location) ? a.location : undefined;
      if (typeof key === "number") run.artifactUris[key] = loc ? asString(loc.uri) : undefined;
    }
  };
  try {
    for await (const chunk of source.chunks()) {
      if (parser.isEnded) break;
      parser.write(chunk);
    }
    if (!parser.isEnded) parser.end();
  } catch (e) {
    if (e instanceof UnreadableArtifactError) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    const truncated = /middle of a token|ended|Unexpected end/i.test(reason) ? " (the file looks truncated)" : "";
    throw new UnreadableArtifactError(`not valid SARIF JSON${truncated}: ${reason}`);
  }
  if (!parser.isEnded) throw new UnreadableArtifactError("not valid SARIF JSON (the file looks truncated)");
  if (!sawRuns && log.version === undefined)
    throw new UnreadableArtifactError("not a SARIF log: it has neither `version` nor `runs`");
  return log;
}
