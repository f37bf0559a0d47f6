/**
 * The link checker behind a proxy: HTTPS_PROXY / HTTP_PROXY / NO_PROXY as curl and undici read them. Which
 * requests go through the proxy is decided here (not inside undici's EnvHttpProxyAgent) because the SSRF guard
 * must tell two connections apart: a direct one is pinned to the target's checked addresses, while a proxied one
 * connects to the proxy, which the runner's operator chose and the guard must not refuse. The target host is
 * still resolved and checked before any request, proxied or not (http-client.ts).
 */
import { type Dispatcher, ProxyAgent } from "undici";
import type { ProxySettings } from "./proxy-env.js";

interface NoProxyEntry {
  host: string;
  port: number;
}

const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };

function parseNoProxy(value: string): NoProxyEntry[] | "all" {
  const entries: NoProxyEntry[] = [];
  for (const raw of value.split(/[,\s]+/)) {
    const item = raw.trim().toLowerCase();
    if (item === "") continue;
    if (item === "*") return "all";
    const m = /^(.*?)(?::(\d+))?$/.exec(item.replace(/^\[(.*)\](?=:|$)/, "$1"));
    const host = (m?.[1] ?? item).replace(/^\*?\./, ".");
    entries.push({ host, port: m?.[2] ? Number(m[2]) : 0 });
  }
  return entries;
}

function bypasses(entries: NoProxyEntry[] | "all", url: URL): boolean {
  if (entries === "all") return true;
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = Number(url.port) || DEFAULT_PORTS[url.protocol] || 0;
  return entries.some((e) => {
    if (e.port !== 0 && e.port !== port) return false;
    if (e.host.startsWith(".")) return host.endsWith(e.host) || host === e.host.slice(1);
    return host === e.host || host.endsWith(`.${e.host}`);
  });
}

export interface ProxyRouter {
  /** The proxy's dispatcher for this URL, or null when the request goes direct. */
  dispatcherFor(url: URL): Dispatcher | null;
  close(): Promise<void>;
}

/** Null when no proxy is configured. The proxy's credentials stay in its URL; nothing else is sent to it. */
export function proxyRouter(
  settings: ProxySettings | undefined,
  opts: { timeoutMs: number; connections: number },
): ProxyRouter | null {
  const httpUri = settings?.http;
  const httpsUri = settings?.https ?? httpUri;
  if (!httpUri && !httpsUri) return null;
  const noProxy = parseNoProxy(settings?.noProxy ?? "");
  const agents = new Map<string, ProxyAgent>();
  const agentFor = (uri: string) => {
    let agent = agents.get(uri);
    if (!agent) {
      agent = new ProxyAgent({
        uri,
        connections: opts.connections,
        headersTimeout: opts.timeoutMs,
        bodyTimeout: opts.timeoutMs,
        proxyTls: { timeout: opts.timeoutMs },
        requestTls: { timeout: opts.timeoutMs },
      });
      agents.set(uri, agent);
    }
    return agent;
  };
  return {
    dispatcherFor(url) {
      if (bypasses(noProxy, url)) return null;
      const uri = url.protocol === "https:" ? httpsUri : httpUri;
      return uri ? agentFor(uri) : null;
    },
    close: async () => {
      await Promise.all([...agents.values()].map((a) => a.close()));
    },
  };
}
