/**
 * Refuses request paths whose percent-encoding is broken (e.g. "/events/%ZZ") with a clear 400,
 * before Next.js tries to decode them for route parameters and fails with a 500. Both apps run
 * it as their proxy.
 */
export function brokenPathResponse(pathname: string): Response | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const body = { error: { code: "BAD_REQUEST", message: "The address has broken percent-encoding", fields: null } };
    return Response.json(body, { status: 400, headers: { "cache-control": "no-store" } });
  }
}
