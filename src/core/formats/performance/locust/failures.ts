/** `<prefix>_failures.csv` (Method, Name, Error, Occurrences) and `<prefix>_exceptions.csv` (Count, Message, …). */
import type { ArtifactSource } from "../../source.js";
import { UnreadableArtifactError } from "../../source.js";
import type { FailureGroup, PerformanceRunPart } from "../../../model/performance.js";
import { columnIndex, num, readCsv, redact } from "../shared.js";
import { locustPrefix, locustRunKey } from "./files.js";

/** A short class for a Locust error string: `HTTP 429` for HTTP errors, else the exception class name. */
export function failureType(error: string): string {
  const http = /\b([1-5]\d\d) (?:Client|Server) Error\b/.exec(error) ?? /\bHTTP(?:Error)?\W+([1-5]\d\d)\b/.exec(error);
  if (http) return `HTTP ${http[1]}`;
  const cls = /^\s*([A-Za-z_][\w.]*)\(/.exec(error);
  if (cls) return cls[1]!;
  return "error";
}

export async function parseLocustFailures(source: ArtifactSource): Promise<PerformanceRunPart[]> {
  const records = await readCsv(source);
  const header = records[0];
  if (!header) throw new UnreadableArtifactError("the file is empty");
  const col = {
    method: columnIndex(header, ["Method", "Type"]),
    name: columnIndex(header, ["Name"]),
    error: columnIndex(header, ["Error"]),
    count: columnIndex(header, ["Occurrences", "Occurences", "Count"]),
  };
  if (col.error < 0 || col.count < 0) {
    throw new UnreadableArtifactError(
      `Locust failures without "Error" and "Occurrences" columns (header: ${header.join(",")})`,
    );
  }
  const failures: FailureGroup[] = [];
  for (const row of records.slice(1)) {
    const count = num(row[col.count]);
    const error = row[col.error] ?? "";
    if (count === undefined)
      throw new UnreadableArtifactError(
        `failure row without a number of occurrences: ${JSON.stringify(redact(error)).slice(0, 120)}`,
      );
    const name = col.name >= 0 ? (row[col.name] ?? "") : "";
    const method = col.method >= 0 ? (row[col.method] ?? "") : "";
    failures.push({
      type: failureType(error),
      message: redact(error),
      ...(name ? { endpoint: redact(method ? `${method} ${name}` : name) } : {}),
      count,
    });
  }
  // A header-only failures file is Locust's way of saying "no failures": a valid, empty part.
  return [
    {
      runKey: locustRunKey(source.path),
      kind: "failures",
      tool: "locust",
      scenario: locustPrefix(source.path),
      failures,
    },
  ];
}

export async function parseLocustExceptions(source: ArtifactSource): Promise<PerformanceRunPart[]> {
  const records = await readCsv(source);
  const header = records[0];
  if (!header) throw new UnreadableArtifactError("the file is empty");
  const col = { count: columnIndex(header, ["Count"]), message: columnIndex(header, ["Message"]) };
  if (col.count < 0 || col.message < 0) {
    throw new UnreadableArtifactError(
      `Locust exceptions without "Count" and "Message" columns (header: ${header.join(",")})`,
    );
  }
  const failures: FailureGroup[] = [];
  for (const row of records.slice(1)) {
    const count = num(row[col.count]);
    if (count === undefined) continue;
    // The traceback is left out on purpose: it is long and may quote source lines with secrets.
    failures.push({ type: "exception", message: redact(row[col.message] ?? ""), count });
  }
  return [
    {
      runKey: locustRunKey(source.path),
      kind: "exceptions",
      tool: "locust",
      scenario: locustPrefix(source.path),
      failures,
    },
  ];
}
