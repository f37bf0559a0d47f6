/**
 * Settings that make the link checker reach other hosts: private hosts it may connect to and headers (often with
 * secrets) it sends. On privileged events (`pull_request_target`, `workflow_run`) they come only from the
 * workflow's own inputs, never from a config file, so that nothing a pull request can influence decides where a
 * request with a secret goes or which internal service is reached. Elsewhere the inputs add to the config's.
 */
import { isMap, isSeq, parseDocument } from "yaml";
import { z } from "zod";
import type { Config } from "../core/config/schema.js";
import { ConfigError } from "../core/validate-config.js";

const KEYS = [
  { key: "allow-private-hosts", input: "link-allow-private-hosts" },
  { key: "headers", input: "link-headers" },
] as const;

/** A config file on a privileged event: naming either setting is an error, with the key and its line. */
export function refuseOutsideSettings(file: string, text: string | null, eventName: string): void {
  if (text === null) return;
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return; // the config parser reports those, with their lines
  const problems: string[] = [];
  let firstLine: number | undefined;
  for (const { key, input } of KEYS) {
    const node = doc.getIn(["documentation", "links", key], true);
    const empty = (isSeq(node) || isMap(node)) && node.items.length === 0;
    if (node === undefined || node === null || empty) continue;
    const offset = (node as { range?: [number, number, number] }).range?.[0];
    const line = offset === undefined ? undefined : text.slice(0, offset).split("\n").length;
    firstLine ??= line;
    problems.push(
      `\`documentation.links.${key}\`${line ? ` (line ${line})` : ""}: on ${eventName} this setting is read only from the action input \`${input}\`, never from a config file; move it to the workflow`,
    );
  }
  if (problems.length > 0) throw new ConfigError(file, problems, firstLine);
}

const headerMap = z.record(z.string().min(1), z.record(z.string().min(1), z.string()));

/** The `link-headers` input: a YAML mapping of host → header name → value, as in the config. */
export function parseLinkHeaders(text: string): { value: z.output<typeof headerMap> } | { problem: string } {
  if (text.trim() === "") return { value: {} };
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { problem: `not YAML: ${doc.errors[0]?.message.split("\n")[0] ?? ""}` };
  const parsed = headerMap.safeParse(doc.toJS());
  return parsed.success
    ? { value: parsed.data }
    : {
        problem:
          "a mapping of host → header name → value, e.g. `docs.example.com: { Authorization: Bearer $DOCS_TOKEN }` (the variable in braces)",
      };
}

/** The config with the inputs' hosts and headers added (an input's header wins over the config's of that name). */
export function withLinkInputs(
  config: Config,
  inputs: { hosts: readonly string[]; headers: Record<string, Record<string, string>> },
): Config {
  if (inputs.hosts.length === 0 && Object.keys(inputs.headers).length === 0) return config;
  const links = config.documentation.links;
  const headers = { ...links.headers };
  for (const [host, h] of Object.entries(inputs.headers)) headers[host] = { ...headers[host], ...h };
  return {
    ...config,
    documentation: {
      ...config.documentation,
      links: {
        ...links,
        "allow-private-hosts": [...links["allow-private-hosts"], ...inputs.hosts],
        headers,
      },
    },
  };
}
