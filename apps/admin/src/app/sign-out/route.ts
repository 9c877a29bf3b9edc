import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { auth } from "../../server/services";

export async function POST(req: Request) {
  const res = await auth().api.signOut({ headers: await headers(), asResponse: true });
  const out = NextResponse.redirect(new URL("/sign-in", req.url), 303);
  for (const c of res.headers.getSetCookie()) out.headers.append("set-cookie", c);
  return out;
}
