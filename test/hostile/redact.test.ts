/** The one redaction module, and the outputs that depend on it directly: link display and the link cache. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { boundedText, redact } from "../../src/core/util/redact.js";
import { displayUrl } from "../../src/core/util/display-url.js";
import { LinkCache } from "../../src/links/link-cache.js";

const S = "zq7PLANTEDsecretVALUE4xk9";

describe("redact", () => {
  it.each([
    [`http://${S}@host/`, "http://***@host/"],
    [`https://u:${S}@host/p`, "https://***@host/p"],
    [`https://x.test/a?access_token=${S}&page=2`, "https://x.test/a?access_token=***&page=2"],
    [`https://x.test/cb#access_token=${S}`, "https://x.test/cb#access_token=***"],
    [
      `https://b.test/o?X-Amz-Credential=AK%2F&X-Amz-Signature=${S}`,
      "https://b.test/o?X-Amz-Credential=***&X-Amz-Signature=***",
    ],
    [`https://b.blob.test/c?sv=2020&sig=${S}`, "https://b.blob.test/c?sv=2020&sig=***"],
    [
      `http_req_duration{url:https://api.test/x?access_token=${S}}`,
      "http_req_duration{url:https://api.test/x?access_token=***}",
    ],
    [`HTTPError('401 for X-Api-Key: ${S}')`, "HTTPError('401 for X-Api-Key: ***')"],
    [`Cookie: session=${S}; theme=dark`, "Cookie: ***"],
    [`Authorization: Bearer ${S}`, "Authorization: ***"],
    [`bad body {"password": "${S}", "user": "a"}`, 'bad body {"password": "***", "user": "a"}'],
    [`{'client_secret': '${S}'}`, "{'client_secret': '***'}"],
    [`password=${S} next`, "password=*** next"],
    ["AKIAIOSFODNN7EXAMPLE and ghp_0123456789abcdefghijABCDEFGH", "*** and ***"],
  ])("%s", (input, output) => {
    expect(redact(input)).toBe(output);
    expect(redact(output)).toBe(output);
  });

  it("leaves ordinary text and URLs alone", () => {
    for (const t of ["https://example.com/docs?page=2&sort=asc#install", "keyboard=qwerty", "user@example.com wrote"])
      expect(redact(t)).toBe(t);
  });

  it("is linear on hostile strings", () => {
    const t0 = performance.now();
    for (const s of [
      "?token".repeat(50_000),
      `${"x-".repeat(100_000)}key`,
      "'password'".repeat(30_000),
      `http://${"a".repeat(200_000)}`,
    ])
      redact(s);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it("boundedText cuts, folds lines and removes bidi controls", () => {
    expect(boundedText(`a\u202eb\nc${"x".repeat(50)}`, 10)).toBe("ab cxxxxx…");
  });
});

describe("outputs built on it", () => {
  it("a link's URL and a signed redirect target are shown masked", () => {
    expect(displayUrl(`https://docs.test/p?access_token=${S}`)).toBe("https://docs.test/p?access_token=***");
    expect(displayUrl(`https://cdn.test/f?X-Amz-Signature=${S}`)).toBe("https://cdn.test/f?X-Amz-Signature=***");
  });

  it("the link cache never stores a URL that carries a credential, nor an unmasked redirect target", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "rg-cache-")), "links.json");
    const cache = new LinkCache(file, 86_400_000);
    cache.set({ url: `https://docs.test/p?access_token=${S}`, outcome: "ok", status: 200 }, 1_000, false);
    cache.set({ url: `http://${S}@docs.test/`, outcome: "ok", status: 200 }, 1_000, false);
    cache.set(
      { url: "https://docs.test/old", outcome: "redirected", redirectedTo: `https://cdn.test/f?X-Amz-Signature=${S}` },
      1_000,
      false,
    );
    await cache.save(1_000);
    const saved = readFileSync(file, "utf8");
    expect(saved).not.toContain(S);
    expect(Object.keys(JSON.parse(saved).entries)).toEqual(["https://docs.test/old"]);
  });
});
