"use server";

import { EDITOR_ONLY_FIELDS, slugify, ZClaimInput, ZSetVerdictInput } from "@ties/domain";
import { z } from "zod";
import { failureOf } from "../../../server/api-errors";
import { withFlash } from "../../../server/flash";
import { serverApi } from "../../../server/services";

export type ClaimSaveResult = { ok: true; next: string } | { ok: false; message: string; fields: Record<string, string[]> };

const ZSave = z.object({
  id: z.string().min(1).max(64).nullable(),
  baseVersion: z.number().int().positive().nullable(),
  changed: z.record(z.string(), z.unknown()),
});

const fieldsOf = (f: { fields: Record<string, string[]> }) =>
  Object.fromEntries(Object.entries(f.fields).map(([k, v]) => [k.replace(/^data\./, ""), v]));

/**
 * A new claim is created whole. An existing one is saved in two audited steps: what the source
 * states ("update"), then the verdict ("verdict", editors only), the second on the first's revision.
 */
export async function saveClaim(input: z.input<typeof ZSave>): Promise<ClaimSaveResult> {
  const { id, baseVersion, changed } = ZSave.parse(input);
  const { api } = await serverApi();
  try {
    if (!id || !baseVersion) {
      const statement = typeof changed.statement === "string" ? changed.statement : "";
      const slug = `${slugify(statement, 60) || "claim"}-${Date.now().toString(36)}`;
      const parsed = ZClaimInput.safeParse({ slug, ...changed });
      if (!parsed.success) {
        const fields: Record<string, string[]> = {};
        for (const i of parsed.error.issues) fields[i.path.join(".") || "_"] = [...(fields[i.path.join(".")] ?? []), i.message];
        return { ok: false, message: "Some fields need a fix.", fields };
      }
      const r = await api.claim.create({ data: parsed.data, reason: "Claim added" });
      return { ok: true, next: withFlash(`/claims/${encodeURIComponent(r.id)}`, { kind: "done", text: "Claim added." }) };
    }
    const judgement: readonly string[] = EDITOR_ONLY_FIELDS.claim;
    const statement = Object.fromEntries(Object.entries(changed).filter(([k]) => !judgement.includes(k)));
    const current = (await api.claim.adminById({ id })).data;
    let version = baseVersion;
    if (Object.keys(statement).length > 0) {
      const data = ZClaimInput.parse({ ...current, ...statement });
      version = (await api.claim.update({ id, baseVersion: version, data, reason: "Claim edited" })).version;
    }
    if (Object.keys(changed).some((k) => judgement.includes(k))) {
      const next = { ...current, ...changed };
      const verdict = ZSetVerdictInput.parse({
        id,
        baseVersion: version,
        verdict: next.verdict,
        reasoning: next.reasoning,
        supportingSourceIds: next.supportingSourceIds,
        opposingSourceIds: next.opposingSourceIds,
      });
      await api.claim.setVerdict(verdict);
    }
    return { ok: true, next: withFlash(`/claims/${encodeURIComponent(id)}`, { kind: "done", text: "Saved." }) };
  } catch (e) {
    if (e instanceof z.ZodError) return { ok: false, message: "Some fields need a fix.", fields: {} };
    const f = failureOf(e);
    return { ok: false, message: f.message, fields: fieldsOf(f) };
  }
}
