/** The interface languages and how they appear in addresses: always as the first segment (/en, /fr, /ko). */
import { LOCALES, type Locale } from "@ties/domain";
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "always",
  // Hreflang links are written by each page's metadata (with the page's own path), not as headers.
  alternateLinks: false,
  // No cookie: a response must not depend on anything but its address, so pages can be cached.
  localeCookie: false,
});

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);
