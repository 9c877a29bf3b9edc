/**
 * Agreements told as a record's field lines, as treaty databases and registers print them:
 *
 *   Title: Agreement between Canada and the Republic of Korea on Youth Mobility
 *   Signed: Seoul, 20 September 2010
 *   Entry into force: 1 January 2011
 *   Notes: Amended by an exchange of notes of 2 and 9 March 2012.
 *
 * The title line names the agreement; each milestone line of the same block (up to a blank line) is an action on it,
 * dated by the line's own date. Such lines have no verb for the sentence rules to read.
 */
import type { AgreementAction } from "@ties/domain";
import { INSTRUMENT_HEADS } from "./agreements";
import type { Span } from "./text-span";
import { wordStart } from "./word-start";

/** A "Title:" line whose value names an agreement. */
const TITLE_LINE = /^[ \t]*(?:Title|Titre|Treaty|Traité|Instrument|Name)[ \t]*:[ \t]*(?<name>[^\n]{8,300}?)[ \t]*$/gimu;
const AGREEMENT_HEAD = wordStart(new RegExp(`(?<![\\p{L}])(?:${INSTRUMENT_HEADS})(?![\\p{L}])`, "iu"));

/** Milestone field names, each with its action (the field's own words, English and French). */
const MILESTONE_FIELDS: ReadonlyArray<{ re: RegExp; action: AgreementAction }> = [
  { re: /^(?:signed|signature|date of signature|signé|signée|date de signature)$/iu, action: "signed" },
  {
    re: /^(?:entry into force|in force|date of entry into force|entrée en vigueur|date d['’]entrée en vigueur)$/iu,
    action: "entered_into_force",
  },
  { re: /^(?:ratified|ratification|ratifié|ratifiée)$/iu, action: "ratified" },
  { re: /^(?:terminated|termination|expired|dénoncé|dénoncée|fin)$/iu, action: "terminated" },
];
const FIELD_LINE = /^[ \t]*(?<field>[\p{L}][\p{L} '’]{1,40}?)[ \t]*:[ \t]*(?<value>[^\n]*)$/gmu;
/**
 * A notes line telling an amendment: "Notes: Amended by an exchange of notes ...", "... by an amending protocol signed at
 * Ottawa ...", "Modifié par un avenant".
 */
const AMENDED_NOTE = /^(?:notes?|remarks?|remarques?)$/iu;
const AMENDED_VALUE = wordStart(
  /(?<![\p{L}])(?:amended|amending\s+(?:protocol|agreement)|protocol\s+amending|modifiée?|amendée?|avenant|protocole\s+modificatif)(?![\p{L}])/iu,
);

export interface RecordMilestone {
  /** The agreement's name, as the title line gives it. */
  name: Span & { text: string };
  action: AgreementAction;
  /** The milestone line's value, where its date is read. */
  value: Span;
}

/**
 * A list's line naming an agreement, then its fields after a dash (the name opens on a letter, so that a masked line of
 * spaces costs one step per space): "Agreement on Economic Cooperation – signed: Tirana,
 * 26.02.2008; in force: 03.11.2008".
 */
const LISTED_RECORD = /^[ \t]*(?<name>\S[^\n]{7,299}?)[ \t]+[–—-][ \t]+(?<fields>[\p{L}][\p{L} '’]{1,40}?[ \t]*:[^\n]*)$/gmu;
/** One "field: value" of such a line, up to the next semicolon. */
const INLINE_FIELD = /(?<field>[\p{L}][\p{L} '’]{1,40}?)[ \t]*:[ \t]*(?<value>[^;\n]*)/gu;

/** The action a field line gives its agreement: a milestone field, or a notes field telling an amendment. */
function fieldAction(field: string, value: string): AgreementAction | undefined {
  return (
    MILESTONE_FIELDS.find((m) => m.re.test(field))?.action ??
    (AMENDED_NOTE.test(field) && AMENDED_VALUE.test(value) ? "amended" : undefined)
  );
}

/** Each milestone field of a block that opens with an agreement's title line, or of a list's line naming one. */
export function recordMilestones(text: string): RecordMilestone[] {
  const out: RecordMilestone[] = [];
  for (const l of text.matchAll(LISTED_RECORD)) {
    const raw = l.groups!.name!;
    if (!AGREEMENT_HEAD.test(raw)) continue;
    const nameStart = l.index + l[0].indexOf(raw);
    const name = { start: nameStart, end: nameStart + raw.length, text: raw };
    const fieldsAt = l.index + l[0].length - l.groups!.fields!.length;
    for (const f of l.groups!.fields!.matchAll(INLINE_FIELD)) {
      const value = f.groups!.value!;
      const action = fieldAction(f.groups!.field!.trim(), value);
      const at = fieldsAt + f.index + f[0].length - value.length;
      if (action) out.push({ name, action, value: { start: at, end: at + value.length } });
    }
  }
  for (const t of text.matchAll(TITLE_LINE)) {
    const raw = t.groups!.name!;
    if (!AGREEMENT_HEAD.test(raw)) continue;
    const nameStart = t.index + t[0].indexOf(raw);
    const name = { start: nameStart, end: nameStart + raw.length, text: raw };
    const blockEnd = text.indexOf("\n\n", name.end);
    const block = text.slice(name.end, blockEnd < 0 ? text.length : blockEnd);
    for (const f of block.matchAll(FIELD_LINE)) {
      const field = f.groups!.field!.trim();
      const value = f.groups!.value!;
      const at = name.end + f.index + f[0].length - value.length;
      const action = fieldAction(field, value);
      if (action) out.push({ name, action, value: { start: at, end: at + value.length } });
    }
  }
  return out;
}
