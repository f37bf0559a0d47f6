/** A completed workflow run's artifacts, downloaded and unpacked with limits into the assessed tree. */
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import picomatch from "picomatch";
import type { Config } from "../core/config/schema.js";
import type { ArtifactEntry } from "../core/model/report.js";
import { ArchiveLimitError, ArchiveRefused } from "../engine/sources/github/archive-limits.js";
import { unpackArtifactZip } from "../engine/sources/github/artifact-zip.js";
import { ARTIFACT_DIR, type AssessJob } from "./job.js";
import type { AppOctokit } from "./config-source.js";
import { fetchArtifactZip, listRunArtifacts } from "./downloads.js";
import type { AppSettings } from "./settings.js";

export async function readRunArtifacts(
  octokit: AppOctokit,
  job: AssessJob,
  config: Config,
  root: string,
  zipDir: string,
  settings: AppSettings,
): Promise<{ refused: ArtifactEntry[]; notices: string[] }> {
  const run = job.workflowRun;
  if (!run) return { refused: [], notices: [] };
  const wanted = picomatch(config.app.artifacts);
  const listed = await listRunArtifacts(octokit, { owner: job.owner, repo: job.repo, runId: run.id });
  const chosen = listed.filter((a) => !a.expired && wanted(a.name));
  const notices: string[] = [];
  const refused: ArtifactEntry[] = [];
  if (chosen.length === 0) notices.push(`The workflow run ${run.name} has no artifact matching app.artifacts.`);
  if (chosen.length > settings.maxArtifacts)
    notices.push(
      `Only the first ${settings.maxArtifacts} of ${chosen.length} artifacts were read (READINESS_MAX_ARTIFACTS).`,
    );
  await mkdir(zipDir, { recursive: true });
  for (const a of chosen.slice(0, settings.maxArtifacts)) {
    const label = `${ARTIFACT_DIR}/${safeDirName(a.name)}`;
    try {
      const zip = path.join(zipDir, `${a.id}.zip`);
      await fetchArtifactZip(
        octokit,
        { owner: job.owner, repo: job.repo, artifactId: a.id, name: a.name },
        zip,
        settings.maxArtifactBytes,
      );
      const tree = await unpackArtifactZip(zip, path.join(root, label), a.name, {
        maxBytes: settings.maxArtifactBytes,
        maxEntries: settings.maxArtifactEntries,
      });
      for (const s of tree.skipped.slice(0, 10)) notices.push(`${s.path} in the artifact ${a.name} ${s.reason}.`);
    } catch (e) {
      if (!(e instanceof ArchiveLimitError || e instanceof ArchiveRefused)) throw e;
      await rm(path.join(root, label), { recursive: true, force: true });
      // Listed with the report's unreadable inputs, which name it and say why.
      refused.push({ path: label, format: null, dimension: null, status: "unreadable", error: e.message });
    }
  }
  return { refused, notices };
}

/** Artifact names may hold any character; the directory name keeps a safe subset. */
function safeDirName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");
  return s || "_";
}
