/** What the CLI needs from its process: streams, the working directory, the clock and the environment. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stderrIsTty: boolean;
  cwd: string;
  now?: () => Date;
  /** Environment for the link checker (`GITHUB_TOKEN`, `${VAR}` in configured headers); default `process.env`. */
  env?: Record<string, string | undefined>;
}
