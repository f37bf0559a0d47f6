/**
 * JMeter XML results (`<testResults>` with `<httpSample>` / `<sample>` elements). Samples nest: a transaction
 * controller's parent sample holds its children, which are the requests counted; other parents (a page with its
 * embedded resources) count once, as themselves.
 */
import type { ArtifactSource } from "../../source.js";
import { UnreadableArtifactError } from "../../source.js";
import type { PerformanceRunPart } from "../../../model/performance.js";
import { isObject } from "../../json.js";
import { num, scenarioFromPath } from "../shared.js";
import { JMETER_SCENARIO_SUFFIXES } from "./csv.js";
import { isTransactionParent, SampleAggregator } from "./samples.js";

const SAMPLE_TAGS = ["httpSample", "sample"];

function children(node: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const tag of SAMPLE_TAGS) {
    const v = node[tag];
    if (Array.isArray(v)) for (const c of v) if (isObject(c)) out.push(c);
  }
  return out;
}

function visit(node: Record<string, unknown>, agg: SampleAggregator): void {
  const message = typeof node["@_rm"] === "string" ? node["@_rm"] : undefined;
  const kids = children(node);
  // Transaction samples summarise others: with children they are the parent, without they follow them.
  if (isTransactionParent(message)) {
    agg.skippedTransactions++;
    for (const k of kids) visit(k, agg);
    return;
  }
  const elapsed = num(node["@_t"]);
  const ts = num(node["@_ts"]);
  const threads = num(node["@_na"]);
  agg.add({
    label: String(node["@_lb"] ?? ""),
    ...(elapsed !== undefined ? { elapsedMs: elapsed } : {}),
    ...(ts !== undefined ? { startMs: ts } : {}),
    success: String(node["@_s"] ?? "true").toLowerCase() === "true",
    ...(node["@_rc"] !== undefined ? { responseCode: String(node["@_rc"]) } : {}),
    ...(message ? { message } : {}),
    ...(threads !== undefined ? { allThreads: threads } : {}),
  });
}

export async function parseJmeterXml(source: ArtifactSource): Promise<PerformanceRunPart[]> {
  const text = await source.text();
  if (text.trim() === "") throw new UnreadableArtifactError("the file is empty");
  // Loaded when an XML report is read: its name tables take tens of milliseconds to build at start-up.
  const { XMLParser, XMLValidator } = await import("fast-xml-parser");
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new UnreadableArtifactError(`not well-formed XML (truncated?): ${valid.err.msg} at line ${valid.err.line}`);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    isArray: (name) => SAMPLE_TAGS.includes(name),
  }).parse(text) as Record<string, unknown>;
  const root = doc.testResults;
  if (!isObject(root)) {
    if (root === "" || root === undefined) {
      if (root === "") throw new UnreadableArtifactError("the JMeter results hold no samples");
      throw new UnreadableArtifactError("not JMeter results: no <testResults> root element");
    }
    throw new UnreadableArtifactError("not JMeter results: unexpected <testResults> content");
  }
  const agg = new SampleAggregator();
  for (const s of children(root)) visit(s, agg);
  if (agg.count === 0) throw new UnreadableArtifactError("the JMeter results hold no samples");
  return [agg.toPart(`jmeter:${source.path}`, scenarioFromPath(source.path, JMETER_SCENARIO_SUFFIXES), [])];
}
