/** The admin app in a real browser: anonymous visitors are sent to sign-in; the admin signs in. */
import { describe, expect, it } from "vitest";
import { E2E_ADMIN } from "../support/e2e-admin";
import { e2eApps, useBrowser } from "../support/browser";

describe("admin sign-in", () => {
  const browser = useBrowser();

  it("sends an anonymous visitor to the sign-in page", async () => {
    const page = await browser().newPage();
    await page.goto(e2eApps().adminUrl);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in" }).isVisible()).resolves.toBe(true);
  });

  it("refuses a wrong password with a visible message", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().adminUrl}/sign-in`);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password-at-all");
    await page.getByRole("button", { name: "Sign in" }).click();
    const message = page.locator("#sign-in-error");
    await message.waitFor();
    await expect(message.getAttribute("role")).resolves.toBe("alert");
    await expect(message.textContent()).resolves.toMatch(/invalid|failed/i);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("signs the admin in and shows who is signed in", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().adminUrl}/sign-in`);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    await expect(page.locator("main").textContent()).resolves.toContain(`${E2E_ADMIN.email} (admin)`);
  });

  it("signs out from the app, and refuses a sign-out posted from another site", async () => {
    const forged = await fetch(`${e2eApps().adminUrl}/sign-out`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
      redirect: "manual",
    });
    expect(forged.status).toBe(403);
    const page = await browser().newPage();
    await page.goto(e2eApps().adminUrl);
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((u) => u.pathname === "/sign-in");
    await page.goto(e2eApps().adminUrl);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});
