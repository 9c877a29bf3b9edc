/**
 * Notices after a form action ("Published.", a conflict message) travel in the address, signed
 * with the app's secret, so nobody can craft a link that shows an official-looking message.
 */
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "./env";

const ZFlash = z.object({ kind: z.enum(["done", "error"]), text: z.string().max(2000), at: z.number() });
export type Flash = z.infer<typeof ZFlash>;

const sign = (payload: string) => createHmac("sha256", env().BETTER_AUTH_SECRET).update(`flash:${payload}`).digest("base64url");

/** The address to send the user to, carrying a signed notice. */
export function withFlash(path: string, flash: Omit<Flash, "at">): string {
  const payload = Buffer.from(JSON.stringify({ ...flash, at: Date.now() })).toString("base64url");
  return `${path}?notice=${payload}.${sign(payload)}`;
}

/** The notice in the address, if it is one this app signed in the last ten minutes. */
export function readFlash(notice: string | string[] | undefined): Flash | null {
  if (typeof notice !== "string") return null;
  const [payload, mac] = notice.split(".");
  if (!payload || !mac) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const flash = ZFlash.parse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return Date.now() - flash.at < 10 * 60_000 ? flash : null;
  } catch {
    return null;
  }
}
