/**
 * The public site needs no JavaScript: its pages arrive as plain HTML, without the framework's
 * client runtime (no script but JSON-LD, none loaded, a CSP that allows none), and everything a
 * reader does (switch language, filter the timeline, search, open a citation) works in a browser
 * with JavaScript turned off.
 */
import { get, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, e2eApps, useBrowser } from "../support/browser";

const EVENT = "/en/events/2025-03-07-ottawa-chung-epp-consultation";
const CONTENT_PAGES: [string, string][] = [
  ["home", "/en"],
  ["timeline", "/en/events"],
  ["filtered timeline", "/en/events?type=visit"],
  ["event", EVENT],
  ["agreement", "/en/agreements/canada-korea-free-trade-agreement"],
  ["source", "/en/sources/analysis-2025-03-korea-canada-ottawa-meeting"],
  ["search", "/fr/search?q=defence"],
  ["Korean area list", "/ko/areas"],
];

/** Every `<script>` of a page with the type it declares ("" for none). */
const scriptTypes = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => /\stype="([^"]*)"/i.exec(m[1] ?? "")?.[1] ?? `code ${m[1]}`);

/** The bytes on the wire (fetch would decode them). */
function rawGet(url: string, encoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    }).on("error", reject);
  });
}

describe("public pages without the client runtime", () => {
  const browser = useBrowser();

  it.each(CONTENT_PAGES)("the %s page carries no script but JSON-LD, preloads none, and its CSP allows none", async (_name, path) => {
    for (const encoding of ["gzip", "br", "identity"]) {
      const res = await fetch(`${e2eApps().webUrl}${path}`, { headers: { "accept-encoding": encoding } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("</html>");
      expect(scriptTypes(html).filter((t) => t !== "application/ld+json")).toEqual([]);
      expect(html).not.toMatch(/<link\b[^>]*(rel="modulepreload"|as="script")/);
      expect(html).not.toContain("__next_f");
      // The stylesheet stays.
      expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
      expect(res.headers.get("content-security-policy")).toMatch(/(^|; )script-src 'none'(;|$)/);
    }
  });

  it("keeps JSON-LD on the pages that have it", async () => {
    const html = await (await fetch(`${e2eApps().webUrl}${EVENT}`)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks.length).toBeGreaterThan(0);
    expect(JSON.parse(blocks[0]?.[1] ?? "")).toMatchObject({ "@context": "https://schema.org", "@type": "Event" });
  });

  it("sends each page compressed as asked, whole, with its length", async () => {
    for (const encoding of ["gzip", "br", "identity"]) {
      const { headers, body } = await rawGet(`${e2eApps().webUrl}/en`, encoding);
      // Compressed as the reader asked, or not at all.
      const sent = headers["content-encoding"] ?? "identity";
      expect([encoding, "identity"]).toContain(sent);
      if (encoding === "gzip") expect(sent).toBe("gzip");
      expect(Number(headers["content-length"])).toBe(body.length);
      const html = (sent === "gzip" ? gunzipSync(body) : sent === "br" ? brotliDecompressSync(body) : body).toString("utf8");
      expect(html).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>$/);
    }
  });

  it.each([
    ["an unknown event", "/en/events/no-such-event", "en", "Not found"],
    ["an unknown address", "/fr/no/such/page", "fr", "Page introuvable"],
    ["the 404 page's own address", "/ko/missing", "ko", null],
  ])("answers %s with the 404 page drawn on the server, without script", async (_name, path, lang, title) => {
    const res = await fetch(`${e2eApps().webUrl}${path}`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).not.toContain("__next_error__");
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    if (title) expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toMatch(/<form [^>]*action="\/[a-z]{2}\/search"/);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(scriptTypes(html)).toEqual([]);
    expect(res.headers.get("content-security-policy")).toMatch(/(^|; )script-src 'none'(;|$)/);
  });

  it.each(["/en", "/en/events", EVENT, "/en/sources/analysis-2025-03-korea-canada-ottawa-meeting"])(
    "%s loads no JavaScript file in Chromium",
    async (path) => {
      const page = await browser().newPage();
      const scripts: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "script") scripts.push(r.url());
      });
      const res = await page.goto(`${e2eApps().webUrl}${path}`, { waitUntil: "networkidle" });
      expect(res?.status()).toBe(200);
      expect(scripts).toEqual([]);
      await page.close();
    },
  );
});

describe("the public site with JavaScript turned off", () => {
  let chrome: Browser | null = null;
  let page: Page;
  beforeAll(async () => {
    chrome = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-dev-shm-usage"],
    });
    page = await (await chrome.newContext({ javaScriptEnabled: false })).newPage();
  });
  afterAll(async () => chrome?.close());

  it("really runs no script", async () => {
    await page.goto(`${e2eApps().webUrl}/en`);
    await page.setContent("<p id=p>html</p><script>document.getElementById('p').textContent = 'js'</script>");
    await expect(page.locator("#p").textContent()).resolves.toBe("html");
  });

  it("switches language on the same page", async () => {
    await page.goto(`${e2eApps().webUrl}${EVENT}`);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await page.waitForURL((u) => u.pathname === EVENT.replace("/en/", "/fr/"));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("fr");
    await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "한국어" }).click();
    await page.waitForURL((u) => u.pathname === EVENT.replace("/en/", "/ko/"));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ko");
  });

  it("filters the timeline through its form, on a phone too (the filters behind their one control)", async () => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${e2eApps().webUrl}/en/events`);
      const all = await page.locator("ol.events li").count();
      if (width < 768) await page.locator(".filters-panel > summary").click();
      await page.getByLabel("Type").selectOption("visit");
      await page.getByRole("button", { name: "Show" }).click();
      await page.waitForURL((u) => u.searchParams.get("type") === "visit");
      const types = await page.locator("ol.events li .meta").allTextContents();
      expect(types.length).toBeGreaterThan(0);
      expect(types.length).toBeLessThan(all);
      expect(new Set(types)).toEqual(new Set(["Visit"]));
    }
  });

  it("shows the 404 page, which offers a search", async () => {
    const res = await page.goto(`${e2eApps().webUrl}/en/events/no-such-event`);
    expect(res?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("Not found");
    await page.locator("main").getByRole("searchbox").fill("Ottawa");
    await page.locator("main").getByRole("button", { name: "Search" }).click();
    await page.waitForURL((u) => u.pathname === "/en/search" && u.searchParams.get("q") === "Ottawa");
  });

  it("searches, and opens a citation in place", async () => {
    await page.goto(`${e2eApps().webUrl}/en/search`);
    await page.locator("main").getByRole("searchbox").fill("critical minerals");
    await page.locator("main").getByRole("button", { name: "Search" }).click();
    await page.waitForURL((u) => u.searchParams.get("q") === "critical minerals");
    await expect(page.locator("main").textContent()).resolves.toContain("Ottawa");

    await page.goto(`${e2eApps().webUrl}${EVENT}`);
    const citation = page.locator("ol.citations details").first();
    await expect(citation.locator("blockquote").isVisible()).resolves.toBe(false);
    await citation.locator("summary").click();
    await expect(citation.locator("blockquote").isVisible()).resolves.toBe(true);
  });
});
