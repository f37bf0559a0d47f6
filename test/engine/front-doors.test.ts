/**
 * The CLI and the Action are two front doors over one engine: on the same tree they give the same report (apart
 * from the context block the Action adds), and both show the run's notices (here the link checker's "header is
 * not sent" notice, which the Action used to drop).
 */
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/action/run.js";
import { runCli } from "../../src/cli/run.js";
import { githubEnv, recordingHost } from "../action/harness.js";
import { prEvent } from "../action/harness.js";

const NOW = new Date("2025-03-01T10:00:00Z");
const NOTICE = "header Authorization for docs.example.test is not sent: environment variable DOCS_TOKEN is not set";

async function tree(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "rg-front-doors-"));
  await mkdir(path.join(dir, ".github"), { recursive: true });
  await mkdir(path.join(dir, "docs"), { recursive: true });
  await writeFile(
    path.join(dir, ".github", "readiness.yml"),
    [
      "documentation:",
      "  external-links: warn",
      "  links:",
      "    headers:",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the config's own ${VAR} syntax
      '      docs.example.test: { Authorization: "Bearer ${DOCS_TOKEN}" }',
      "",
    ].join("\n"),
  );
  await writeFile(
    path.join(dir, "README.md"),
    "# Example\n\nSee [the guide](docs/guide.md) and [a gap](docs/gone.md).\n",
  );
  await writeFile(
    path.join(dir, "docs", "guide.md"),
    "# Guide\n\n## Install\n\nBack to the [readme](../README.md#example).\n",
  );
  return dir;
}

describe("front doors", () => {
  it("the CLI and the Action give the same report and both surface the link checker's notice", async () => {
    const dir = await tree();
    const cliReport = path.join(dir, "..", `${path.basename(dir)}-cli.json`);
    let stderr = "";
    const code = await runCli(["--root", dir, "--format", "json", "--output", cliReport], {
      stdout: () => {},
      stderr: (s) => {
        stderr += s;
      },
      stderrIsTty: false,
      cwd: dir,
      now: () => NOW,
      env: {},
    });
    expect(code).toBe(1);
    expect(stderr).toBe(`readiness-gate: ${NOTICE}\n`);

    const eventPath = `${dir}-event.json`;
    await writeFile(eventPath, JSON.stringify(prEvent));
    const runnerTemp = `${dir}-runner-temp`;
    await mkdir(runnerTemp, { recursive: true });
    const env = githubEnv({ dir, eventPath, runnerTemp }, "octo/front-doors", "http://127.0.0.1:9");
    const host = recordingHost(env, { "github-token": "", "fail-on": "never" });
    const noCache = { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 };
    const out = await run({ host, cache: noCache, now: () => NOW });
    expect(host.warnings).toEqual([
      "The `github-token` input is empty: nothing is written to GitHub (as with `dry-run: true`).",
      NOTICE,
    ]);
    expect(host.summary).toContain(`> [!WARNING]\n> ${NOTICE}`);

    const fromCli = JSON.parse(await readFile(cliReport, "utf8"));
    const fromAction = JSON.parse(await readFile(out.reportPath as string, "utf8"));
    expect(fromAction.context).toEqual({
      repository: "octo/front-doors",
      sha: prEvent.pull_request.head.sha,
      pullRequest: prEvent.pull_request.number,
      runUrl: "https://github.com/octo/front-doors/actions/runs/4242",
    });
    delete fromAction.context;
    expect(fromAction).toEqual(fromCli);
    expect(fromCli.verdict).toBe("no-go");
    expect(
      fromCli.findings.map(
        (f: { path: string; line: number; column: number; ruleId: string }) =>
          `${f.path}:${f.line}:${f.column} ${f.ruleId}`,
      ),
    ).toEqual(["README.md:3:36 links.missing-file"]);
  });
});
