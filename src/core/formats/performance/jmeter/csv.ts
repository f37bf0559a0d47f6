/**
 * JMeter CSV results (`.jtl`): a header row names the columns (JMeter writes a fixed order, but users choose which
 * ones). Without a header only JMeter's default column set can be read, recognised by its first columns.
 */
import type { ArtifactSource } from "../../source.js";
import { UnreadableArtifactError } from "../../source.js";
import type { PerformanceRunPart } from "../../../model/performance.js";
import { firstLine, num, scenarioFromPath, streamCsv } from "../shared.js";
import { isTransactionParent, SampleAggregator } from "./samples.js";

/** JMeter 5's default CSV columns, in the order it writes them. */
export const DEFAULT_JTL_COLUMNS = [
  "timeStamp",
  "elapsed",
  "label",
  "responseCode",
  "responseMessage",
  "threadName",
  "dataType",
  "success",
  "failureMessage",
  "bytes",
  "sentBytes",
  "grpThreads",
  "allThreads",
  "URL",
  "Latency",
  "IdleTime",
  "Connect",
];

export const JMETER_SCENARIO_SUFFIXES = [/\.jtl\.(csv|xml)$/i, /\.(jtl|csv|xml)$/i];

export function delimiterOf(line: string): string {
  for (const d of [",", "\t", ";", "|"]) if (line.includes(`timeStamp${d}`) || line.includes(`elapsed${d}`)) return d;
  // Headerless: the delimiter follows the leading epoch-millisecond timestamp.
  const m = /^\d{10,13}([,\t;|])/.exec(line);
  return m ? m[1]! : ",";
}

function timestamp(v: string | undefined): number | undefined {
  const n = num(v);
  if (n !== undefined) return n;
  if (!v) return undefined;
  const t = Date.parse(v.replace(/\//g, "-"));
  return Number.isNaN(t) ? undefined : t;
}

export async function parseJmeterCsv(source: ArtifactSource): Promise<PerformanceRunPart[]> {
  const delimiter = delimiterOf(firstLine(source.head));
  const agg = new SampleAggregator();
  let col: Record<string, number> | undefined;
  let rowNo = 0;
  for await (const row of streamCsv(source, { delimiter })) {
    rowNo++;
    if (!col) {
      const header = row.includes("elapsed") && row.includes("label") ? row : null;
      if (header) {
        col = Object.fromEntries(header.map((h, i) => [h.trim(), i]));
        continue;
      }
      if (timestamp(row[0]) !== undefined && num(row[1]) !== undefined && /^(true|false)$/i.test(row[7] ?? "")) {
        col = Object.fromEntries(DEFAULT_JTL_COLUMNS.map((h, i) => [h, i]));
      } else {
        throw new UnreadableArtifactError(
          "JMeter CSV without a header row and not in JMeter's default column order, so its columns cannot be told apart; save results with jmeter.save.saveservice.print_field_names=true",
        );
      }
    }
    const c = col;
    const elapsed = num(row[c.elapsed!]);
    if (elapsed === undefined)
      throw new UnreadableArtifactError(
        `row ${rowNo}: "elapsed" is not a number (${JSON.stringify(row[c.elapsed!] ?? "")})`,
      );
    const message = c.responseMessage !== undefined ? row[c.responseMessage] : undefined;
    if (isTransactionParent(message)) {
      agg.skippedTransactions++;
      continue;
    }
    const failureMessage = c.failureMessage !== undefined ? row[c.failureMessage] : undefined;
    const startMs = c.timeStamp !== undefined ? timestamp(row[c.timeStamp]) : undefined;
    const allThreads = c.allThreads !== undefined ? num(row[c.allThreads]) : undefined;
    agg.add({
      label: (c.label !== undefined ? row[c.label] : undefined) ?? "",
      elapsedMs: elapsed,
      ...(startMs !== undefined ? { startMs } : {}),
      success: c.success === undefined || (row[c.success] ?? "").trim().toLowerCase() === "true",
      ...(c.responseCode !== undefined ? { responseCode: row[c.responseCode] ?? "" } : {}),
      ...(failureMessage || message ? { message: failureMessage || message } : {}),
      ...(allThreads !== undefined ? { allThreads } : {}),
    });
  }
  if (!col) throw new UnreadableArtifactError("the file is empty");
  if (agg.count === 0) throw new UnreadableArtifactError("header only: the JMeter results hold no samples");
  return [agg.toPart(`jmeter:${source.path}`, scenarioFromPath(source.path, JMETER_SCENARIO_SUFFIXES), [])];
}
