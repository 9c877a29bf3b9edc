"use client";
/** Links to this same page in the other languages; plain links, so it works before (and without) JavaScript. */
import { usePathname } from "next/navigation";

const NAMES = { en: "English", fr: "Français", ko: "한국어" } as const;
type Lang = keyof typeof NAMES;

export function LanguageSwitcher({ current, label }: { current: Lang; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/(en|fr|ko)(?=\/|$)/, "");
  return (
    <nav aria-label={label} className="languages">
      <ul>
        {(Object.keys(NAMES) as Lang[]).map((l) => (
          <li key={l}>
            {l === current ? (
              <span aria-current="true" lang={l}>
                {NAMES[l]}
              </span>
            ) : (
              <a href={`/${l}${rest}`} hrefLang={l} lang={l}>
                {NAMES[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
