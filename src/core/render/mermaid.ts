/**
 * Mermaid `xychart-beta` blocks, which GitHub draws in comments, check runs and job summaries. A chart only
 * repeats numbers that a table next to it states (screen readers and e-mail notifications get the text), and
 * its labels are reduced to characters that cannot end the code fence, the quoted string or start a directive.
 */

export interface XyChart {
  title: string;
  xLabels: string[];
  yLabel: string;
  yMin?: number;
  yMax: number;
  bars?: number[][];
  lines?: number[][];
  /** Colours in plot order (bars first, then lines), named in the caption that goes with the chart. */
  palette?: string[];
}

/** A label safe inside a Mermaid quoted string in a Markdown code fence. */
export function mermaidLabel(text: string, max = 40): string {
  const printable = [...text].map((ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? " " : ch)).join("");
  const clean = printable
    .replace(/["`\\;#%<>{}[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const cut = clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
  return cut || "?";
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

export function xyChart(c: XyChart): string {
  const lines: string[] = ["```mermaid"];
  if (c.palette && c.palette.length > 0) {
    // A fixed palette so the caption can name each series' colour.
    const init = { themeVariables: { xyChart: { plotColorPalette: c.palette.join(", ") } } };
    lines.push(`%%{init: ${JSON.stringify(init)}}%%`);
  }
  lines.push("xychart-beta");
  lines.push(`  title "${mermaidLabel(c.title, 100)}"`);
  lines.push(`  x-axis [${c.xLabels.map((l) => `"${mermaidLabel(l)}"`).join(", ")}]`);
  lines.push(`  y-axis "${mermaidLabel(c.yLabel)}" ${num(c.yMin ?? 0)} --> ${num(c.yMax)}`);
  for (const b of c.bars ?? []) lines.push(`  bar [${b.map(num).join(", ")}]`);
  for (const l of c.lines ?? []) lines.push(`  line [${l.map(num).join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}
