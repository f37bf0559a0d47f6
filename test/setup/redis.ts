/**
 * A real redis-server (Debian's package) on a free loopback port, with nothing written to disk. The tests that
 * share the queue between App processes need one; where the binary is missing they fail saying so.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";

export interface RedisServer {
  url: string;
  port: number;
  pid: number;
  /** Stops this server (by its pid) and waits for it to exit. */
  stop(): Promise<void>;
}

export const REDIS_MISSING =
  "redis-server is not installed: the tests of the App's shared queue need a real Redis (Debian: apt-get install redis-server; .ci/run installs it)";

export function redisServerBinary(): string | null {
  const found = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts redis-server on `port` (a free one when not given) and waits until it accepts connections. */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  const bin = redisServerBinary();
  if (!bin) throw new Error(REDIS_MISSING);
  const p = port ?? (await freePort());
  const child: ChildProcess = spawn(
    bin,
    ["--port", String(p), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on ${p}:\n${out}`)), 10_000);
    const onData = (d: Buffer) => {
      out += d.toString("utf8");
      if (/Ready to accept connections/i.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${out}`));
    });
  });
  child.stdout?.removeAllListeners("data");
  child.stdout?.resume();
  child.stderr?.resume();
  const pid = child.pid as number;
  return {
    url: `redis://127.0.0.1:${p}`,
    port: p,
    pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        process.kill(pid, "SIGTERM");
      }),
  };
}
