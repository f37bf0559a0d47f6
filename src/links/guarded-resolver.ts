/**
 * The SSRF guard's network half: resolves a host once per run, checks every address against the policy, and
 * hands the HTTP client only those checked addresses (the client's `lookup` never asks DNS again), so a second DNS
 * answer cannot swap a public address for a private one between the check and the connection.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupAddress } from "node:dns";
import { type AllowList, checkAddresses, parseIp } from "./address-policy.js";

export type LookupFn = (hostname: string) => Promise<LookupAddress[]>;

export type Resolution =
  | { ok: true; addresses: LookupAddress[] }
  | { ok: false; kind: "blocked" | "dns"; detail: string; retryable: boolean };

export const defaultLookup: LookupFn = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export class BlockedAddressError extends Error {
  readonly code = "ERR_LINK_BLOCKED";
}

export function bareHostname(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, "").toLowerCase();
}

export class GuardedResolver {
  private readonly answers = new Map<string, Promise<Resolution>>();

  constructor(
    private readonly lookup: LookupFn,
    private readonly allow: AllowList,
  ) {}

  resolve(hostname: string): Promise<Resolution> {
    const host = bareHostname(hostname);
    let answer = this.answers.get(host);
    if (!answer) {
      answer = this.resolveUncached(host);
      this.answers.set(host, answer);
      // A temporary DNS failure is not remembered, so a retry asks again.
      answer.then((r) => {
        if (!r.ok && r.retryable) this.answers.delete(host);
      });
    }
    return answer;
  }

  private async resolveUncached(host: string): Promise<Resolution> {
    let addresses: LookupAddress[];
    const literal = parseIp(host);
    if (literal) {
      addresses = [{ address: host, family: literal.family }];
    } else {
      try {
        addresses = await this.lookup(host);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? "";
        const retryable = code === "EAI_AGAIN";
        return {
          ok: false,
          kind: "dns",
          retryable,
          detail: `the host name ${host} does not resolve (${code || "lookup failed"})`,
        };
      }
      if (addresses.length === 0)
        return { ok: false, kind: "dns", retryable: false, detail: `the host name ${host} has no address` };
    }
    const verdict = checkAddresses(
      host,
      addresses.map((a) => a.address),
      this.allow,
    );
    if (!verdict.allowed) {
      const via = literal ? "" : ` (${host} resolves to ${verdict.address})`;
      return {
        ok: false,
        kind: "blocked",
        retryable: false,
        detail: `not checked: ${verdict.addressClass} address${via}; list the host in documentation.links.allow-private-hosts to allow it`,
      };
    }
    return { ok: true, addresses };
  }

  /** `lookup` for the socket: answers only with addresses this resolver has checked and allowed. */
  readonly connectLookup = (
    hostname: string,
    options: { all?: boolean; family?: number | string },
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    this.resolve(hostname).then(
      (r) => {
        if (!r.ok) {
          callback(
            r.kind === "blocked"
              ? new BlockedAddressError(r.detail)
              : Object.assign(new Error(r.detail), { code: "ENOTFOUND" }),
            "",
          );
          return;
        }
        const wanted =
          options.family === 4 || options.family === "IPv4"
            ? 4
            : options.family === 6 || options.family === "IPv6"
              ? 6
              : 0;
        const list = wanted ? r.addresses.filter((a) => a.family === wanted) : r.addresses;
        if (list.length === 0) {
          callback(Object.assign(new Error(`no IPv${wanted} address for ${hostname}`), { code: "ENOTFOUND" }), "");
          return;
        }
        if (options.all) callback(null, list);
        else callback(null, list[0]!.address, list[0]!.family);
      },
      (e: Error) => callback(e, ""),
    );
  };
}
