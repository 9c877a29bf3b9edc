/**
 * From an accepted suggestion to the draft record it proposes: pure mappings, so that what a
 * curator gets from "accept" can be tested without a database. Lookups (which person a name is,
 * which position they held) are done by the caller and passed in.
 */
import type { AgreementAction, AgreementInput, AgreementKind, MilestoneKind } from "./agreement";
import type { CommitmentInput } from "./commitment";
import type { EventInput, ParticipantInput } from "./event";
import { EVENT_TYPE_LABEL } from "./labels";
import type { OrganizationInput } from "./organization";
import { dateBounds } from "./partial-date";
import type { PersonInput } from "./person";
import type { AgreementSuggestion, CommitmentSuggestion, EventSuggestion, OrganizationSuggestion, PersonSuggestion } from "./suggestion";

/** A URL- and reader-friendly key: lower case ASCII words joined by '-' ("Mélanie Joly" -> "melanie-joly"). */
export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.slice(0, max).replace(/-+$/, "");
  return cut || "record";
}

/** The longest citation quote the schema takes. */
export const MAX_QUOTE = 600;

/**
 * The quote a citation keeps for a span: the span's own words without surrounding blanks, cut at
 * a word boundary when longer than a quote may be. Offsets stay exact into the source text.
 */
export function citationSpan(text: string, start: number, end: number): { quote: string; start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e - s > MAX_QUOTE) {
    const cut = text.lastIndexOf(" ", s + MAX_QUOTE);
    e = cut > s + MAX_QUOTE / 2 ? cut : s + MAX_QUOTE;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
  }
  if (e <= s) return null;
  return { quote: text.slice(s, e), start: s, end: e };
}

const AGREEMENT_KIND_WORDS: [RegExp, AgreementKind][] = [
  [/\b(memorandum of understanding|MOU|MoU|protocole d'entente|m[ée]morandum d'entente)\b/i, "mou"],
  [/\b(free trade|libre-[ée]change|FTA|ALE)\b/i, "fta"],
  [/\b(action plan|plan d'action)\b/i, "action_plan"],
  [/\b(security of (military )?information|GSOIA|s[ée]curit[ée] de l'information)\b/i, "security_of_information"],
  [/\b(partnership|partenariat)\b/i, "strategic_partnership"],
  [/\b(dialogue|committee|comit[ée]|mechanism|m[ée]canisme|2\+2)\b/i, "mechanism"],
  [/\b(joint statement|d[ée]claration commune)\b/i, "joint_statement"],
  [/\b(treaty|trait[ée]|convention)\b/i, "treaty"],
];

export function agreementKindFromName(name: string): AgreementKind {
  return AGREEMENT_KIND_WORDS.find(([re]) => re.test(name))?.[1] ?? "other";
}

/** The milestone an action on an agreement marks; reaffirming or extending marks none of its own. */
export const MILESTONE_OF_ACTION: Record<AgreementAction, MilestoneKind | null> = {
  proposed: "proposed",
  launched: "negotiations_launched",
  negotiations_launched: "negotiations_launched",
  concluded: "concluded",
  signed: "signed",
  ratified: "ratified",
  entered_into_force: "in_force",
  adopted: "signed",
  reaffirmed: null,
  extended: "amended",
  amended: "amended",
  terminated: "terminated",
};

export function organizationKindFromName(name: string): OrganizationInput["kind"] {
  if (/\b(minist(ry|[èe]re)|department|d[ée]partement)\b/i.test(name)) return "ministry";
  if (/\b(agency|agence|service|office|bureau|administration)\b/i.test(name)) return "agency";
  if (/\b(parliament|assembly|senate|house of commons|parlement|assembl[ée]e)\b/i.test(name)) return "legislature";
  if (/\b(army|navy|air force|forces|coast guard|garde c[ôo]ti[èe]re)\b/i.test(name)) return "military";
  if (/\b(news|times|herald|press|presse|radio|television|t[ée]l[ée]vision|broadcasting|yonhap|agency news)\b/i.test(name)) return "media";
  if (/\b(institute|institut|foundation|fondation|centre|center|council|conseil)\b/i.test(name)) return "think_tank";
  if (/\b(government|gouvernement|office of the prime minister|cabinet)\b/i.test(name)) return "government";
  if (/\b(united nations|nations unies|NATO|OTAN|G7|G20|APEC|ASEAN|OECD|OCDE)\b/.test(name)) return "multilateral";
  return "other";
}

const joinNames = (names: string[]): string =>
  names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** A readable English title from what the suggestion knows: kind of event, who, where. */
export function eventTitle(s: Pick<EventSuggestion, "type" | "participants" | "location">): string {
  const label = EVENT_TYPE_LABEL[s.type];
  const names = s.participants.map((p) => p.name).slice(0, 3);
  const who = names.length ? ` of ${joinNames(names)}` : "";
  const where = s.location.city ? ` in ${s.location.city}` : "";
  return `${label}${who}${where}`.slice(0, 300);
}

export interface EventDraftContext {
  /** Participants resolved to person records (with the position held on the day, when known). */
  participants: ParticipantInput[];
  /** The language the source is written in: its words become the summary in that language. */
  language: string;
  /** The sentence the event was found in. */
  sentence: string;
  slug: string;
}

export function eventDraft(s: EventSuggestion, ctx: EventDraftContext): EventInput {
  const title = eventTitle(s);
  const summary = ctx.sentence.trim().slice(0, 2000) || title;
  const dated = dateBounds(s.date);
  return {
    slug: ctx.slug,
    type: s.type,
    plover: s.plover,
    title: { en: title },
    date: s.date,
    location: {
      ...(s.location.city ? { city: s.location.city } : {}),
      ...(s.location.countryCode ? { countryCode: s.location.countryCode } : {}),
    },
    summary: ctx.language === "fr" ? { en: `${title} (${dated.first})`, fr: summary } : { en: summary },
    outcomes: [],
    // Left empty, the parties are read from the participants' sides and the place (see eventParties).
    parties: [],
    participants: ctx.participants,
    organizationIds: [],
    areaSlugs: [],
    agreementLinks: [],
    parentEventId: null,
  };
}

export function eventSlug(s: Pick<EventSuggestion, "date" | "type" | "location">): string {
  const day = dateBounds(s.date).first;
  return slugify(`${day} ${s.location.city ?? ""} ${s.type}`);
}

/** A range's first day; a single date keeps its own precision. */
const asPartialDate = (d: string): string => (d.includes("/") ? dateBounds(d).first : d);

export function agreementDraft(s: AgreementSuggestion, ctx: { slug: string; parties: string[]; language: string }): AgreementInput {
  const milestone = s.action && s.date ? MILESTONE_OF_ACTION[s.action] : null;
  return {
    slug: ctx.slug,
    name: ctx.language === "fr" ? { en: s.name, fr: s.name } : { en: s.name },
    kind: agreementKindFromName(s.name),
    parties: ctx.parties,
    areaSlugs: [],
    variants: [],
    milestones: milestone && s.date ? [{ kind: milestone, date: asPartialDate(s.date), party: null, eventId: null }] : [],
  };
}

export function commitmentDraft(s: CommitmentSuggestion, ctx: { slug: string; eventId: string | null; language: string }): CommitmentInput {
  const words = s.text.trim().slice(0, 2000);
  return {
    slug: ctx.slug,
    text: ctx.language === "fr" ? { en: words, fr: words } : { en: words },
    eventId: ctx.eventId,
    parties: s.parties,
    due: s.due,
    ...(s.dueText ? { dueText: s.dueText } : {}),
    areaSlugs: [],
    agreementId: null,
    evidence: [],
  };
}

export function personDraft(s: PersonSuggestion, ctx: { slug: string }): PersonInput {
  const variants = [...new Set(s.mentions.map((m) => m.text.trim()).filter((m) => m !== s.name && m.includes(" ")))];
  return {
    slug: ctx.slug,
    name: s.name,
    countryCode: s.side,
    variants: variants.map((name) => ({ name, kind: "spelling" as const })),
  };
}

export function organizationDraft(s: OrganizationSuggestion, ctx: { slug: string }): OrganizationInput {
  return {
    slug: ctx.slug,
    name: { en: s.name },
    ...(s.shortName ? { shortName: s.shortName.slice(0, 40) } : {}),
    kind: organizationKindFromName(s.name),
    countryCode: s.countryCode,
    parentId: null,
    variants: [],
  };
}

/** Lays the curator's edits over a suggested draft: top-level fields replace the draft's. */
export function applyEdits<T extends object>(draft: T, edits: Record<string, unknown> | undefined): Record<string, unknown> {
  return { ...(draft as Record<string, unknown>), ...(edits ?? {}) };
}
