/**
 * A record field in words, as the public site would put it: the field's name ("Title (French)",
 * not "title.fr") and its value through the domain's labels and formatters ("Phone call", not
 * "phone_call"; "7 March 2025", not "2025-03-07"; "Canada", not "CA"). Used wherever a curator
 * compares two versions: the review diff and the conflict screen.
 */
import { ENUM_LABELS, formatDateRange, formatPartialDate, parseDateOrRange } from "@ties/domain";

const labels = ENUM_LABELS.en;

const FIELD_NAMES: Record<string, string> = {
  slug: "Address (slug)",
  type: "Type",
  plover: "Event category",
  title: "Title",
  date: "Date",
  parties: "Parties",
  location: "Place",
  place: "Venue",
  city: "City",
  countryCode: "Country",
  summary: "Summary",
  outcomes: "Outcomes",
  participants: "Participants",
  organizationIds: "Organisations",
  areaSlugs: "Areas",
  agreementLinks: "Agreements",
  parentEventId: "Part of (parent event)",
  name: "Name",
  shortName: "Short name",
  kind: "Kind",
  milestones: "Milestones",
  text: "Text",
  due: "Due",
  eventId: "Made at (event)",
  variants: "Other spellings",
  statement: "Statement",
  verdict: "Verdict",
  reasoning: "Reasons",
  grade: "Grade",
  gradeReason: "Grade reason",
  publisherName: "Publisher",
  publishedAt: "Published",
  url: "Address of the original",
  parentSlug: "Parent area",
};
const LANGUAGES: Record<string, string> = { en: "English", fr: "French", ko: "Korean" };

const humanize = (key: string) => {
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "title.fr" -> "Title (French)", "location.city" -> "Place: City", "milestones.0.date" -> "Milestones 1: Date". */
export function fieldName(path: string): string {
  const parts = path.replace(/^input\./, "").split(".");
  const out: string[] = [];
  for (const [i, p] of parts.entries()) {
    if (i > 0 && LANGUAGES[p] && i === parts.length - 1) {
      out[out.length - 1] = `${out[out.length - 1]} (${LANGUAGES[p]})`;
    } else if (/^\d+$/.test(p)) {
      out[out.length - 1] = `${out[out.length - 1]} ${Number(p) + 1}`;
    } else out.push(FIELD_NAMES[p] ?? humanize(p));
  }
  return out.join(": ");
}

export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDate(value: string): string {
  const range = parseDateOrRange(value);
  if (!range) return value;
  return range.start === range.end ? formatPartialDate(range.start, "en") : formatDateRange(range, "en");
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const pick = (table: Readonly<Record<string, string>>, v: unknown) => (typeof v === "string" && v in table ? (table[v] ?? null) : null);

/** Names a curator may know people and events by, where the page has them. */
export type NameLookup = (id: string) => string | undefined;

/** A field's value in words; `kind` tells "kind" of an agreement from "kind" of an organisation. */
export function displayValue(path: string, value: unknown, opts: { kind?: string; nameOf?: NameLookup } = {}): string {
  if (value === undefined || value === null || value === "") return "(none)";
  const key =
    path
      .replace(/^input\./, "")
      .split(".")
      .filter((p) => !/^\d+$/.test(p))
      .at(-1) ?? "";
  const named = (id: unknown) => (typeof id === "string" ? (opts.nameOf?.(id) ?? id) : String(id));
  if (Array.isArray(value)) {
    if (value.length === 0) return "(none)";
    return value.map((v) => displayValue(path, v, opts)).join("; ");
  }
  if (isObject(value)) {
    if (typeof value.en === "string") {
      const others = Object.entries(value).filter(([k, v]) => k !== "en" && typeof v === "string" && v);
      return [value.en, ...others.map(([k, v]) => `${LANGUAGES[k] ?? k}: ${v}`)].join(" / ");
    }
    if (key === "participants" && typeof value.personId === "string") {
      return `${named(value.personId)} (${countryName(String(value.side ?? ""))})`;
    }
    if (key === "milestones" && typeof value.kind === "string") {
      return `${pick(labels.milestone, value.kind) ?? value.kind}, ${formatDate(String(value.date ?? ""))}`;
    }
    if (key === "agreementLinks" && typeof value.agreementId === "string") {
      return `${named(value.agreementId)}: ${pick(labels.agreementAction, value.action) ?? String(value.action)}`;
    }
    if (key === "variants" && typeof value.name === "string") return value.name;
    if (key === "plover" && typeof value.code === "string") return value.code;
    const parts = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null && v !== "")
      .map(([k, v]) => `${fieldName(k)}: ${displayValue(k, v, opts)}`);
    return parts.length ? parts.join(", ") : "(none)";
  }
  if (typeof value === "string") {
    if (key === "type") return pick(labels.eventType, value) ?? value;
    if (key === "kind") {
      const table =
        opts.kind === "organization" ? labels.organizationKind : opts.kind === "source" ? labels.sourceKind : labels.agreementKind;
      return pick(table, value) ?? value;
    }
    if (key === "verdict") return pick(labels.verdict, value) ?? value;
    if (key === "grade") return pick(labels.grade, value) ?? value;
    if (["date", "due", "publishedAt"].includes(key)) return formatDate(value);
    if (["countryCode", "parties", "side"].includes(key) && /^[A-Z]{2}$/.test(value)) return countryName(value);
    if (["personId", "eventId", "parentEventId", "organizationIds", "agreementId"].includes(key)) return named(value);
  }
  return String(value);
}
