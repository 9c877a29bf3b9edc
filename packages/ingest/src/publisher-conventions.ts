/**
 * Numeric date order by publisher. "08-03-2025" is 8 March in the Korea Herald's header and
 * 3 August in a US paper; when neither the caller, the publisher table, the document itself nor
 * the language decides, numeric dates are flagged ambiguous.
 */
import type { DateOrder } from "@ties/domain";
import { normalizeName } from "./normalize-name";
import { escapeRegExp } from "./text-span";

interface PublisherConvention {
  names: string[];
  order: DateOrder;
  country: string | null;
}

const PUBLISHERS: PublisherConvention[] = [
  { names: ["Korea Herald", "The Korea Herald"], order: "dmy", country: "KR" },
  { names: ["Yonhap", "Yonhap News Agency"], order: "ymd", country: "KR" },
  { names: ["Korea Times", "The Korea Times"], order: "ymd", country: "KR" },
  { names: ["Korea JoongAng Daily", "JoongAng Daily"], order: "ymd", country: "KR" },
  { names: ["Ministry of Foreign Affairs", "MOFA", "Ministry of Foreign Affairs of the Republic of Korea"], order: "ymd", country: "KR" },
  {
    names: [
      "Global Affairs Canada",
      "Affaires mondiales Canada",
      "Government of Canada",
      "Gouvernement du Canada",
      "Prime Minister of Canada",
    ],
    order: "ymd",
    country: "CA",
  },
  {
    names: ["CBC", "CBC News", "The Globe and Mail", "Globe and Mail", "National Post", "Toronto Star", "The Canadian Press"],
    order: "mdy",
    country: "CA",
  },
  { names: ["Radio-Canada", "Le Devoir", "La Presse"], order: "dmy", country: "CA" },
  { names: ["ANKASAM"], order: "dmy", country: "TR" },
  { names: ["The Diplomat", "Reuters", "Associated Press", "AP"], order: "mdy", country: null },
];

export function publisherConvention(name: string | undefined | null): PublisherConvention | null {
  if (!name) return null;
  const key = normalizeName(name);
  return PUBLISHERS.find((p) => p.names.some((n) => normalizeName(n) === key)) ?? null;
}

/** A publisher named in the first lines of the page ("Korea Herald08-03-2025"), when the caller gave none. */
export function publisherFromText(text: string): string | null {
  const head = text.slice(0, 800);
  for (const p of PUBLISHERS) {
    for (const n of p.names) {
      if (n.length < 5) continue;
      const re = new RegExp(`(?:^|\\n)\\s*(?:the\\s+)?${escapeRegExp(n)}(?=\\s*\\d|\\s*$|\\s*\\n|\\s*[-–|])`, "im");
      if (re.test(head)) return p.names[0]!;
    }
  }
  return null;
}

export interface DecidedOrder {
  order: DateOrder;
  source: "option" | "publisher" | "document" | "language";
  /** True when nothing but a default decided it; two-way readable numeric dates are then ambiguous. */
  guessed: boolean;
}

/**
 * Decides the numeric date order. The document decides when one of its own numeric dates can
 * only be read one way ("25/03/2025" is day first).
 */
export function decideDateOrder(text: string, lang: "en" | "fr", publisher: string | null, explicit?: DateOrder): DecidedOrder {
  if (explicit) return { order: explicit, source: "option", guessed: false };
  const known = publisherConvention(publisher);
  if (known) return { order: known.order, source: "publisher", guessed: false };
  let dayFirst = 0;
  let monthFirst = 0;
  const re = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    if (b > 12 && a <= 12) monthFirst++;
  }
  if (dayFirst > monthFirst) return { order: "dmy", source: "document", guessed: false };
  if (monthFirst > dayFirst) return { order: "mdy", source: "document", guessed: false };
  if (lang === "fr") return { order: "dmy", source: "language", guessed: false };
  return { order: "mdy", source: "language", guessed: true };
}
