/**
 * Whether an account may act, read from its stored row. Apart from auth.ts so that reading a
 * request's session does not load better-auth in a server that never signs anyone in.
 */
export function isBanned(u: { banned?: boolean | null; banExpires?: Date | string | null }, now = new Date()): boolean {
  return u.banned === true && (u.banExpires == null || new Date(u.banExpires) > now);
}
