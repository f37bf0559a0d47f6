/** The one number formatter of the reports: `1,200`, `0.25`, the same in findings, Markdown and text. */
export function formatNumber(n: number, maxFractionDigits = 2): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: maxFractionDigits });
}
