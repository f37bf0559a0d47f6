/** Short stable identities for findings. Hashing keeps them short and free of any text from the finding. */
import { createHash } from "node:crypto";

export function shortHash(...parts: readonly (string | number | undefined)[]): string {
  return (
    createHash("sha256")
      .update(parts.map((p) => (p === undefined ? "" : String(p))).join("\u0000"))
      .digest()
      // 16 hex digits written out directly: a slice of the full digest would keep all 64 alive in each finding.
      .toString("hex", 0, 8)
  );
}
