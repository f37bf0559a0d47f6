import { describe, expect, it } from "vitest";
import { checkAddresses, classifyAddress, compileAllowList, parseIp } from "../../src/links/address-policy.js";

describe("classifyAddress", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["93.184.216.34", "public"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["172.15.255.255", "public"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"],
    ["100.128.0.1", "public"],
    ["169.254.169.254", "link-local"],
    ["169.254.0.1", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["240.0.0.1", "reserved"],
    ["198.18.0.1", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["[::1]", "loopback"],
    ["fc00::1", "private"],
    ["fd12:3456:789a::1", "private"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fec0::1", "private"],
    ["ff02::1", "multicast"],
    ["2606:4700::1111", "public"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:8.8.8.8", "public"],
    ["::127.0.0.1", "loopback"],
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["2002:7f00:1::", "loopback"],
    ["2002:0808:0808::", "public"],
    ["not-an-ip", "invalid"],
    ["256.1.1.1", "invalid"],
    ["1.2.3", "invalid"],
  ])("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe("parseIp", () => {
  it("expands IPv6 and embedded IPv4", () => {
    expect(parseIp("::ffff:1.2.3.4")?.bytes).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 1, 2, 3, 4]);
    expect(parseIp("2001:db8::1")?.bytes).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIp("10.0.0.1")).toEqual({ family: 4, bytes: [10, 0, 0, 1] });
    expect(parseIp("example.com")).toBeNull();
  });
});

describe("checkAddresses", () => {
  const none = compileAllowList([]);
  it("allows public addresses and refuses any non-public one among several", () => {
    expect(checkAddresses("example.com", ["93.184.216.34"], none)).toEqual({ allowed: true });
    expect(checkAddresses("split.example", ["93.184.216.34", "10.0.0.2"], none)).toEqual({
      allowed: false,
      address: "10.0.0.2",
      addressClass: "private",
    });
    expect(checkAddresses("localhost", ["127.0.0.1", "::1"], none)).toEqual({
      allowed: false,
      address: "127.0.0.1",
      addressClass: "loopback",
    });
  });
  it("allows listed hosts, addresses and ranges", () => {
    const allow = compileAllowList(["LocalHost", "127.0.0.1", "10.1.0.0/16", "::1"]);
    expect(checkAddresses("localhost", ["127.0.0.1", "::1"], allow)).toEqual({ allowed: true });
    expect(checkAddresses("anything.test", ["127.0.0.1"], allow)).toEqual({ allowed: true });
    expect(checkAddresses("anything.test", ["::1"], allow)).toEqual({ allowed: true });
    expect(checkAddresses("anything.test", ["10.1.200.3"], allow)).toEqual({ allowed: true });
    expect(checkAddresses("anything.test", ["10.2.0.1"], allow)).toMatchObject({ allowed: false, address: "10.2.0.1" });
    expect(checkAddresses("anything.test", ["127.0.0.2"], allow)).toMatchObject({
      allowed: false,
      addressClass: "loopback",
    });
    expect(checkAddresses("meta.test", ["169.254.169.254"], allow)).toMatchObject({
      allowed: false,
      addressClass: "link-local",
    });
  });
});
