// markdownlint-cli2 ships JavaScript with JSDoc types only; this is the part of its API used here.
declare module "markdownlint-cli2" {
  export function main(params: Record<string, unknown>): Promise<number>;
}

// markdownlint's helpers (CommonJS, untyped): its default front-matter pattern.
declare module "markdownlint/helpers" {
  export const frontMatterRe: RegExp;
}
