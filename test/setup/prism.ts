/** Starts `prism proxy --errors` on an ephemeral loopback port and waits until it listens. */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

export interface PrismServer {
  url: string;
  /** Prism's log lines (its validation messages explain a 422 from the mock). */
  log: string[];
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function startPrismProxy(specFile: string, upstream: string, root: string): Promise<PrismServer> {
  const port = await freePort();
  const bin = path.join(root, "node_modules", ".bin", "prism");
  const child: ChildProcess = spawn(
    bin,
    ["proxy", specFile, upstream, "--errors", "-h", "127.0.0.1", "-p", String(port), "--cors=false"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const log: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`prism did not start within 60 s:\n${log.join("\n")}`)), 60_000);
    const onData = (d: Buffer) => {
      for (const line of d.toString("utf8").split("\n")) if (line.trim()) log.push(line);
      if (log.length > 2000) log.splice(0, log.length - 2000);
      if (/Prism is listening/.test(d.toString("utf8"))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`prism exited with ${code}:\n${log.join("\n")}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
