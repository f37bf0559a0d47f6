/** "Did you mean": the closest candidate by edit distance, only when it is close enough to be a likely typo. */
import { MAX_SUGGESTION_CANDIDATES, MAX_SUGGESTION_CELLS, MAX_SUGGESTION_WORD } from "../util/budgets.js";

/**
 * Work left for suggestions, in edit-distance cells. A file with a thousand broken anchors and a thousand headings
 * would otherwise compare every pair; once the budget is spent, findings simply carry no "did you mean".
 */
export class SuggestionBudget {
  constructor(public cells = MAX_SUGGESTION_CELLS) {}
}

export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** Closest candidate within max(2, 40 % of the word's length) edits (case-insensitive), or undefined. */
export function closest(
  word: string,
  candidates: Iterable<string>,
  budget = new SuggestionBudget(),
): string | undefined {
  if (word.length > MAX_SUGGESTION_WORD) return undefined;
  const target = word.toLowerCase();
  const limit = Math.max(2, Math.floor(target.length * 0.4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let seen = 0;
  for (const c of candidates) {
    if (c === word) continue;
    if (++seen > MAX_SUGGESTION_CANDIDATES || budget.cells <= 0) break;
    if (c.length > MAX_SUGGESTION_WORD) continue;
    budget.cells -= (target.length + 1) * (c.length + 1);
    const d = editDistance(target, c.toLowerCase(), limit);
    if (d <= limit && (d < bestDistance || (d === bestDistance && best !== undefined && c < best))) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
