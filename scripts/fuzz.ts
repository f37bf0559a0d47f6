/**
 * `npm run fuzz`: the fuzz harness of test/fuzz/harness.ts over every fixture, with a fixed seed and a bounded
 * number of cases and time. Cases run in a child process watched from here, so a case that hangs is recorded and
 * the run goes on in a fresh child.
 *
 *   npm run fuzz -- [--cases 5000] [--seed 18] [--hang-ms 30000] [--max-minutes 30]
 *
 * Exits 1 when any case crashed, hung, left its input unaccounted for or leaked its planted secret.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type CaseResult, loadFixtures, runCase, summarize } from "../test/fuzz/harness.js";

const self = fileURLToPath(import.meta.url);

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function child(): Promise<void> {
  const [start, end, seed] = process.argv.slice(3, 6).map(Number) as [number, number, number];
  const fixtures = loadFixtures();
  for (let i = start; i < end; i++) {
    process.send?.({ start: i });
    process.send?.({ result: await runCase(i, fixtures, seed) });
  }
  process.disconnect?.();
}

async function parent(): Promise<void> {
  const cases = arg("cases", 5_000);
  const seed = arg("seed", 18);
  const hangMs = arg("hang-ms", 30_000);
  const deadline = Date.now() + arg("max-minutes", 30) * 60_000;
  const results: CaseResult[] = [];
  const hangs: CaseResult[] = [];
  const t0 = Date.now();
  let next = 0;
  while (next < cases && Date.now() < deadline) {
    next = await new Promise<number>((resolve) => {
      let current = next;
      let timer: NodeJS.Timeout | undefined;
      const c: ChildProcess = fork(self, ["--child", String(next), String(cases), String(seed)], {
        execArgv: ["--import", "tsx", "--max-old-space-size=2048"],
        stdio: ["ignore", "ignore", "inherit", "ipc"],
      });
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          hangs.push({
            index: current,
            fixture: "?",
            mutation: "?",
            ms: hangMs,
            crash: `no answer within ${hangMs} ms`,
          });
          c.kill("SIGKILL");
        }, hangMs);
      };
      c.on("message", (m: { start?: number; result?: CaseResult }) => {
        if (m.start !== undefined) {
          current = m.start;
          arm();
          if (Date.now() > deadline) c.kill("SIGKILL");
        }
        if (m.result) {
          results.push(m.result);
          if (results.length % 500 === 0)
            process.stderr.write(`fuzz: ${results.length} cases, ${Math.round((Date.now() - t0) / 1000)} s\n`);
        }
      });
      c.on("exit", (code) => {
        clearTimeout(timer);
        // A child that died without a hang (out of memory) crashed on its current case.
        const done = results.some((r) => r.index === current) || hangs.some((h) => h.index === current);
        if (!done && code !== 0 && current < cases)
          results.push({ index: current, fixture: "?", mutation: "?", ms: 0, crash: `the process exited (${code})` });
        resolve(current + 1);
      });
    });
  }
  const s = summarize(results, hangMs, hangs);
  const byMutation = new Map<string, number>();
  for (const r of results) byMutation.set(r.mutation, (byMutation.get(r.mutation) ?? 0) + 1);
  const fixtures = new Set(results.map((r) => r.fixture)).size;
  console.log(`seed ${seed}: ${s.cases} cases over ${fixtures} fixtures in ${Math.round((Date.now() - t0) / 1000)} s`);
  console.log(
    `crashes ${s.crashes}, hangs ${s.hangs} (budget ${hangMs} ms), unaccounted inputs ${s.unaccounted}, leaks ${s.leaks}`,
  );
  console.log(`slowest case ${s.slowestMs} ms; mutations: ${[...byMutation].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  for (const f of s.failures.slice(0, 30))
    console.log(
      `  FAIL #${f.index} ${f.fixture} [${f.mutation}] ${f.crash ?? f.unaccounted ?? (f.leak ? `leak in ${f.leak}` : `${f.ms} ms`)}`,
    );
  process.exitCode = s.crashes + s.hangs + s.unaccounted + s.leaks > 0 || s.cases < cases ? 1 : 0;
}

if (process.argv[2] === "--child") await child();
else await parent();
