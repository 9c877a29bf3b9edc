import { brokenPathResponse } from "@ties/api/path-guard";
import { type NextRequest, NextResponse } from "next/server";

export function proxy(req: NextRequest) {
  return brokenPathResponse(req.nextUrl.pathname) ?? NextResponse.next();
}
