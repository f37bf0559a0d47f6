/**
 * The publisher's client is a structural type: `@actions/github`'s Octokit fits it without a cast (tsc checks this
 * file as part of `npm run lint`), a client missing a method the publisher calls does not, and the real client
 * publishes through it against the validating fake.
 */
import { getOctokit } from "@actions/github";
import { describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/publish/client.js";
import { startPublication } from "../../src/publish/publish.js";
import { apiUrl, makeReport, state, uniqueRepo } from "./helpers.js";

describe("GitHubClient", () => {
  it("accepts @actions/github's client as it is and publishes with it", async () => {
    const r = uniqueRepo();
    const client: GitHubClient = getOctokit("ghs_test", { baseUrl: apiUrl() });
    const publication = await startPublication({
      client,
      target: { owner: r.owner, repo: r.repo, headSha: "a".repeat(40), pullNumber: null, verifyPull: false },
      checkName: "Production Readiness",
      now: () => new Date("2025-03-01T10:00:00Z"),
      info: () => {},
      warn: (m) => {
        throw new Error(m);
      },
      forbiddenAdvice: (what) => what,
    });
    await publication.complete(makeReport(), { comment: "always", annotations: 0, conditionalConclusion: "neutral" });
    const s = await state(r.full);
    expect(s.checkRuns.map((c) => [c.head_sha, c.status, c.conclusion])).toEqual([
      ["a".repeat(40), "completed", "success"],
    ]);
  });

  it("refuses a client without a method the publisher calls", () => {
    const full = getOctokit("ghs_test");
    const partial = { paginate: full.paginate, rest: { ...full.rest, checks: { create: full.rest.checks.create } } };
    // @ts-expect-error: rest.checks has no update or listForRef
    const client: GitHubClient = partial;
    expect(Object.keys(client.rest.checks)).toEqual(["create"]);
  });
});
