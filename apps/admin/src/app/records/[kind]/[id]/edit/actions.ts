"use server";

import { z } from "zod";
import { failureOf } from "../../../../../server/api-errors";
import { serverApi } from "../../../../../server/services";
import { EDITABLE_KINDS } from "./editable-kinds";

const ZEdit = z.object({
  kind: z.enum(EDITABLE_KINDS),
  id: z.string().min(1).max(64),
  baseVersion: z.number().int().positive(),
  data: z.record(z.string(), z.unknown()),
});

export type EditResult = { ok: true } | { ok: false; message: string; fields: Record<string, string[]> };

/** Saves a record's edited input on the revision the form was opened on; a stale form gets the conflict message. */
export async function saveRecord(input: z.input<typeof ZEdit>): Promise<EditResult> {
  const { kind, id, baseVersion, data } = ZEdit.parse(input);
  const { api } = await serverApi();
  const base = { id, baseVersion, reason: "Edited in the record form" };
  try {
    // Each kind's update parses `data` with its own schema; the form already checked the same schema.
    if (kind === "event") await api.event.update({ ...base, data: data as Parameters<typeof api.event.update>[0]["data"] });
    else if (kind === "agreement")
      await api.agreement.update({ ...base, data: data as Parameters<typeof api.agreement.update>[0]["data"] });
    else if (kind === "commitment")
      await api.commitment.update({ ...base, data: data as Parameters<typeof api.commitment.update>[0]["data"] });
    else if (kind === "person") await api.person.update({ ...base, data: data as Parameters<typeof api.person.update>[0]["data"] });
    else if (kind === "area") await api.area.update({ ...base, data: data as Parameters<typeof api.area.update>[0]["data"] });
    else await api.organization.update({ ...base, data: data as Parameters<typeof api.organization.update>[0]["data"] });
    return { ok: true };
  } catch (e) {
    const f = failureOf(e);
    // The API reports the fields of `data` under "data.": the form knows them by their own names.
    const fields = Object.fromEntries(Object.entries(f.fields).map(([k, v]) => [k.replace(/^data\./, ""), v]));
    return { ok: false, message: f.message, fields };
  }
}
