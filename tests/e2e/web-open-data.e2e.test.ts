/** Feeds, open-data downloads and search-engine files served by the public site. */
import { describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";

const get = (path: string) => fetch(`${e2eApps().webUrl}${path}`);

describe("open data and feeds", () => {
  const browser = useBrowser();

  it("serves the whole published record as JSON with its licence, version and counts", async () => {
    const res = await get("/data/ties.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const data = await res.json();
    expect(data.licence.url).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(data.version).toMatch(/^[0-9a-f]{16}$/);
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`filename="ties-(${data.version}-)?${data.statusesAsOf}\\.json"`));
    expect(data.counts.events).toBe(data.events.length);
    expect(data.events.length).toBeGreaterThan(0);
    expect(data.agreements.some((a: { shortName: string | null }) => a.shortName === "GSOIA")).toBe(true);
    // Sources are public metadata only: never their full text.
    expect(JSON.stringify(data.sources)).not.toContain('"text"');
    const again = await (await get("/data/ties.json")).json();
    expect(again.version).toBe(data.version);
  });

  it("sends each whole-record download from the file kept once it was written, until the record changes", async () => {
    for (const path of ["/data/ties.json", "/data/events.csv", "/feeds/calendar.ics"]) {
      const text = await (await get(path)).text();
      // A new address passes the answers kept in memory, so the route itself answers, from the file.
      const res = await get(`${path}?copy=${Date.now()}`);
      const etag = res.headers.get("etag");
      expect(etag, path).toMatch(/^"[\w-]{22}"$/);
      expect(await res.text()).toBe(text);
      if (path === "/data/ties.json") {
        const { version, statusesAsOf } = JSON.parse(text);
        expect(res.headers.get("content-disposition")).toContain(`filename="ties-${version}-${statusesAsOf}.json"`);
      }
      const unchanged = await fetch(`${e2eApps().webUrl}${path}?again=${Date.now()}`, { headers: { "if-none-match": etag ?? "" } });
      expect(unchanged.status, path).toBe(304);
    }
  });

  it("serves events as CSV with a header row, one row per published event", async () => {
    const [csv, json] = await Promise.all([get("/data/events.csv").then((r) => r.text()), get("/data/ties.json").then((r) => r.json())]);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,slug,date,first_day,last_day,precision,type,plover,title,city,country,areas,url");
    expect(lines).toHaveLength(json.events.length + 1);
  });

  it("serves an Atom feed of events in publication order and a calendar of due dates", async () => {
    const atom = await get("/feeds/events.atom");
    expect(atom.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await atom.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const published = [...xml.matchAll(/<entry>[\s\S]*?<published>([^<]+)<\/published>/g)].map((m) => m[1]!);
    expect(published.length).toBeGreaterThan(0);
    expect([...published].sort().reverse()).toEqual(published);
    const ics = await (await get("/feeds/calendar.ics")).text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    // The Indo-Pacific dialogue pledged "this year" in March 2025 falls due on 31 December 2025.
    expect(ics.replace(/\r\n /g, "")).toMatch(
      /DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\nSUMMARY:Due: [^\r]*Indo-Pacific/i,
    );
  });

  it("lists record pages in the sitemap and points robots at it", async () => {
    const index = await get("/sitemap.xml");
    expect(index.headers.get("content-type")).toMatch(/^application\/xml/);
    const files = [...(await index.text()).matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => new URL(m[1]!).pathname);
    expect(files).toContain("/sitemaps/pages.xml");
    expect(files).toContain("/sitemaps/event-0.xml");
    const sitemap = (await Promise.all(files.map(async (f) => (await get(f)).text()))).join("\n");
    expect(sitemap).toContain("/en/events/2025-03-07-ottawa-chung-epp-consultation</loc>");
    expect(sitemap).toContain("/ko/agreements/canada-korea-free-trade-agreement</loc>");
    expect(sitemap).toContain("/fr/sources</loc>");
    // Each address names its translations.
    expect(sitemap).toMatch(
      /<url><loc>[^<]+\/en\/people\/weldon-epp<\/loc><xhtml:link rel="alternate" hreflang="en"[^>]+\/><xhtml:link rel="alternate" hreflang="fr"/,
    );
    expect((await get("/sitemaps/event-999.xml")).status).toBe(404);
    expect((await get("/sitemaps/nothing.xml")).status).toBe(404);
    const robots = await (await get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });

  it("describes an event with schema.org JSON-LD and links the feed from its head", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/events/2025-03-07-ottawa-chung-epp-consultation`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld["@type"]).toBe("Event");
    expect(ld.startDate).toBe("2025-03-07");
    expect(ld.performer.map((p: { name: string }) => p.name)).toContain("Weldon Epp");
    const feed = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
    expect(new URL(feed!, e2eApps().webUrl).pathname).toBe("/feeds/events.atom");
  });

  it("shows a commitment with its computed status and where it was made", async () => {
    const page = await browser().newPage();
    await page.goto(e2eApps().webUrl);
    await page
      .locator("ul.commitments li", { has: page.locator(".status-overdue") })
      .first()
      .locator("a")
      .click();
    await page.waitForURL(/\/commitments\//);
    await expect(page.locator(".status").first().textContent()).resolves.toBe("Overdue");
    const madeAt = page.locator("a.made-at");
    await expect(madeAt.getAttribute("href")).resolves.toMatch(/^\/en\/events\//);
    await madeAt.click();
    await page.waitForURL(/\/events\//);
    await expect(page.locator("h1").count()).resolves.toBe(1);
  });
});
