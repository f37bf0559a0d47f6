/** Per-host request headers from the config, with `${VAR}` taken from the environment. Values are never shown. */

export type HeaderMap = Record<string, Record<string, string>>;

export interface ResolvedHeaders {
  /** host (lower case) → header name → value */
  byHost: Map<string, Record<string, string>>;
  /** One sentence per header that could not be filled (names only, never values). */
  problems: string[];
}

export function resolveHeaders(map: HeaderMap, env: Record<string, string | undefined>): ResolvedHeaders {
  const byHost = new Map<string, Record<string, string>>();
  const problems: string[] = [];
  for (const [host, headers] of Object.entries(map)) {
    const out: Record<string, string> = {};
    for (const [name, template] of Object.entries(headers)) {
      const missing: string[] = [];
      const value = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, v: string) => {
        const found = env[v];
        if (found === undefined || found === "") missing.push(v);
        return found ?? "";
      });
      if (missing.length > 0) {
        problems.push(`header ${name} for ${host} is not sent: environment variable ${missing.join(", ")} is not set`);
        continue;
      }
      out[name.toLowerCase()] = value;
    }
    byHost.set(host.toLowerCase(), out);
  }
  return { byHost, problems };
}

/** Headers for a URL's host: an entry for `host:port` wins over one for the bare host name. */
export function headersFor(resolved: ResolvedHeaders, url: URL): Record<string, string> {
  return resolved.byHost.get(url.host.toLowerCase()) ?? resolved.byHost.get(url.hostname.toLowerCase()) ?? {};
}
