"use server";
/**
 * Adding, re-pointing and removing a record's citations. A curator gives the source and its exact
 * words; the span is found in the source's text (the offsets kept where the words still sit there).
 */
import { ZRecordKind } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withFlash } from "../server/flash";
import { serverApi } from "../server/services";

type Api = Awaited<ReturnType<typeof serverApi>>["api"];

const ZTarget = z.object({ kind: ZRecordKind, recordId: z.string().min(1).max(64) });
const ZSpan = z.object({
  sourceId: z.string().trim().min(1, "Choose a source").max(64),
  field: z.string().trim().max(80),
  quote: z.string().trim().min(1, "Give the quoted words").max(5000),
  start: z.coerce.number().int().nonnegative().optional(),
});
const ZVersioned = z.object({ id: z.string().min(1).max(64), baseVersion: z.coerce.number().int().positive() });

const back = (t: z.infer<typeof ZTarget>) => `/records/${t.kind}/${encodeURIComponent(t.recordId)}`;

/** Where the quote sits in the source: at the given offset when it still reads so there, else its first occurrence. */
async function spanOf(api: Api, s: z.infer<typeof ZSpan>): Promise<{ start: number; end: number } | string> {
  const source = await api.source.adminById({ id: s.sourceId });
  const text = source.data.text;
  if (!text) return "That source has no text to quote from";
  const at = s.start !== undefined && text.slice(s.start, s.start + s.quote.length) === s.quote ? s.start : text.indexOf(s.quote);
  if (at < 0) return "Those words are not in the source's text: copy them exactly";
  return { start: at, end: at + s.quote.length };
}

async function finish(target: z.infer<typeof ZTarget>, run: () => Promise<string>) {
  let next: string;
  try {
    next = withFlash(back(target), { kind: "done", text: await run() });
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    next = withFlash(back(target), { kind: "error", text: e.message });
  }
  redirect(next);
}

function parse<T extends z.ZodType>(schema: T, form: FormData, target: z.infer<typeof ZTarget> | null): z.infer<T> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (parsed.success) return parsed.data;
  const text = parsed.error.issues.map((i) => i.message).join(". ");
  redirect(withFlash(target ? back(target) : "/", { kind: "error", text: `The citation was not saved: ${text}.` }));
}

export async function addCitation(form: FormData) {
  const target = parse(ZTarget, form, null);
  const span = parse(ZSpan, form, target);
  const { api } = await serverApi();
  await finish(target, async () => {
    const at = await spanOf(api, span);
    if (typeof at === "string") throw new TRPCError({ code: "BAD_REQUEST", message: at });
    await api.citation.create({
      data: {
        sourceId: span.sourceId,
        target: { kind: target.kind, id: target.recordId, field: span.field || null },
        quote: span.quote,
        ...at,
      },
      reason: "Citation added",
    });
    return "Citation added.";
  });
}

export async function repointCitation(form: FormData) {
  const target = parse(ZTarget, form, null);
  const span = parse(ZSpan, form, target);
  const v = parse(ZVersioned, form, target);
  const { api } = await serverApi();
  await finish(target, async () => {
    const at = await spanOf(api, span);
    if (typeof at === "string") throw new TRPCError({ code: "BAD_REQUEST", message: at });
    await api.citation.update({
      id: v.id,
      baseVersion: v.baseVersion,
      data: {
        sourceId: span.sourceId,
        target: { kind: target.kind, id: target.recordId, field: span.field || null },
        quote: span.quote,
        ...at,
      },
      reason: "Citation re-pointed",
    });
    return "Citation re-pointed.";
  });
}

export async function removeCitation(form: FormData) {
  const target = parse(ZTarget, form, null);
  const v = parse(ZVersioned, form, target);
  const { api } = await serverApi();
  await finish(target, async () => {
    await api.citation.remove({ id: v.id, baseVersion: v.baseVersion, reason: "Citation removed" });
    return "Citation removed.";
  });
}
