import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { env } from "../../server/env";
import { auth } from "../../server/services";

export async function POST(req: Request) {
  // A form post can come from any site: only the admin app itself may sign its users out.
  if (req.headers.get("origin") !== new URL(env().ADMIN_URL).origin) {
    return Response.json({ error: { code: "FORBIDDEN", message: "Sign-out must come from the admin app" } }, { status: 403 });
  }
  const res = await auth().api.signOut({ headers: await headers(), asResponse: true });
  const out = NextResponse.redirect(new URL("/sign-in", req.url), 303);
  for (const c of res.headers.getSetCookie()) out.headers.append("set-cookie", c);
  return out;
}
