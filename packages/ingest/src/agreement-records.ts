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
import type { Span } from "./text-span";

/** A "Title:" line whose value names an agreement. */
const TITLE_LINE = /^[ \t]*(?:Title|Titre|Treaty|Traité|Instrument|Name)[ \t]*:[ \t]*(?<name>[^\n]{8,300}?)[ \t]*$/gimu;
const AGREEMENT_HEAD =
  /(?<![\p{L}])(?:agreement|treaty|convention|protocol|memorandum|arrangement|exchange of (?:notes|letters)|accord|traité|protocole|entente|mémorandum|échange de (?:notes|lettres))(?![\p{L}])/iu;

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
const AMENDED_VALUE =
  /(?<![\p{L}])(?:amended|amending\s+(?:protocol|agreement)|protocol\s+amending|modifiée?|amendée?|avenant|protocole\s+modificatif)(?![\p{L}])/iu;

export interface RecordMilestone {
  /** The agreement's name, as the title line gives it. */
  name: Span & { text: string };
  action: AgreementAction;
  /** The milestone line's value, where its date is read. */
  value: Span;
}

/** Each milestone field line of a block that opens with an agreement's title line. */
export function recordMilestones(text: string): RecordMilestone[] {
  const out: RecordMilestone[] = [];
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
      const action =
        MILESTONE_FIELDS.find((m) => m.re.test(field))?.action ??
        (AMENDED_NOTE.test(field) && AMENDED_VALUE.test(value) ? "amended" : undefined);
      if (action) out.push({ name, action, value: { start: at, end: at + value.length } });
    }
  }
  return out;
}
