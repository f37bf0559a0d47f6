/**
 * Type-level proof (checked by `tsc` in `npm run lint`) that probot's `context.octokit` and an installation
 * client are the publisher's `GitHubClient` without a cast; the runtime assertion keeps vitest honest.
 */
import type { Context, Probot } from "probot";
import { describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/publish/client.js";

type ContextClient = Context<"pull_request.opened">["octokit"];
type InstallationClient = Awaited<ReturnType<Probot["auth"]>>;

const fromContext = (c: ContextClient): GitHubClient => c;
const fromAuth = (c: InstallationClient): GitHubClient => c;

describe("probot's clients as the publisher's client", () => {
  it("type-check without a cast", () => {
    expect([typeof fromContext, typeof fromAuth]).toEqual(["function", "function"]);
  });
});
