"use server";

import { randomBytes } from "node:crypto";
import { ZRole } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { failureOf } from "../../server/api-errors";
import { withFlash } from "../../server/flash";
import { serverApi } from "../../server/services";

export type CreateUserState =
  | { status: "idle" }
  | { status: "created"; email: string; password: string | null }
  | { status: "failed"; message: string; fields: Record<string, string[]> };

const ZCreateForm = z.object({
  email: z.string().trim(),
  name: z.string().trim(),
  role: ZRole,
  password: z.string().optional(),
});

/**
 * Creates an account. Without a typed password Ties makes one, shown to the admin once
 * to hand over; nothing else keeps it (the account stores only its hash).
 */
export async function createUserAction(_prev: CreateUserState, form: FormData): Promise<CreateUserState> {
  const parsed = ZCreateForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "failed", message: "The form was incomplete.", fields: {} };
  const typed = parsed.data.password?.trim() ? parsed.data.password : null;
  const password = typed ?? randomBytes(18).toString("base64url");
  const { api } = await serverApi();
  try {
    const u = await api.user.create({ email: parsed.data.email, name: parsed.data.name, role: parsed.data.role, password });
    return { status: "created", email: u.email, password: typed ? null : password };
  } catch (e) {
    const f = failureOf(e);
    return { status: "failed", message: f.message, fields: f.fields };
  }
}

const ZUserId = z.string().min(1).max(64);
const ZRoleForm = z.object({ userId: ZUserId, role: ZRole });
const ZDisableForm = z.object({ userId: ZUserId, reason: z.string().trim().max(500).optional() });

async function run(call: () => Promise<unknown>, done: string) {
  let next: string;
  try {
    await call();
    next = withFlash("/users", { kind: "done", text: done });
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    next = withFlash("/users", { kind: "error", text: e.message });
  }
  redirect(next);
}

export async function changeRole(form: FormData) {
  const parsed = ZRoleForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect(withFlash("/users", { kind: "error", text: "Choose a role." }));
  const { api } = await serverApi();
  await run(() => api.user.setRole(parsed.data), `Role changed to ${parsed.data.role}.`);
}

/** Disabling ends the person's sessions at once and refuses their next sign-in (see the API's ban). */
export async function disableUser(form: FormData) {
  const parsed = ZDisableForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect(withFlash("/users", { kind: "error", text: "The form was incomplete." }));
  const { api } = await serverApi();
  const { userId, reason } = parsed.data;
  await run(() => api.user.ban({ userId, reason: reason || undefined }), "Disabled: their sessions are ended and they cannot sign in.");
}

export async function enableUser(form: FormData) {
  const parsed = z.object({ userId: ZUserId }).safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect(withFlash("/users", { kind: "error", text: "The form was incomplete." }));
  const { api } = await serverApi();
  await run(() => api.user.unban(parsed.data), "Enabled: they can sign in again.");
}
