/**
 * Editorial control in a real browser: an admin disables a curator on /users and the curator's
 * open session is refused at once and cannot sign in again; a source grade and a claim verdict set
 * in the admin app show on the public pages; a record's citations are added, re-pointed and removed
 * on its page and an area given a parent; and the users page, the claims pages and each
 * editor built here pass axe (WCAG 2.2 A/AA) with no sideways scroll at 390 px.
 */
import AxeBuilder from "@axe-core/playwright";
import { createPrismaClient, createRecord, type Db } from "@ties/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAsAdmin } from "../support/admin-session";
import { e2eApps, launchBrowser, useBrowser } from "../support/browser";
import { createAccount, signInAs } from "../support/workbench-accounts";

const tag = Date.now().toString(36);
const SOURCE_SLUG = `editorial-wire-${tag}`;
const CLAIM_SLUG = `editorial-claim-${tag}`;
const actor = { actor: { id: null } };

async function violations(page: Page, name: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return result.violations.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function sidewaysScroll(page: Page, name: string): Promise<string[]> {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  return scroll > client ? [`${name}: ${scroll} px wide on a ${client} px screen`] : [];
}

/** The /users card of an account, paging on until it shows. */
async function userCard(page: Page, email: string) {
  await page.goto(`${e2eApps().adminUrl}/users`);
  for (;;) {
    const card = page.locator("li.user-card", { hasText: email });
    if ((await card.count()) > 0) return card;
    const next = page.getByRole("link", { name: "Next page" });
    if ((await next.count()) === 0) throw new Error(`${email} is not on /users`);
    await next.click();
    await page.waitForLoadState();
  }
}

describe("editorial control", () => {
  const browser = useBrowser();
  let db: Db;
  let sourceId: string;
  let claimId: string;
  let areaId: string;
  beforeAll(async () => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
    areaId = (await db.area.findUniqueOrThrow({ where: { slug: "maritime" }, select: { id: true } })).id;
    const source = await createRecord(
      db,
      "source",
      {
        slug: SOURCE_SLUG,
        kind: "news",
        title: `Editorial wire report ${tag}`,
        publisherName: "Editorial Test Wire",
        publishedAt: "2026-11-02",
        text: "The Canada-Korea Free Trade Agreement was signed on 22 September 2014, the wire reported.",
      },
      { ...actor, state: "published" },
    );
    sourceId = source.id;
    const claim = await createRecord(
      db,
      "claim",
      {
        slug: CLAIM_SLUG,
        sourceId,
        statement: `The agreement was signed on 22 September 2014 (${tag}).`,
        subject: { kind: "agreement", id: "agr-ckfta", field: "signedOn" },
        value: "2014-09-22",
        rank: "preferred",
      },
      { ...actor, state: "published" },
    );
    claimId = claim.id;
    await createRecord(
      db,
      "claim",
      {
        slug: `${CLAIM_SLUG}-other`,
        sourceId,
        statement: `A later summary gives 23 September 2014 (${tag}).`,
        subject: { kind: "agreement", id: "agr-ckfta", field: "signedOn" },
        value: "2014-09-23",
        rank: "deprecated",
      },
      { ...actor, state: "published" },
    );
  });
  afterAll(async () => db?.$disconnect());

  it("disabling a curator ends their open session at once and refuses their next sign-in", { timeout: 180_000 }, async () => {
    const curator = await createAccount(db, "curator", "departing");
    const theirs = await launchBrowser();
    try {
      const curatorPage = await theirs.context.newPage();
      await signInAs(curatorPage, curator);
      await curatorPage.goto(`${e2eApps().adminUrl}/sources`);
      await expect(curatorPage.locator("h1").textContent()).resolves.toBe("Sources");
      const listCall = () =>
        curatorPage.evaluate(async () => (await fetch("/api/trpc/event.adminList?input=%7B%7D", { credentials: "same-origin" })).status);
      expect(await listCall()).toBe(200);

      const page = await browser().newPage();
      await signInAsAdmin(page);
      const card = await userCard(page, curator.email);
      await card.getByRole("textbox", { name: /^Reason for disabling/ }).fill("Left the project");
      await card.getByRole("button", { name: /^Disable / }).click();
      await page.locator("output.notice", { hasText: "Disabled" }).waitFor();
      await expect((await userCard(page, curator.email)).locator(".badge", { hasText: "disabled" }).count()).resolves.toBe(1);

      // The curator's open session: the next API call is refused, the next page sends them to sign in.
      expect(await listCall()).toBe(401);
      await curatorPage.goto(`${e2eApps().adminUrl}/sources`);
      expect(new URL(curatorPage.url()).pathname).toBe("/sign-in");
      // Signing in again fails, with the reason shown.
      await curatorPage.getByLabel("Email").fill(curator.email);
      await curatorPage.getByLabel("Password").fill(curator.password);
      await curatorPage.getByRole("button", { name: "Sign in" }).click();
      const refusal = curatorPage.locator("#sign-in-error");
      await refusal.waitFor();
      await expect(refusal.textContent()).resolves.toMatch(/disabled/i);
      expect(new URL(curatorPage.url()).pathname).toBe("/sign-in");
      const user = await db.user.findUniqueOrThrow({ where: { email: curator.email }, select: { id: true, banned: true } });
      expect(user.banned).toBe(true);
      expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
      await page.close();
    } finally {
      await theirs.close();
    }
  });

  it("shows a source grade and a claim verdict set in the admin app on the public pages", { timeout: 180_000 }, async () => {
    const page = await browser().newPage();
    await signInAsAdmin(page);
    const admin = e2eApps().adminUrl;
    const web = e2eApps().webUrl;

    await page.goto(`${admin}/sources/${sourceId}/edit`);
    await page.getByLabel("Grade (A-F)").selectOption("B");
    await page.getByLabel("Why this grade").fill(`Established wire service, second-hand account (${tag}).`);
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator("output.notice", { hasText: "Saved, with the new grade." }).waitFor();

    await page.goto(`${admin}/claims/${claimId}`);
    // Competing values for the field, side by side, the preferred one marked.
    const values = page.getByRole("list", { name: /^Values for / });
    await expect(values.locator("li").count()).resolves.toBe(2);
    await expect(values.locator("li.is-preferred .value").textContent()).resolves.toBe("2014-09-22");
    await page.getByLabel("Verdict", { exact: true }).selectOption("disputed");
    await page.getByLabel("Reasons").fill(`Another summary gives the next day (${tag}).`);
    await page.getByRole("group", { name: "Sources against" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator("output.notice", { hasText: "Saved." }).waitFor();
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { verdict: true, opposingSourceIds: true } });
    expect(stored.verdict).toBe("disputed");
    expect(stored.opposingSourceIds.length).toBe(1);
    const audits = await db.auditEntry.findMany({ where: { recordId: { in: [claimId, sourceId] } }, select: { action: true } });
    expect(audits.map((a) => a.action).sort()).toEqual(expect.arrayContaining(["grade", "verdict"]));

    expect((await page.goto(`${web}/sources/${SOURCE_SLUG}`))?.status()).toBe(200);
    const sourceText = await page.locator("main").textContent();
    expect(sourceText).toContain(`Established wire service, second-hand account (${tag}).`);
    expect(sourceText).toContain("Usually reliable");
    await expect(
      page
        .locator(".claims li", { hasText: `signed on 22 September 2014 (${tag})` })
        .locator(".verdict-disputed")
        .count(),
    ).resolves.toBe(1);
    expect((await page.goto(`${web}/claims/${CLAIM_SLUG}`))?.status()).toBe(200);
    const claimText = await page.locator("main").textContent();
    expect(claimText).toContain("Disputed");
    expect(claimText).toContain(`Another summary gives the next day (${tag}).`);
    await page.close();
  });

  it("adds, re-points and removes a record's citation, with the quote shown, and sets an area's parent", { timeout: 180_000 }, async () => {
    const org = await createRecord(
      db,
      "organization",
      { slug: `editorial-org-${tag}`, name: { en: `Editorial Test Office ${tag}` }, kind: "agency" },
      actor,
    );
    const page = await browser().newPage();
    await signInAsAdmin(page);
    const admin = e2eApps().adminUrl;
    await page.goto(`${admin}/records/organization/${org.id}`);
    await page.getByText("Add a citation").click();
    const addForm = page.locator("form", { has: page.getByRole("button", { name: "Add the citation" }) });
    await addForm.getByLabel("Source").selectOption(sourceId);
    await addForm.getByLabel("Quote").fill("signed on 22 September 2014");
    await addForm.getByRole("button", { name: "Add the citation" }).click();
    await page.locator("output.notice", { hasText: "Citation added." }).waitFor();
    await expect(page.locator("section.citations-admin blockquote").textContent()).resolves.toBe("signed on 22 September 2014");
    const text = "The Canada-Korea Free Trade Agreement was signed on 22 September 2014, the wire reported.";
    const added = await db.citation.findFirstOrThrow({ where: { targetKind: "organization", targetId: org.id } });
    expect([added.start, added.end]).toEqual([text.indexOf("signed on"), text.indexOf("signed on") + 27]);

    await page.getByText("Re-point citation 1").click();
    const repoint = page.locator("form", { has: page.getByRole("button", { name: "Save citation 1" }) });
    await repoint.getByLabel("Field (optional)").fill("name");
    await repoint.getByLabel("Quote").fill("the wire reported");
    await repoint.getByRole("button", { name: "Save citation 1" }).click();
    await page.locator("output.notice", { hasText: "Citation re-pointed." }).waitFor();
    const moved = await db.citation.findUniqueOrThrow({ where: { id: added.id } });
    expect(moved).toMatchObject({ field: "name", quote: "the wire reported", start: text.indexOf("the wire reported") });

    await page.getByRole("button", { name: "Remove citation 1" }).click();
    await page.locator("output.notice", { hasText: "Citation removed." }).waitFor();
    expect(await db.citation.count({ where: { id: added.id } })).toBe(0);
    await expect(page.locator("section.citations-admin blockquote").count()).resolves.toBe(0);

    const area = await createRecord(
      db,
      "area",
      { slug: `editorial-area-${tag}`, name: { en: `Editorial area ${tag}` }, parentSlug: null },
      actor,
    );
    await page.goto(`${admin}/records/area/${area.id}/edit`);
    await page.getByLabel("Parent area (slug)").fill("no-such-area");
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator(".field-error", { hasText: "No area with the slug no-such-area" }).waitFor();
    await page.getByLabel("Parent area (slug)").fill("economy-trade");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL((u) => u.pathname === `/records/area/${area.id}`);
    expect((await db.area.findUniqueOrThrow({ where: { id: area.id } })).parentSlug).toBe("economy-trade");
    await page.close();
  });

  for (const [label, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const)
    it(`has no WCAG 2.2 A/AA violations and no sideways scroll on the users, claims and editor pages (${label})`, {
      timeout: 300_000,
    }, async () => {
      const found: string[] = [];
      const page = await browser().newPage();
      await page.setViewportSize({ width, height });
      await signInAsAdmin(page);
      const admin = e2eApps().adminUrl;
      const pages: [string, string][] = [
        ["users page", "/users"],
        ["source claims page", `/sources/${sourceId}/claims`],
        ["record claims page", "/records/agreement/agr-ckfta/claims"],
        ["claim editor", `/claims/${claimId}`],
        ["new claim editor", `/claims/new?source=${sourceId}`],
        ["source editor", `/sources/${sourceId}/edit`],
        ["area editor", `/records/area/${areaId}/edit`],
      ];
      for (const [name, path] of pages) {
        const res = await page.goto(`${admin}${path}`);
        expect(res?.status(), name).toBe(200);
        found.push(...(await violations(page, `${label} ${name}`)), ...(await sidewaysScroll(page, `${label} ${name}`)));
      }
      // A record's citations with every re-point form open; the history beside them is not this page's part.
      await page.goto(`${admin}/records/agreement/agr-ckfta`);
      await page.locator("section.citations-admin details").evaluateAll((ds) => {
        for (const d of ds) (d as HTMLDetailsElement).open = true;
      });
      found.push(...(await violations(page, `${label} record citations`)));
      const [inner, outer] = await page.locator("section.citations-admin").evaluate((el) => [el.scrollWidth, el.clientWidth]);
      if (inner > outer) found.push(`${label} record citations: ${inner} px wide in ${outer} px`);
      // The editors with their messages showing, and as a curator sees them (judgements read-only).
      await page.goto(`${admin}/claims/new`);
      await page.getByRole("button", { name: "Add the claim" }).click();
      await page.locator("p.error[role=alert]").waitFor();
      found.push(...(await violations(page, `${label} new claim with errors`)));
      const curator = await createAccount(db, "curator", "reader");
      await signInAs(page, curator);
      for (const [name, path] of [
        ["claim editor as curator", `/claims/${claimId}`],
        ["source editor as curator", `/sources/${sourceId}/edit`],
        ["users page as curator", "/users"],
      ] as const) {
        await page.goto(`${admin}${path}`);
        found.push(...(await violations(page, `${label} ${name}`)), ...(await sidewaysScroll(page, `${label} ${name}`)));
      }
      await page.close();
      expect(found).toEqual([]);
    });
});
