/** Types of gen-docs.mjs, for the tests that generate trees with it. */
export function generateDocs(dir: string, count: number, seed?: number): { files: number; expectedBroken: string[] };
