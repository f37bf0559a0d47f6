import { describe, expect, it } from "vitest";
import { planAnnotations } from "../../src/publish/annotations.js";
import { annotationNote, checkTitle } from "../../src/publish/check-output.js";
import { conclusionFor } from "../../src/publish/check-run.js";
import { commentMarker, decodeCommentData, encodeCommentData } from "../../src/publish/comment-data.js";
import { forbiddenWarning } from "../../src/action/permission-advice.js";
import { finding, makeReport } from "./helpers.js";

describe("comment marker and data block", () => {
  it("marks the comment with the check name and defuses anything that could end the HTML comment", () => {
    expect(commentMarker("Production Readiness")).toBe("<!-- readiness-gate: Production Readiness -->");
    expect(commentMarker("a --> <b>\nc")).toBe("<!-- readiness-gate: a - b c -->");
  });

  it("round-trips scores and the fingerprint", () => {
    const block = encodeCommentData({
      fingerprint: "abc123",
      scores: { overall: 85.5, dimensions: { security: 95, performance: null } },
    });
    expect(block).toBe(
      '<!-- readiness-gate-data: {"v":1,"fingerprint":"abc123","overall":85.5,"dimensions":{"security":95,"performance":null}} -->',
    );
    expect(decodeCommentData(`report\n<!-- readiness-gate: X -->\n${block}`)).toEqual({
      fingerprint: "abc123",
      scores: { overall: 85.5, dimensions: { security: 95, performance: null } },
    });
  });

  it("ignores a missing, broken or tampered block", () => {
    expect(decodeCommentData("no block")).toBeNull();
    expect(decodeCommentData("<!-- readiness-gate-data: {not json -->")).toBeNull();
    expect(decodeCommentData('<!-- readiness-gate-data: {"v":2} -->')).toBeNull();
    expect(
      decodeCommentData(
        '<!-- readiness-gate-data: {"v":1,"fingerprint":"<script>","overall":"90","dimensions":{"security":"x","evil":1}} -->',
      ),
    ).toEqual({
      fingerprint: "",
      scores: { overall: null, dimensions: { security: null } },
    });
  });
});

describe("annotations", () => {
  it("annotates documentation and security findings with a line, most severe first, capped", () => {
    const findings = [
      finding(1, { severity: "low" }),
      finding(2, { severity: "critical", column: 4, endColumn: 9 }),
      finding(3, { dimension: "performance" }),
      finding(4, { line: undefined }),
      finding(5, { dimension: "documentation", severity: "high", endLine: 9, column: 2 }),
      finding(6, { severity: "info", url: "https://cwe.mitre.org/data/definitions/79.html" }),
    ];
    const plan = planAnnotations(findings, 3, "site/");
    expect(plan.eligible).toBe(4);
    expect(plan.omitted).toBe(1);
    expect(plan.annotations).toEqual([
      {
        path: "site/src/file-002.ts",
        start_line: 3,
        end_line: 3,
        start_column: 4,
        end_column: 9,
        annotation_level: "failure",
        message: "Finding number 2",
        title: "rule-2 (critical)",
      },
      {
        path: "site/src/file-005.ts",
        start_line: 6,
        end_line: 9,
        annotation_level: "failure",
        message: "Finding number 5",
        title: "rule-5 (high)",
      },
      {
        path: "site/src/file-001.ts",
        start_line: 2,
        end_line: 2,
        annotation_level: "notice",
        message: "Finding number 1",
        title: "rule-1 (low)",
      },
    ]);
    expect(planAnnotations(findings, 0).annotations).toEqual([]);
    expect(annotationNote(plan, 3)).toBe(
      "3 of 4 findings are annotated; 1 left out by the `annotations` limit (3). All findings are listed below.",
    );
    expect(annotationNote(planAnnotations(findings, 10), 10)).toBe("4 findings are annotated.");
    expect(annotationNote(planAnnotations([], 10), 10)).toBe("");
  });
});

describe("check conclusion and title", () => {
  it("maps the verdict", () => {
    expect(conclusionFor("go", "neutral")).toBe("success");
    expect(conclusionFor("conditional", "neutral")).toBe("neutral");
    expect(conclusionFor("conditional", "action_required")).toBe("action_required");
    expect(conclusionFor("no-go", "success")).toBe("failure");
    expect(conclusionFor("nothing-assessed", "success")).toBe("failure");
    expect(conclusionFor("nothing-assessed", "success", true)).toBe("neutral");
    expect(checkTitle(makeReport({ verdict: "conditional", score: 85.9 }))).toBe("CONDITIONAL GO: 85/100");
  });
});

describe("permission warning", () => {
  it("names the permission and the fork-safe setup", () => {
    expect(forbiddenWarning("write the pull request comment", "pull-requests: write")).toBe(
      'Could not write the pull request comment: the token may not (GitHub answered 403 "Resource not accessible by integration"). ' +
        "Add `permissions: { pull-requests: write }` to the job. On pull requests from forks the token is read-only whatever the workflow asks for: " +
        "use the two-workflow setup (pull_request uploads the report, workflow_run publishes it), see the section “Pull requests from forks” in readiness-gate's docs/action.md. " +
        "The report is in the job summary.",
    );
  });
});
