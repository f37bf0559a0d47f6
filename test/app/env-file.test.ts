import { readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { writeEnvFile } from "../../src/app/env-file.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  for (const k of ["APP_ID", "PRIVATE_KEY", "WEBHOOK_SECRET"]) delete process.env[k];
});

describe("writeEnvFile", () => {
  it("merges into an existing world-readable .env and leaves it readable by the owner only", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "rg-env-"));
    dirs.push(dir);
    const file = path.join(dir, ".env");
    writeFileSync(file, "PORT=4000\nLOG_LEVEL=debug\n", { mode: 0o644 });
    const pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----\n";
    writeEnvFile(
      { APP_ID: "123", PRIVATE_KEY: `"${pem}"`, WEBHOOK_SECRET: "s3cret", GITHUB_CLIENT_ID: undefined },
      dir,
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(parseEnv(readFileSync(file, "utf8"))).toEqual({
      PORT: "4000",
      LOG_LEVEL: "debug",
      APP_ID: "123",
      PRIVATE_KEY: pem,
      WEBHOOK_SECRET: "s3cret",
    });
    expect(process.env.PRIVATE_KEY).toBe(pem);
  });
});
