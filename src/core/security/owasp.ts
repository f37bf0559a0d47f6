/** CWE -> OWASP Top 10:2021 category. */
import { OWASP_TOP10_2021_CWES } from "./owasp-data.js";

export interface OwaspCategory {
  /** `A01` … `A10`. */
  id: string;
  /** `Broken Access Control`. */
  name: string;
  /** OWASP's own key, `A01:2021-Broken Access Control`. */
  key: string;
}

export const OWASP_CATEGORIES: readonly OwaspCategory[] = Object.keys(OWASP_TOP10_2021_CWES).map((key) => {
  const m = /^(A\d\d):2021-(.*)$/.exec(key);
  return { id: m?.[1] ?? key, name: m?.[2] ?? key, key };
});

/** The component category: every known-vulnerable dependency belongs here, whatever the flaw inside it. */
export const OWASP_COMPONENTS = "A06";
/** Hard-coded credentials (CWE-798) sit in A07. */
export const CWE_HARD_CODED_CREDENTIALS = 798;

const byCwe = new Map<number, string>();
// Insertion in A01…A10 order and first-wins: CWE-259 is listed under both A02 and A07 and maps to A02.
for (const c of OWASP_CATEGORIES)
  for (const cwe of OWASP_TOP10_2021_CWES[c.key] ?? []) if (!byCwe.has(cwe)) byCwe.set(cwe, c.id);

/** The category of the first CWE in the list that OWASP maps, or undefined. */
export function owaspForCwes(cwes: readonly number[]): string | undefined {
  for (const cwe of cwes) {
    const id = byCwe.get(cwe);
    if (id) return id;
  }
  return undefined;
}

export function owaspCategory(id: string): OwaspCategory | undefined {
  return OWASP_CATEGORIES.find((c) => c.id === id);
}
