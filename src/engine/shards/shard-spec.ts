/**
 * `i/n`: the i-th of n shards of the documentation files. A file's shard is a hash of its path, so it stays in
 * its shard as other files come and go, and every shard sees the same split without talking to the others.
 */
export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

export class ShardSpecError extends Error {
  override name = "ShardSpecError";
}

export const MAX_SHARDS = 256;

export function parseShardSpec(text: string, what = "shard"): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count)
    throw new ShardSpecError(
      `${what} must be "i/n" with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. "2/4"), not ${JSON.stringify(text)}`,
    );
  return { index, count };
}

/** FNV-1a over the path's UTF-16 code units: cheap, and the same on every machine. */
function hashPath(p: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < p.length; i++) {
    h ^= p.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function shardOf(p: string, count: number): number {
  return (hashPath(p) % count) + 1;
}

export const inShard = (spec: ShardSpec) => (p: string) => shardOf(p, spec.count) === spec.index;
