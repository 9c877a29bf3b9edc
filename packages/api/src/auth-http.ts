/**
 * Serving better-auth's routes with what better-auth does not do itself: a body size limit on
 * every auth route, a lockout per account (an address limit alone lets a slow guess spread over
 * many addresses through), and no session token in the sign-in response body (the cookie carries
 * it; a token in the body is one script away from leaving the page).
 */
import type { Db } from "@ties/db";
import { generateRandomString } from "better-auth/crypto";
import type { TiesAuth } from "./auth";
import { BodyTooLarge, readBodyCapped } from "./http-handler";

export interface AuthHttpOptions {
  /** Failed sign-ins allowed per account within `accountWindowSeconds` (10 unless set). */
  failedSignInsPerAccount?: number;
  /** 15 minutes unless set. */
  accountWindowSeconds?: number;
  /** Largest body accepted on an auth route, in bytes (16 KB unless set: a sign-in is under 1 KB). */
  maxBodyBytes?: number;
}

const SIGN_IN_PATH = /\/sign-in\/email$/;
const LOCKED_MESSAGE = "Too many failed sign-ins for this account: try again later";

function json(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...extra },
  });
}

/** The account key a sign-in attempt is counted under; the same for accounts that do not exist, so the answer says nothing about them. */
function accountKey(body: Uint8Array): string | null {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(body));
    const email = typeof parsed === "object" && parsed !== null && "email" in parsed ? parsed.email : null;
    return typeof email === "string" && email.length > 0 && email.length <= 320 ? `sign-in-account:${email.trim().toLowerCase()}` : null;
  } catch {
    return null;
  }
}

async function failuresIn(db: Db, key: string, windowMs: number): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
  return row && Number(row.lastRequest) > Date.now() - windowMs ? row.count : 0;
}

/** Counts one failure; a window starts at its first failure (kept in `lastRequest`). */
async function recordFailure(db: Db, key: string, windowMs: number): Promise<void> {
  const now = BigInt(Date.now());
  const since = now - BigInt(windowMs);
  await db.$executeRaw`
    INSERT INTO "rateLimit" (id, key, count, "lastRequest") VALUES (${generateRandomString(24)}, ${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "rateLimit"."lastRequest" < ${since} THEN 1 ELSE "rateLimit".count + 1 END,
      "lastRequest" = CASE WHEN "rateLimit"."lastRequest" < ${since} THEN ${now} ELSE "rateLimit"."lastRequest" END`;
}

export async function handleAuthRequest(req: Request, auth: TiesAuth, db: Db, opts: AuthHttpOptions = {}): Promise<Response> {
  const maxBody = opts.maxBodyBytes ?? 16_384;
  const perAccount = opts.failedSignInsPerAccount ?? 10;
  const windowMs = (opts.accountWindowSeconds ?? 15 * 60) * 1000;
  if (req.method !== "POST") return auth.handler(req);

  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyCapped(req, maxBody);
  } catch (e) {
    if (e instanceof BodyTooLarge)
      return json(413, { code: "PAYLOAD_TOO_LARGE", message: `The body is over ${maxBody} bytes` }, { connection: "close" });
    return json(400, { code: "BAD_REQUEST", message: "Malformed request" });
  }
  const forwarded = new Request(req.url, { method: "POST", headers: req.headers, body, signal: req.signal });
  if (!SIGN_IN_PATH.test(new URL(req.url).pathname)) return auth.handler(forwarded);

  const key = accountKey(body);
  if (key && (await failuresIn(db, key, windowMs)) >= perAccount) {
    return json(429, { code: "TOO_MANY_REQUESTS", message: LOCKED_MESSAGE }, { "retry-after": String(Math.ceil(windowMs / 1000)) });
  }
  const res = await auth.handler(forwarded);
  if (key && res.status === 401) await recordFailure(db, key, windowMs);
  if (key && res.ok) await db.rateLimit.deleteMany({ where: { key } });
  if (!res.ok || !(res.headers.get("content-type") ?? "").includes("application/json")) return res;

  const payload: unknown = await res.json().catch(() => null);
  if (typeof payload === "object" && payload !== null && "token" in payload) delete payload.token;
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  headers.set("cache-control", "no-store");
  return new Response(JSON.stringify(payload), { status: res.status, headers });
}
