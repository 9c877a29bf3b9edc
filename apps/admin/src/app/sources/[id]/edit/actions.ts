"use server";

import { EDITOR_ONLY_FIELDS, ZSourceInput } from "@ties/domain";
import { z } from "zod";
import { failureOf } from "../../../../server/api-errors";
import { withFlash } from "../../../../server/flash";
import { serverApi } from "../../../../server/services";

export type SaveResult = { ok: true; next: string } | { ok: false; message: string; fields: Record<string, string[]> };

const ZSave = z.object({
  id: z.string().min(1).max(64),
  baseVersion: z.number().int().positive(),
  changed: z.record(z.string(), z.unknown()),
});

/**
 * Saves a source's metadata, then its grade: two audited writes ("update", then "grade"), so the
 * trail says when the judgement changed and why. The second builds on the first's revision.
 */
export async function saveSource(input: z.input<typeof ZSave>): Promise<SaveResult> {
  const { id, baseVersion, changed } = ZSave.parse(input);
  const gradeFields: readonly string[] = EDITOR_ONLY_FIELDS.source;
  const metadata = Object.fromEntries(Object.entries(changed).filter(([k]) => !gradeFields.includes(k)));
  const grading = Object.keys(changed).some((k) => gradeFields.includes(k));
  const { api } = await serverApi();
  let version = baseVersion;
  try {
    // Changes are laid over the stored input (the form never carries the full text); a form
    // opened on an older revision is still refused by the base version.
    const current = (await api.source.adminById({ id })).data;
    if (Object.keys(metadata).length > 0) {
      const data = ZSourceInput.parse({ ...current, ...metadata });
      version = (await api.source.update({ id, baseVersion: version, data, reason: "Metadata edited" })).version;
    }
    if (grading) {
      const next = { ...current, ...changed } as { grade?: unknown; gradeReason?: unknown };
      const g = z.object({ grade: ZSourceInput.shape.grade, gradeReason: ZSourceInput.shape.gradeReason }).parse(next);
      await api.source.setGrade({ id, baseVersion: version, grade: g.grade, reason: g.gradeReason });
    }
    return {
      ok: true,
      next: withFlash(`/sources/${encodeURIComponent(id)}/edit`, { kind: "done", text: grading ? "Saved, with the new grade." : "Saved." }),
    };
  } catch (e) {
    if (e instanceof z.ZodError) return { ok: false, message: "Some fields need a fix.", fields: {} };
    const f = failureOf(e);
    const fields = Object.fromEntries(
      Object.entries(f.fields).map(([k, v]) => [k.replace(/^data\./, "").replace(/^reason$/, "gradeReason"), v]),
    );
    return { ok: false, message: f.message, fields };
  }
}
