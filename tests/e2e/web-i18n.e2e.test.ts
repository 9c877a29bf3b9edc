/** The public site in three languages, in a real browser: redirects, translated navigation and dates, switcher, hreflang. */
import { describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";

const OTTAWA = "2025-03-07-ottawa-chung-epp-consultation";

describe("public site in English, French and Korean", () => {
  const browser = useBrowser();

  it("redirects / and old unprefixed paths by Accept-Language", async () => {
    for (const [lang, prefix] of [
      ["fr-CA,fr;q=0.9", "/fr"],
      ["ko-KR,ko;q=0.9", "/ko"],
      ["de-DE", "/en"],
    ] as const) {
      const res = await fetch(`${e2eApps().webUrl}/events/${OTTAWA}`, { headers: { "accept-language": lang }, redirect: "manual" });
      expect(res.status).toBeGreaterThanOrEqual(300);
      expect(res.status).toBeLessThan(400);
      expect(new URL(res.headers.get("location")!, e2eApps().webUrl).pathname).toBe(`${prefix}/events/${OTTAWA}`);
    }
    const home = await fetch(`${e2eApps().webUrl}/`, { headers: { "accept-language": "ko" }, redirect: "manual" });
    expect(new URL(home.headers.get("location")!, e2eApps().webUrl).pathname).toBe("/ko");
  });

  it("renders the French home, timeline and event with translated navigation and French dates", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/fr`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("fr");
    await expect(page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Chronologie" }).count()).resolves.toBe(1);
    await page.goto(`${e2eApps().webUrl}/fr/events`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Chronologie");
    await expect(page.locator("main p.meta[aria-live]").textContent()).resolves.toMatch(/^\d+ événements affichés\.$/);
    await page.goto(`${e2eApps().webUrl}/fr/events/${OTTAWA}`);
    // The curators' French title, and the date the French way.
    await expect(page.locator("h1").textContent()).resolves.toContain("Consultations de hauts fonctionnaires à Ottawa");
    await expect(page.locator(".kicker time").textContent()).resolves.toBe("7 mars 2025");
    await expect(page.locator(".kicker").textContent()).resolves.toMatch(/^Rencontre · /);
    // Untranslated text is marked.
    await expect(page.locator(".in-english").first().textContent()).resolves.toBe("en anglais");
  });

  it("renders the Korean home, timeline and event with Korean navigation and dates", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/ko`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ko");
    await expect(page.locator("h1").textContent()).resolves.toBe("한국–캐나다 관계 기록");
    await page.goto(`${e2eApps().webUrl}/ko/events`);
    await expect(page.locator("h1").textContent()).resolves.toBe("연표");
    await expect(page.locator("main p.meta[aria-live]").textContent()).resolves.toMatch(/^사건 \d+건$/);
    await page.goto(`${e2eApps().webUrl}/ko/events/${OTTAWA}`);
    await expect(page.locator(".kicker time").textContent()).resolves.toBe("2025년 3월 7일");
    await expect(page.locator(".kicker").textContent()).resolves.toMatch(/^회담 · /);
    // No French or Korean title here: the English one, marked.
    await expect(page.locator("h1 .in-english").textContent()).resolves.toBe("영어 원문");
    await expect(page.locator("h1 [lang='en']").textContent()).resolves.toContain("Ottawa");
  });

  it("switches language on the same page, and every page names its translations and canonical address", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/en/events/${OTTAWA}`);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await page.waitForURL(new RegExp(`/fr/events/${OTTAWA}$`));
    const links = await page
      .locator("link[rel='alternate'][hreflang]")
      .evaluateAll((ls) => Object.fromEntries(ls.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname])));
    expect(links).toMatchObject({
      en: `/en/events/${OTTAWA}`,
      fr: `/fr/events/${OTTAWA}`,
      ko: `/ko/events/${OTTAWA}`,
      "x-default": `/en/events/${OTTAWA}`,
    });
    const canonical = await page.locator("link[rel='canonical']").getAttribute("href");
    expect(new URL(canonical!).pathname).toBe(`/fr/events/${OTTAWA}`);
    const og = await page.locator("meta[property='og:image']").getAttribute("content");
    expect(og).toContain("opengraph-image");
    const image = await fetch(og!.replace(/^https?:\/\/[^/]+/, e2eApps().webUrl));
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
  });

  it("shows labels, never codes, on a Korean agreement page", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/ko/agreements/canada-korea-free-trade-agreement`);
    await expect(page.locator("article > p .agreement-status").textContent()).resolves.toBe("발효");
    await expect(page.locator(".kicker").textContent()).resolves.toMatch(/^자유무역협정 · /);
    const timeline = await page.locator("ol.timeline li").allTextContents();
    expect(timeline[0]).toMatch(/^2014년 9월 22일 서명/);
    // What a reader sees (innerText leaves out the JSON-LD for machines).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point; textContent would include the JSON-LD
    const body = await page.locator("main").innerText();
    expect(body).not.toMatch(/\bfta\b|\bin_force\b|\bKR\b|\bCA\b/);
  });
});
