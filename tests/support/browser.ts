/** A real headless Chromium (Debian's), driven by playwright-core, for the end-to-end tier. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface E2EApps {
  webUrl: string;
  adminUrl: string;
}

/** The apps the global setup serves; throws when they are not there, so a broken build fails loudly. */
export function e2eApps(): E2EApps {
  const webUrl = process.env.TIES_E2E_WEB_URL;
  const adminUrl = process.env.TIES_E2E_ADMIN_URL;
  if (!webUrl || !adminUrl) throw new Error("The apps are not served: build them first (npm test does) and do not set TIES_E2E=0");
  return { webUrl, adminUrl };
}

export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), "ties-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens one browser for the calling test file (beforeAll) and closes it after (afterAll). */
export function useBrowser(): () => BrowserContext {
  let browser: Awaited<ReturnType<typeof launchBrowser>> | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  return () => {
    if (!browser) throw new Error("The browser is not open yet");
    return browser.context;
  };
}
