/** The proxy variables of an environment (no network code here: the front doors import it eagerly). */

export interface ProxySettings {
  /** Proxy for `http:` links (HTTP_PROXY). */
  http?: string;
  /** Proxy for `https:` links (HTTPS_PROXY); without it `https:` links use the HTTP proxy, as undici does. */
  https?: string;
  /** NO_PROXY: host names, `.domain` / `*.domain` suffixes, `host:port`, or `*` for none. */
  noProxy?: string;
}

/** The proxy variables of an environment, lower case first (curl's order). Empty values count as unset. */
export function proxyFromEnv(env: Record<string, string | undefined>): ProxySettings {
  const pick = (name: string) => env[name.toLowerCase()] || env[name] || undefined;
  const http = pick("HTTP_PROXY");
  const https = pick("HTTPS_PROXY");
  const noProxy = pick("NO_PROXY");
  return { ...(http ? { http } : {}), ...(https ? { https } : {}), ...(noProxy ? { noProxy } : {}) };
}
