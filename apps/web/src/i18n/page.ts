/** What every localized page does first: check the language segment and fix it for the request. */
import "server-only";
import type { Locale } from "@ties/domain";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, routing } from "./routing";

export type LocaleParams = Promise<{ locale: string }>;

export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** A page's address in a language: href("fr", "/events") -> "/fr/events". */
export const href = (locale: Locale, path = "") => `/${locale}${path === "/" ? "" : path}`;

/** The canonical address of this page and its hreflang alternates in every language. */
export function alternates(locale: Locale, path: string): Metadata["alternates"] {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[l] = href(l, path);
  languages["x-default"] = href(routing.defaultLocale, path);
  return { canonical: href(locale, path), languages, types: { "application/atom+xml": "/feeds/events.atom" } };
}

/** `generateMetadata` for a page titled and described by its messages' `title` and `description`. */
export function pageMetadata(namespace: string, path: string) {
  return async ({ params }: { params: LocaleParams }): Promise<Metadata> => {
    const locale = await pageLocale(params);
    const t = await getTranslations({ locale, namespace });
    return { title: t("title"), description: t("description"), alternates: alternates(locale, path) };
  };
}
