/** Curator and editor accounts for end-to-end tests, and signing in as one of them through the admin form. */
import { createUserWithPassword } from "@ties/api/server";
import type { Db } from "@ties/db";
import type { Role } from "@ties/domain";
import type { Page } from "playwright-core";
import { e2eApps } from "./browser";

export interface Account {
  email: string;
  password: string;
  role: Role;
}

export async function createAccount(db: Db, role: Role, name: string): Promise<Account> {
  const account = {
    // The display name may hold spaces ("Cleo Conflict"); the address takes a plain form of it.
    email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@e2e.test`,
    password: `${name.replace(/\s+/g, "-")}-password-123`,
    role,
  };
  await createUserWithPassword(db, { ...account, name });
  return account;
}

/** Signs out whoever is signed in on this browser, then signs in with the account. */
export async function signInAs(page: Page, account: Account): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${e2eApps().adminUrl}/sign-in`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => u.pathname === "/");
}
