/**
 * Which network addresses a link check may connect to (the SSRF guard's pure half). Documentation links come from
 * pull requests, so a link (or a redirect, or a DNS answer) must not make the runner talk to its own loopback,
 * the private network, or the cloud metadata service.
 */
import { isIP } from "node:net";

export type AddressClass =
  | "public"
  | "loopback"
  | "private"
  | "link-local"
  | "unspecified"
  | "multicast"
  | "reserved"
  | "invalid";

interface ParsedIp {
  family: 4 | 6;
  bytes: number[];
}

function parseV4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    bytes.push(n);
  }
  return bytes;
}

function parseV6(text: string): number[] | null {
  let rest = text;
  let tail: number[] = [];
  // An embedded dotted quad at the end (`::ffff:127.0.0.1`) stands for the last two groups.
  const lastColon = rest.lastIndexOf(":");
  if (rest.slice(lastColon + 1).includes(".")) {
    const v4 = parseV4(rest.slice(lastColon + 1));
    if (!v4) return null;
    tail = v4;
    rest = `${rest.slice(0, lastColon + 1)}0:0`;
  }
  const halves = rest.split("::");
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === "" ? [] : s.split(":"));
  const head = groups(halves[0] ?? "");
  const back = halves.length === 2 ? groups(halves[1] ?? "") : [];
  const missing = 8 - head.length - back.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...back];
  const bytes: number[] = [];
  for (const g of all) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return null;
    const n = Number.parseInt(g, 16);
    bytes.push(n >> 8, n & 0xff);
  }
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** Parses an IPv4 or IPv6 address (brackets and a `%zone` suffix are allowed); null when it is not one. */
export function parseIp(address: string): ParsedIp | null {
  let text = address.trim();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  const kind = isIP(text);
  if (kind === 4) {
    const bytes = parseV4(text);
    return bytes ? { family: 4, bytes } : null;
  }
  if (kind === 6) {
    const bytes = parseV6(text.toLowerCase());
    return bytes ? { family: 6, bytes } : null;
  }
  return null;
}

function classifyV4(b: number[]): AddressClass {
  const [a = 0, c = 0] = b;
  if (a === 0) return "unspecified"; // 0.0.0.0/8 "this network": connecting to it reaches the local host
  if (a === 127) return "loopback";
  if (a === 10) return "private";
  if (a === 172 && c >= 16 && c <= 31) return "private";
  if (a === 192 && c === 168) return "private";
  if (a === 100 && c >= 64 && c <= 127) return "private"; // carrier-grade NAT, 100.64.0.0/10
  if (a === 169 && c === 254) return "link-local"; // includes 169.254.169.254, the cloud metadata service
  if (a >= 224 && a <= 239) return "multicast";
  if (a >= 240) return "reserved"; // 240.0.0.0/4 and the broadcast address
  if (a === 192 && c === 0 && b[2] === 0) return "reserved"; // 192.0.0.0/24 protocol assignments
  if (a === 198 && (c === 18 || c === 19)) return "reserved"; // benchmarking 198.18.0.0/15
  return "public";
}

function classifyV6(b: number[]): AddressClass {
  const zeroUpTo = (n: number) => b.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(16)) return "unspecified";
  if (zeroUpTo(15) && b[15] === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible (::a.b.c.d) forms reach the IPv4 address.
  if (zeroUpTo(10) && b[10] === 0xff && b[11] === 0xff) return classifyV4(b.slice(12));
  if (zeroUpTo(12)) return classifyV4(b.slice(12));
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) embed an IPv4 address a gateway will connect to.
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && b.slice(4, 12).every((x) => x === 0)) {
    return classifyV4(b.slice(12));
  }
  if (b[0] === 0x20 && b[1] === 0x02) {
    const inner = classifyV4(b.slice(2, 6));
    if (inner !== "public") return inner;
  }
  const first = b[0] ?? 0;
  const second = b[1] ?? 0;
  if ((first & 0xfe) === 0xfc) return "private"; // unique local fc00::/7
  if (first === 0xfe && (second & 0xc0) === 0x80) return "link-local"; // fe80::/10
  if (first === 0xfe && (second & 0xc0) === 0xc0) return "private"; // deprecated site-local fec0::/10
  if (first === 0xff) return "multicast";
  return "public";
}

/** The class of an address; anything but `public` is refused unless allowed explicitly. */
export function classifyAddress(address: string): AddressClass {
  const ip = parseIp(address);
  if (!ip) return "invalid";
  return ip.family === 4 ? classifyV4(ip.bytes) : classifyV6(ip.bytes);
}

/** Allow-list entries: host names (exact, case-insensitive), addresses, or CIDR ranges such as `10.0.0.0/8`. */
export interface AllowList {
  hosts: Set<string>;
  ranges: { ip: ParsedIp; prefix: number }[];
}

export function compileAllowList(entries: readonly string[]): AllowList {
  const hosts = new Set<string>();
  const ranges: AllowList["ranges"] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    const slash = entry.indexOf("/");
    const ip = parseIp(slash >= 0 ? entry.slice(0, slash) : entry);
    if (ip) {
      const max = ip.family === 4 ? 32 : 128;
      const prefix = slash >= 0 ? Number(entry.slice(slash + 1)) : max;
      if (Number.isInteger(prefix) && prefix >= 0 && prefix <= max) ranges.push({ ip, prefix });
    } else {
      hosts.add(entry.replace(/^\[|\]$/g, ""));
    }
  }
  return { hosts, ranges };
}

function inRange(ip: ParsedIp, range: { ip: ParsedIp; prefix: number }): boolean {
  if (ip.family !== range.ip.family) return false;
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((ip.bytes[i] ?? 0) & mask) !== ((range.ip.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

export function isAllowedAddress(address: string, allow: AllowList): boolean {
  const ip = parseIp(address);
  return ip !== null && allow.ranges.some((r) => inRange(ip, r));
}

export type AddressVerdict = { allowed: true } | { allowed: false; address: string; addressClass: AddressClass };

/**
 * Decides whether `host` may be contacted at the given resolved addresses. Every address must pass: a name that
 * answers with one public and one private address is refused, since the connection could land on either.
 */
export function checkAddresses(host: string, addresses: readonly string[], allow: AllowList): AddressVerdict {
  const name = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (allow.hosts.has(name)) return { allowed: true };
  for (const address of addresses) {
    const addressClass = classifyAddress(address);
    if (addressClass === "public") continue;
    if (isAllowedAddress(address, allow)) continue;
    return { allowed: false, address, addressClass };
  }
  return { allowed: true };
}
