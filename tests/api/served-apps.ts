/**
 * The apps the global setup serves, for the HTTP API tests. Only an explicit TIES_E2E=0 skips
 * this tier; apps that are missing otherwise fail the run rather than pass it silently.
 */
export const WEB_URL = process.env.TIES_E2E_WEB_URL;
export const ADMIN_URL = process.env.TIES_E2E_ADMIN_URL;

if (!WEB_URL && process.env.TIES_E2E !== "0") {
  throw new Error("The apps are not served: build them first (npm test does), or set TIES_E2E=0 to skip the HTTP tier");
}

/** Every documented /api/v1 collection: the REST contract the OpenAPI document and clients rely on. */
export const DOCUMENTED_LISTS = ["events", "agreements", "commitments", "people", "organizations", "areas", "sources"] as const;
/** Collections that also serve one record at /{segment}/{idOrSlug}. */
export const DOCUMENTED_DETAILS = ["events", "agreements", "commitments", "people", "organizations", "areas", "sources"] as const;

export async function getJson(url: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: unknown }> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body };
}

export interface Item {
  id: string;
  slug: string;
  [key: string]: unknown;
}
export interface Page {
  items: Item[];
  nextCursor: string | null;
}
export interface ErrorBody {
  error: { code: string; message: string; fields: Record<string, string[]> | null };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function isItem(v: unknown): v is Item {
  return isRecord(v) && typeof v.id === "string" && v.id.length > 0 && typeof v.slug === "string" && v.slug.length > 0;
}

/** Checks the list shape every collection shares; throws with the body when it is not one. */
export function asPage(body: unknown): Page {
  if (
    isRecord(body) &&
    Array.isArray(body.items) &&
    body.items.every(isItem) &&
    (body.nextCursor === null || typeof body.nextCursor === "string")
  ) {
    return { items: body.items, nextCursor: body.nextCursor };
  }
  throw new Error(`Not a { items, nextCursor } page: ${JSON.stringify(body).slice(0, 300)}`);
}

export function asError(body: unknown): ErrorBody {
  const e = isRecord(body) ? body.error : undefined;
  if (isRecord(e) && typeof e.code === "string" && typeof e.message === "string" && e.message.length > 0) {
    const fields = e.fields;
    if (
      fields === null ||
      (isRecord(fields) && Object.values(fields).every((m) => Array.isArray(m) && m.every((x) => typeof x === "string")))
    ) {
      return {
        error: {
          code: e.code,
          message: e.message,
          fields:
            fields === null ? null : Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, Array.isArray(m) ? m.map(String) : []])),
        },
      };
    }
  }
  throw new Error(`Not a { error: { code, message, fields } } body: ${JSON.stringify(body).slice(0, 300)}`);
}

export function asRecord(v: unknown): Record<string, unknown> {
  if (!isRecord(v)) throw new Error(`Not an object: ${JSON.stringify(v).slice(0, 200)}`);
  return v;
}
