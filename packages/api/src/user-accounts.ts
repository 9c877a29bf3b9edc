/**
 * Account management for admins: list, create, change roles, ban and unban. Each change writes an
 * audit entry in the same transaction; a ban also ends the user's sessions. Admins cannot demote
 * or ban themselves, so the last admin cannot lock everyone out by accident.
 */
import { type Db, decodeKeyCursor, type Prisma, pageOf } from "@ties/db";
import { isRole, type Role, TiesError, type UserView, ZUserView } from "@ties/domain";
import type { SessionUser } from "./context";

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  banned: true,
  banReason: true,
  createdAt: true,
} as const satisfies Prisma.UserSelect;

function toView(u: Prisma.UserGetPayload<{ select: typeof userSelect }>): UserView {
  return ZUserView.parse({
    ...u,
    role: isRole(u.role) ? u.role : "curator",
    banned: u.banned ?? false,
    createdAt: u.createdAt.toISOString(),
  });
}

async function audit(db: Pick<Db, "auditEntry">, actor: SessionUser, userId: string, details: Record<string, string | boolean | null>) {
  await db.auditEntry.create({ data: { action: "role", recordKind: "user", recordId: userId, actorId: actor.id, details } });
}

export async function listUsers(
  db: Db,
  input: { limit: number; cursor?: string | null },
): Promise<{ items: UserView[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeKeyCursor(input.cursor) : null;
  const rows = await db.user.findMany({
    where: after ? { OR: [{ email: { gt: after.key ?? "" } }, { email: after.key ?? "", id: { gt: after.id } }] } : {},
    orderBy: [{ email: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: userSelect,
  });
  return pageOf(rows, input.limit, toView, (u) => [u.email, u.id]);
}

const emailTaken = () => new TiesError("VALIDATION", "An account with this email exists", { fields: { email: ["Already in use"] } });

/**
 * The account, its password and the audit entry are written in one transaction: an account never
 * exists unaudited. Two admins creating the same email at once get one account and one
 * validation error (the unique email decides), never an internal error.
 */
export async function createUser(
  db: Db,
  actor: SessionUser,
  input: { email: string; name: string; password: string; role: Role },
): Promise<UserView> {
  const email = input.email.toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
  // Loaded when an admin first creates an account: the public site never does.
  const { generateRandomString, hashPassword } = await import("better-auth/crypto");
  const password = await hashPassword(input.password);
  const id = generateRandomString(24);
  try {
    return await db.$transaction(async (tx) => {
      const u = await tx.user.create({
        data: { id, email, name: input.name, role: input.role, emailVerified: true },
        select: userSelect,
      });
      await tx.account.create({ data: { id: generateRandomString(24), accountId: id, providerId: "credential", userId: id, password } });
      await audit(tx, actor, id, { change: "created", role: input.role });
      return toView(u);
    });
  } catch (e) {
    if ((e as { code?: unknown })?.code === "P2002") throw emailTaken();
    throw e;
  }
}

async function mustUser(db: Db, userId: string) {
  const u = await db.user.findUnique({ where: { id: userId }, select: userSelect });
  if (!u) throw new TiesError("NOT_FOUND", `No user ${userId}`);
  return u;
}

export async function setUserRole(db: Db, actor: SessionUser, input: { userId: string; role: Role }): Promise<UserView> {
  const before = await mustUser(db, input.userId);
  if (input.userId === actor.id && input.role !== "admin") throw new TiesError("RULE", "Admins cannot take away their own admin role");
  return db.$transaction(async (tx) => {
    const u = await tx.user.update({ where: { id: input.userId }, data: { role: input.role }, select: userSelect });
    await audit(tx, actor, input.userId, { change: "role", from: before.role, to: input.role });
    return toView(u);
  });
}

export async function setUserBanned(
  db: Db,
  actor: SessionUser,
  input: { userId: string; banned: boolean; reason?: string },
): Promise<UserView> {
  await mustUser(db, input.userId);
  if (input.userId === actor.id && input.banned) throw new TiesError("RULE", "Admins cannot ban themselves");
  return db.$transaction(async (tx) => {
    const u = await tx.user.update({
      where: { id: input.userId },
      data: { banned: input.banned, banReason: input.banned ? (input.reason ?? null) : null },
      select: userSelect,
    });
    if (input.banned) await tx.session.deleteMany({ where: { userId: input.userId } });
    await audit(tx, actor, input.userId, { change: input.banned ? "ban" : "unban", reason: input.reason ?? null });
    return toView(u);
  });
}
