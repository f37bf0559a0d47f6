/** Measurement formatting shared by findings and renderers, so both say `1,200 ms` the same way. */
import { formatNumber } from "../util/format-number.js";

export function fmtValue(v: number | null, unit: string): string {
  if (v === null) return "n/a";
  const digits =
    unit === "%" ? (Math.abs(v) < 1 ? 3 : 2) : unit === "ms" || unit === "req/s" ? (Math.abs(v) < 10 ? 2 : 1) : 2;
  const n = formatNumber(v, digits);
  if (unit === "") return n;
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
}

export function fmtDelta(pct: number | null): string {
  if (pct === null) return "n/a";
  const r = Math.round(pct * 100) / 100;
  if (r === 0) return "0%";
  return `${r > 0 ? "+" : "−"}${formatNumber(Math.abs(r), 2)}%`;
}

/** `≥ 1,000 req/s`, `≤ 200 ms`, `50–200 ms`. */
export function fmtBound(b: { min?: number; max?: number }, unit: string): string {
  if (b.min !== undefined && b.max !== undefined) return `${fmtValue(b.min, unit)} – ${fmtValue(b.max, unit)}`;
  if (b.min !== undefined) return `≥ ${fmtValue(b.min, unit)}`;
  return `≤ ${fmtValue(b.max!, unit)}`;
}

export function fmtDuration(s: number | null): string {
  if (s === null) return "n/a";
  if (s < 120) return `${formatNumber(s, 1)} s`;
  if (s < 7200) return `${formatNumber(s / 60, 1)} min`;
  return `${formatNumber(s / 3600, 1)} h`;
}
