import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, crossSiteRefusal, guardRequest, securityHeaders } from "./request-guard";

const trusted = ["http://localhost:3001"];
const post = (headers: Record<string, string>) => ({ method: "POST", headers: new Headers(headers) });

describe("cross-site writes", () => {
  it("lets reads through whatever their origin", () => {
    expect(crossSiteRefusal({ method: "GET", headers: new Headers({ origin: "http://evil.test" }) }, trusted)).toBeNull();
  });
  it("accepts a write from a trusted origin or a same-origin fetch", () => {
    expect(crossSiteRefusal(post({ origin: "http://localhost:3001" }), trusted)).toBeNull();
    expect(crossSiteRefusal(post({ "sec-fetch-site": "same-origin" }), trusted)).toBeNull();
  });
  it.each([
    [{ origin: "http://evil.test" }],
    [{ origin: "http://localhost:3001.evil.test" }],
    [{ origin: "http://localhost:30011" }],
    [{ origin: "https://localhost:3001" }],
    [{ origin: "null" }],
    [{ origin: "http://localhost:3001/path" }],
    [{}],
    [{ "sec-fetch-site": "cross-site" }],
    [{ "sec-fetch-site": "same-site" }],
    [{ origin: "http://evil.test", "sec-fetch-site": "same-origin" }],
  ])("refuses %j", (headers) => {
    expect(crossSiteRefusal(post(headers), trusted)).toMatch(/not accepted|which page sent them/);
  });
  it("lets non-browser writes without an origin through where no origin is required", () => {
    expect(crossSiteRefusal(post({}), trusted, false)).toBeNull();
    expect(crossSiteRefusal(post({ "sec-fetch-site": "cross-site" }), trusted, false)).not.toBeNull();
    expect(crossSiteRefusal(post({ origin: "http://evil.test" }), trusted, false)).not.toBeNull();
  });
});

describe("security headers", () => {
  it("HSTS and upgrade-insecure-requests only when the app is served over https", () => {
    const https = securityHeaders("n0nce", { publicUrl: "https://ties.example", frameAncestors: "'none'" });
    expect(https["strict-transport-security"]).toMatch(/max-age=\d{8}/);
    expect(https["content-security-policy"]).toContain("upgrade-insecure-requests");
    const http = securityHeaders("n0nce", { publicUrl: "http://localhost:3000", frameAncestors: "'self'" });
    expect(http["strict-transport-security"]).toBeUndefined();
    expect(http["x-frame-options"]).toBe("SAMEORIGIN");
  });
  it("scripts only with the nonce", () => {
    expect(contentSecurityPolicy("abc", { publicUrl: "http://x", frameAncestors: "'none'" })).toContain(
      "script-src 'self' 'nonce-abc' 'strict-dynamic'",
    );
  });
  it("a refused write gets a 403 JSON body; an accepted request a fresh nonce and a request id", () => {
    const opts = { trustedOrigins: trusted, publicUrl: trusted[0] as string, requireOrigin: true, frameAncestors: "'none'" as const };
    const refused = guardRequest(
      new Request("http://localhost:3001/api/trpc/x", { method: "POST", headers: { origin: "null" } }),
      "/api/trpc/x",
      opts,
    );
    expect(refused.refusal?.status).toBe(403);
    const a = guardRequest(new Request("http://localhost:3001/"), "/", opts);
    const b = guardRequest(new Request("http://localhost:3001/"), "/", opts);
    if (a.refusal || b.refusal) throw new Error("refused a read");
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.requestHeaders.get("content-security-policy")).toContain(`'nonce-${a.nonce}'`);
    expect(a.responseHeaders.get("x-request-id")).toBe(a.requestId);
  });
});
