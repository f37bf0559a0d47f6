/** Absolute scanner paths become repository paths for any workspace; a path outside stays and is not annotated. */
import { describe, expect, it } from "vitest";
import { normalizePath } from "../../src/core/security/build.js";
import { relativeToRoot } from "../../src/engine/finding-paths.js";
import { planAnnotations } from "../../src/publish/annotations.js";
import { finding } from "../publish/helpers.js";

describe("scanner paths relative to the workspace", () => {
  // What the SARIF and JSON parsers hand over (URIs decoded, backslashes turned into slashes), and the root.
  const cases: [string, string, string][] = [
    ["/home/runner/work/app/app/src/a.js", "/home/runner/work/app/app", "src/a.js"],
    ["/__w/app/app/src/a.js", "/__w/app/app", "src/a.js"],
    ["/opt/actions-runner/_work/app/app/src/a.js", "/opt/actions-runner/_work/app/app", "src/a.js"],
    ["/Users/runner/work/app/app/src/a.js", "/Users/runner/work/app/app", "src/a.js"],
    [normalizePath("D:\\a\\app\\app\\src\\a.js"), "D:\\a\\app\\app", "src/a.js"],
    [normalizePath("file:///D:/a/app/app/src/a.js"), "D:\\a\\app\\app", "src/a.js"],
    [normalizePath("file:///d:/a/app/app/src/a.js"), "D:\\a\\app\\app", "src/a.js"],
    ["/home/runner/work/other/other/x.js", "/home/runner/work/app/app", "/home/runner/work/other/other/x.js"],
    ["/home/runner/work/app/app-2/x.js", "/home/runner/work/app/app", "/home/runner/work/app/app-2/x.js"],
    ["src/already.js", "/home/runner/work/app/app", "src/already.js"],
  ];
  for (const [p, root, expected] of cases)
    it(`${p} under ${root} → ${expected}`, () => expect(relativeToRoot(p, root)).toBe(expected));

  it("a path still outside the repository is never annotated", () => {
    const plan = planAnnotations(
      [finding(1, { path: "/usr/lib/node_modules/x.js" }), finding(2, { path: "D:/tools/y.js" }), finding(3)],
      10,
    );
    expect(plan.annotations.map((a) => a.path)).toEqual(["src/file-003.ts"]);
  });
});
