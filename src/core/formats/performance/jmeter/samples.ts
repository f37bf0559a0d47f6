/**
 * Aggregates JMeter samples into run figures. Percentiles need every elapsed time, so those are kept (8 bytes a
 * sample in typed arrays); everything else is a running total.
 */
import type { EndpointStats, FailureGroup, LatencyStats, PerformanceRunPart } from "../../../model/performance.js";
import { redact, round } from "../shared.js";

export interface Sample {
  label: string;
  /** Missing in some XML results (e.g. transaction samples saved without `t`). */
  elapsedMs?: number;
  /** Epoch milliseconds of the sample's start, when known. */
  startMs?: number;
  success: boolean;
  responseCode?: string;
  message?: string;
  allThreads?: number;
}

/** A growable Float64Array: far smaller than a JS array of boxed numbers for millions of samples. */
class Values {
  private buf = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  sorted(): Float64Array {
    return this.buf.slice(0, this.length).sort();
  }
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

function stats(values: Values, sum: number): LatencyStats {
  if (values.length === 0) return {};
  const s = values.sorted();
  return {
    avg: round(sum / values.length, 3),
    min: s[0]!,
    max: s[s.length - 1]!,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
  };
}

interface Bucket {
  count: number;
  values: Values;
  sum: number;
  failures: number;
}

export class SampleAggregator {
  private all: Bucket = { count: 0, values: new Values(), sum: 0, failures: 0 };
  private byLabel = new Map<string, Bucket>();
  private failureGroups = new Map<string, FailureGroup>();
  private start = Number.POSITIVE_INFINITY;
  private end = Number.NEGATIVE_INFINITY;
  private timed = true;
  private peakThreads: number | undefined;
  skippedTransactions = 0;

  add(s: Sample): void {
    const label = redact(s.label);
    let b = this.byLabel.get(label);
    if (!b) {
      b = { count: 0, values: new Values(), sum: 0, failures: 0 };
      this.byLabel.set(label, b);
    }
    for (const bucket of [this.all, b]) {
      bucket.count++;
      if (s.elapsedMs !== undefined) {
        bucket.values.push(s.elapsedMs);
        bucket.sum += s.elapsedMs;
      }
      if (!s.success) bucket.failures++;
    }
    if (s.startMs === undefined) this.timed = false;
    else {
      this.start = Math.min(this.start, s.startMs);
      this.end = Math.max(this.end, s.startMs + (s.elapsedMs ?? 0));
    }
    if (s.allThreads !== undefined) this.peakThreads = Math.max(this.peakThreads ?? 0, s.allThreads);
    if (!s.success) {
      const code = s.responseCode?.trim() ?? "";
      // A failed sample with a 2xx code failed an assertion; the code says nothing then.
      const type = /^[45]\d\d$/.test(code) ? `HTTP ${code}` : code && !/^\d+$/.test(code) ? code : "failure";
      const message = redact(s.message?.trim() || "failed sample (no message)");
      const key = `${type}\u0000${message}\u0000${label}`;
      const g = this.failureGroups.get(key);
      if (g) g.count++;
      else this.failureGroups.set(key, { type, message, endpoint: label, count: 1 });
    }
  }

  get count(): number {
    return this.all.count;
  }

  toPart(runKey: string, scenario: string, notes: string[]): PerformanceRunPart {
    const requests = this.all.count;
    const untimed = requests - this.all.values.length;
    if (untimed === requests && requests > 0) notes.push("no sample has an elapsed time: latency unknown");
    else if (untimed > 0)
      notes.push(`${untimed} of ${requests} samples have no elapsed time: latency covers the others only`);
    const part: PerformanceRunPart = {
      runKey,
      kind: "summary",
      tool: "jmeter",
      scenario,
      requests,
      failedRequests: this.all.failures,
      latency: stats(this.all.values, this.all.sum),
      notes,
    };
    if (requests > 0) part.errorRatePct = round((this.all.failures / requests) * 100);
    if (this.timed && requests > 0) {
      part.durationS = round((this.end - this.start) / 1000, 3);
      if (part.durationS > 0) {
        part.throughputRps = round(requests / part.durationS);
        part.derived = {
          throughputRps:
            "throughput derived from samples ÷ the time from the first sample's start to the last sample's end",
        };
      }
    } else if (requests > 0) {
      notes.push("samples carry no timestamp: duration and throughput unknown");
    }
    if (this.peakThreads !== undefined) part.users = this.peakThreads;
    if (this.skippedTransactions > 0)
      notes.push(
        `${this.skippedTransactions} transaction-controller parent samples left out (their children are counted)`,
      );
    if (this.all.values.length > 0) notes.push("percentiles by nearest rank over every sample");
    part.endpoints = [...this.byLabel].map(
      ([name, b]): EndpointStats => ({
        name,
        requests: b.count,
        failures: b.failures,
        latency: stats(b.values, b.sum),
      }),
    );
    part.failures = [...this.failureGroups.values()];
    return part;
  }
}

/** JMeter's transaction controller writes a parent sample with this message; its children are the requests. */
export function isTransactionParent(message: string | undefined): boolean {
  return message !== undefined && /^Number of samples in transaction\s*:/.test(message);
}
