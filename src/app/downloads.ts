/**
 * The two downloads GitHub answers with a redirect to a short-lived URL on another host: the head commit's
 * tarball and a workflow artifact's zip. Octokit would follow the redirect and buffer the whole archive, so the
 * API call stops at the 302 and the archive is streamed from `Location` with no credentials (the download host
 * is another origin: the installation token must not follow it there). Byte limits apply while streaming.
 */
import { createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { ArchiveLimitError, type ArchiveLimits } from "../engine/sources/github/archive-limits.js";
import { type UnpackedTree, unpackTarball } from "../engine/sources/github/tarball.js";
import type { AppOctokit } from "./config-source.js";

/** The `Location` of a redirecting API download. */
async function redirectTarget(octokit: AppOctokit, route: string, params: Record<string, unknown>): Promise<string> {
  const res = await octokit.request(route, {
    ...params,
    request: { redirect: "manual", parseSuccessResponseBody: false },
  });
  const location = (res.headers as Record<string, string | undefined>).location;
  if (res.status !== 302 || !location) throw new Error(`GitHub answered ${res.status} without a download location`);
  return location;
}

/** Streams `url` with no Authorization header; the response body counted against `maxBytes`. */
async function download(url: string, label: string, maxBytes: number, limitName: "bytes"): Promise<Readable> {
  const res = await fetch(url, { redirect: "follow" });
  if (!res.ok || !res.body) throw new Error(`downloading ${label} failed: HTTP ${res.status}`);
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body.cancel();
    throw new ArchiveLimitError(label, limitName, maxBytes);
  }
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _e, cb) {
      seen += chunk.length;
      if (seen > maxBytes) return cb(new ArchiveLimitError(label, limitName, maxBytes));
      cb(null, chunk);
    },
  });
  return Readable.fromWeb(res.body as unknown as WebReadableStream).pipe(counter);
}

export async function fetchTarball(
  octokit: AppOctokit,
  target: { owner: string; repo: string; sha: string },
  dir: string,
  limits: ArchiveLimits & { reserved: string[] },
): Promise<UnpackedTree> {
  const location = await redirectTarget(octokit, "GET /repos/{owner}/{repo}/tarball/{ref}", {
    owner: target.owner,
    repo: target.repo,
    ref: target.sha,
  });
  const stream = await download(location, "the tarball", limits.maxBytes, "bytes");
  return unpackTarball(stream, dir, limits);
}

export interface RunArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
}

export async function listRunArtifacts(
  octokit: AppOctokit,
  target: { owner: string; repo: string; runId: number },
): Promise<RunArtifact[]> {
  const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner: target.owner,
    repo: target.repo,
    run_id: target.runId,
    per_page: 100,
  });
  return all.map((a) => ({ id: a.id, name: a.name, sizeInBytes: a.size_in_bytes, expired: a.expired }));
}

/** Downloads one artifact's zip to `file` (fetched right after listing: its URL is valid for about a minute). */
export async function fetchArtifactZip(
  octokit: AppOctokit,
  target: { owner: string; repo: string; artifactId: number; name: string },
  file: string,
  maxBytes: number,
): Promise<void> {
  const location = await redirectTarget(
    octokit,
    "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
    {
      owner: target.owner,
      repo: target.repo,
      artifact_id: target.artifactId,
      archive_format: "zip",
    },
  );
  const stream = await download(location, `the artifact ${JSON.stringify(target.name)}`, maxBytes, "bytes");
  await pipeline(stream, createWriteStream(file, { flags: "wx", mode: 0o600 }));
}
