/** Signing in to the admin app through its own form, as the end-to-end admin. */
import type { Page } from "playwright-core";
import { e2eApps } from "./browser";
import { E2E_ADMIN } from "./e2e-admin";

export async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto(`${e2eApps().adminUrl}/sign-in`);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => u.pathname === "/");
}
