"use server";

import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { failureOf } from "../../../../../server/api-errors";
import { recordRouter } from "../../../../../server/record-routers";
import { serverApi } from "../../../../../server/services";
import { EDITABLE_KINDS } from "./editable-kinds";

const ZEdit = z.object({
  kind: z.enum(EDITABLE_KINDS),
  id: z.string().min(1).max(64),
  baseVersion: z.number().int().positive(),
  data: z.record(z.string(), z.unknown()),
});

/** The newer revision a save lost to, for the conflict screen. */
export interface ConflictInfo {
  version: number;
  data: Record<string, unknown>;
  changedBy: string | null;
  changedAt: string | null;
}

export type EditResult =
  | { ok: true; version: number }
  | { ok: false; message: string; fields: Record<string, string[]>; conflict: ConflictInfo | null };

// Read by shape: the API's CONFLICT carries who saved the newer revision (by display name) and when.
const ZConflictCause = z.object({
  details: z.object({ changedBy: z.string().nullable().optional(), changedAt: z.string().nullable().optional() }),
});

/** Saves a record's edited input on the revision the form was opened on; a stale form gets the newer revision to resolve against. */
export async function saveRecord(input: z.input<typeof ZEdit>): Promise<EditResult> {
  const { kind, id, baseVersion, data } = ZEdit.parse(input);
  const { api } = await serverApi();
  const base = { id, baseVersion, reason: "Edited in the record form" };
  try {
    // Each kind's update parses `data` with its own schema; the form already checked the same schema.
    let r: { version: number };
    if (kind === "event") r = await api.event.update({ ...base, data: data as Parameters<typeof api.event.update>[0]["data"] });
    else if (kind === "agreement")
      r = await api.agreement.update({ ...base, data: data as Parameters<typeof api.agreement.update>[0]["data"] });
    else if (kind === "commitment")
      r = await api.commitment.update({ ...base, data: data as Parameters<typeof api.commitment.update>[0]["data"] });
    else if (kind === "person") r = await api.person.update({ ...base, data: data as Parameters<typeof api.person.update>[0]["data"] });
    else if (kind === "area") r = await api.area.update({ ...base, data: data as Parameters<typeof api.area.update>[0]["data"] });
    else r = await api.organization.update({ ...base, data: data as Parameters<typeof api.organization.update>[0]["data"] });
    return { ok: true, version: r.version };
  } catch (e) {
    const f = failureOf(e);
    // The API reports the fields of `data` under "data.": the form knows them by their own names.
    const fields = Object.fromEntries(Object.entries(f.fields).map(([k, v]) => [k.replace(/^data\./, ""), v]));
    let conflict: ConflictInfo | null = null;
    if (f.code === "CONFLICT") {
      const current = await recordRouter(api, kind).adminById({ id });
      const who = e instanceof TRPCError ? ZConflictCause.safeParse(e.cause).data?.details : undefined;
      conflict = {
        version: current.version,
        data: current.data as Record<string, unknown>,
        changedBy: who?.changedBy ?? null,
        changedAt: who?.changedAt ?? null,
      };
    }
    return { ok: false, message: f.message, fields, conflict };
  }
}
