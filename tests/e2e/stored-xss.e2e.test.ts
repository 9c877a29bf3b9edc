/**
 * Stored XSS: records of every kind, of this file's own, with script payloads in every free-text
 * field (found from each kind's create schema, so new fields are covered) and hostile-looking but
 * valid links, published, then every public page type (English, and French for a few) and every
 * admin page type opened in a real Chromium. No payload runs (each would set `window.__xss` or
 * open a dialog), no injected element or script reaches the page, and no link is anything but
 * http(s), a relative path or a fragment.
 */
import { randomBytes } from "node:crypto";
import { allProcedures, appRouter, createCaller, createContextInner, procedureSchemas } from "@ties/api";
import { createUserWithPassword } from "@ties/api/server";
import { createPrismaClient, type Db } from "@ties/db";
import type { Page } from "playwright-core";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAsAdmin } from "../support/admin-session";
import { e2eApps, useBrowser } from "../support/browser";

const stamp = randomBytes(3).toString("hex");
const MARK = `xss${stamp}`;

/** Each sets a flag or opens a dialog if it ever runs; all fit in a one-line field. */
const XSS_PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=2">`,
  `"><svg onload="window.__xss=3">`,
  `'><iframe srcdoc="<script>parent.__xss=4</script>">`,
  `</title></script><script>window.__xss=5</script>`,
  `javascript:window.__xss=6`,
  `<a href="javascript:window.__xss=7">x</a>`,
  `<details open ontoggle="window.__xss=8">`,
  `{{constructor.constructor('window.__xss=9')()}}`,
  `<math><mtext></p><img src=x onerror=alert(10)>`,
];
/** Links must be http(s) (refused otherwise: tests/api/security); these are valid ones that try to break out of an attribute. */
const LINK_PAYLOADS = [`https://example.org/"><script>window.__xss=11</script>`, `https://example.org/?q='onmouseover='window.__xss=12`];

let payloadIndex = 0;
const line = () => `${MARK} ${XSS_PAYLOADS[payloadIndex++ % XSS_PAYLOADS.length]}`;
const paragraph = () => `${MARK} ${XSS_PAYLOADS.join(" ")}`;

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  maxLength?: number;
};

/** Strings that are identifiers, codes, dates or enums, not text a reader sees as written. */
const NOT_TEXT =
  /^(slug|id|.*Id|.*Ids|.*Slugs|role|lang|language|countryCode|party|parties|field|date|due|start|end|publishedAt|accessedAt)$/;

/**
 * `data` with every free-text field the schema allows filled with payloads: one-line fields get
 * one payload, longer ones all of them, links a hostile valid link, lists of text one item more.
 * Objects already in `data` are walked; optional free text absent from it is added.
 */
function poison(data: unknown, schema: JsonSchema | undefined, key = ""): unknown {
  if (!schema) return data;
  const s = schema.anyOf?.find((a) => a.type !== "null") ?? schema;
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === "object" && s.properties) {
    const obj: Record<string, unknown> = typeof data === "object" && data !== null && !Array.isArray(data) ? { ...data } : {};
    for (const [k, sub] of Object.entries(s.properties)) {
      const inner = sub.anyOf?.find((a) => a.type !== "null") ?? sub;
      const isLocalized = inner.type === "object" && inner.properties && "en" in inner.properties;
      if (k in obj || isLocalized || isText(k, inner) || isLink(k, inner)) {
        const v = poison(obj[k], sub, k);
        if (v !== undefined) obj[k] = v;
      }
    }
    return obj;
  }
  if (type === "array" && s.items) {
    const items = Array.isArray(data) ? data : [];
    const itemType = Array.isArray(s.items.type) ? s.items.type[0] : s.items.type;
    if (itemType === "string" && isText(key, s.items)) return [...items, line()];
    return items.map((i) => poison(i, s.items, key));
  }
  if (isLink(key, s)) return LINK_PAYLOADS[payloadIndex++ % LINK_PAYLOADS.length];
  if (type === "string" && isText(key, s)) {
    return (s.maxLength ?? 10_000) <= 300 ? line().slice(0, s.maxLength ?? 300) : paragraph();
  }
  return data;
}
function isLink(key: string, s: JsonSchema): boolean {
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  return type === "string" && (/url$/i.test(key) || s.format === "uri");
}
function isText(key: string, s: JsonSchema): boolean {
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  return type === "string" && !s.enum && !s.pattern && !NOT_TEXT.test(key);
}

function createSchema(kind: string): JsonSchema {
  const found = allProcedures(appRouter).find((p) => p.path === `${kind}.create`);
  const data = found ? procedureSchemas(found.procedure).input?.shape.data : undefined;
  if (!(data instanceof z.ZodType)) throw new Error(`${kind}.create has no data schema`);
  return z.toJSONSchema(data, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

let db: Db;
const made: Record<string, { id: string; slug: string }> = {};
const poisonedFields: string[] = [];

beforeAll(async () => {
  const url = process.env.TIES_E2E_DATABASE_URL;
  if (!url) throw new Error("The e2e apps are not served (TIES_E2E_DATABASE_URL unset)");
  db = createPrismaClient(url, { max: 2 });
  const email = `xss-${stamp}@e2e.test`;
  const userId = await createUserWithPassword(db, { email, name: `XSS editor ${stamp}`, password: "xss-editor-password-1", role: "admin" });
  const api = createCaller(createContextInner({ db, user: { id: userId, email, name: "XSS editor", role: "admin" }, surface: "admin" }));

  const sourceText = paragraph();
  /** Creates one record of `kind` from a valid base, poisoned, published with what it needs. */
  const create = async (kind: string, base: Record<string, unknown>) => {
    const poisoned = poison(base, createSchema(kind));
    const data: Record<string, unknown> = typeof poisoned === "object" && poisoned !== null ? { ...poisoned } : {};
    if (kind === "source") data.text = sourceText;
    if (kind === "citation") Object.assign(data, { quote: sourceText.slice(0, 120), start: 0, end: 120 });
    for (const [k, v] of Object.entries(data)) if (/__xss|example\.org\/["?]/.test(JSON.stringify(v))) poisonedFields.push(`${kind}.${k}`);
    const created = await call(api, `${kind}.create`, { data });
    if (kind !== "citation") made[kind] = { id: created.id, slug: String(data.slug ?? created.id) };
    else made.citation ??= { id: created.id, slug: created.id };
    return created.id;
  };
  const slug = (k: string) => `${MARK}-${k}`;
  await create("area", { slug: slug("area"), name: { en: "x" } });
  const org = await create("organization", { slug: slug("org"), name: { en: "x" }, kind: "ministry", countryCode: "CA" });
  const person = await create("person", { slug: slug("person"), name: "x", countryCode: "KR", variants: [{ name: "x" }] });
  await create("position", { personId: person, organizationId: org, role: "xss-role", title: { en: "x" }, start: "2024" });
  const source = await create("source", { slug: slug("source"), kind: "news", title: "x", publisherName: "x" });
  const agreement = await create("agreement", {
    slug: slug("agreement"),
    name: { en: "x" },
    kind: "treaty",
    parties: ["CA", "KR"],
    areaSlugs: [slug("area")],
    milestones: [{ kind: "signed", date: "1961-05-04", note: "x" }],
  });
  const event = await create("event", {
    slug: slug("event"),
    type: "meeting",
    title: { en: "x" },
    date: "1961-05-04",
    parties: ["CA", "KR"],
    location: { place: "x", city: "x", countryCode: "KR" },
    summary: { en: "x" },
    outcomes: ["x"],
    participants: [{ personId: person, side: "KR" }],
    organizationIds: [org],
    areaSlugs: [slug("area")],
    agreementLinks: [{ agreementId: agreement, action: "signed" }],
  });
  await create("commitment", {
    slug: slug("commitment"),
    text: { en: "x" },
    eventId: event,
    parties: ["CA", "KR"],
    due: "1962",
    dueText: "x",
    areaSlugs: [slug("area")],
    agreementId: agreement,
    evidence: [{ resolution: "in_progress", date: "1961-06", note: "x" }],
  });
  await create("claim", {
    slug: slug("claim"),
    sourceId: source,
    statement: "x",
    subject: { kind: "event", id: event, field: "title" },
    value: "x",
    reasoning: "x",
  });
  // Published records cite a source: one citation (a poisoned quote of the source) for each.
  for (const kind of ["area", "organization", "person", "position", "agreement", "event", "commitment", "claim"]) {
    const target = made[kind];
    if (target) await create("citation", { sourceId: source, target: { kind, id: target.id, field: null } });
  }

  for (const kind of ["source", "area", "organization", "person", "agreement", "event", "commitment", "claim"]) {
    const rec = await call(api, "review.publishWithDependencies", { kind, id: made[kind]?.id, baseVersion: await version(kind) });
    expect(rec.state, kind).toBe("published");
  }
}, 120_000);
afterAll(async () => {
  await db?.$disconnect();
});

/** Calls a procedure of the typed caller by its path, the way the router is walked. */
async function call(caller: object, path: string, input: unknown): Promise<{ id: string; state?: string }> {
  let fn: unknown = caller;
  for (const key of path.split(".")) fn = fn ? Reflect.get(fn, key) : undefined;
  if (typeof fn !== "function") throw new Error(`${path} is not a procedure`);
  const out: unknown = await fn(input);
  if (typeof out !== "object" || out === null || !("id" in out) || typeof out.id !== "string") throw new Error(`${path} returned no id`);
  return { id: out.id, state: "state" in out && typeof out.state === "string" ? out.state : undefined };
}

async function version(kind: string): Promise<number> {
  const id = made[kind]?.id;
  const r = await db.revision.findFirst({ where: { recordId: id }, orderBy: { version: "desc" }, select: { version: true } });
  return r?.version ?? 1;
}

/** Opens `url` and reports what ran or rendered that should not have. */
async function inspect(page: Page, url: string): Promise<{ status: number; problems: string[]; shown: boolean }> {
  const problems: string[] = [];
  const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  };
  page.on("dialog", onDialog);
  const res = await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(50);
  const found = await page.evaluate((mark) => {
    const out: string[] = [];
    const flag: unknown = Reflect.get(window, "__xss");
    if (flag !== undefined) out.push(`window.__xss = ${String(flag)}`);
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        const v = attr.value.trim().toLowerCase();
        if (/^on/i.test(attr.name) && attr.value.includes("__xss")) out.push(`injected handler <${el.tagName.toLowerCase()} ${attr.name}>`);
        if (
          ["href", "src", "action", "formaction", "xlink:href"].includes(attr.name) &&
          /^(javascript|data|vbscript):/.test([...v].filter((c) => c.charCodeAt(0) > 0x20).join(""))
        )
          out.push(`dangerous ${attr.name} on <${el.tagName.toLowerCase()}>: ${attr.value.slice(0, 80)}`);
        if (attr.name === "srcdoc") out.push(`srcdoc on <${el.tagName.toLowerCase()}>`);
      }
    }
    for (const s of Array.from(document.scripts)) {
      if (/^\s*(window|parent)\.__xss/.test(s.textContent ?? "")) out.push("an injected script element");
    }
    return { out, shown: (document.body.textContent ?? "").includes(mark) };
  }, MARK);
  page.off("dialog", onDialog);
  return { status: res?.status() ?? 0, problems: [...problems, ...found.out], shown: found.shown };
}

describe("stored XSS", () => {
  const browser = useBrowser();

  it("every free-text field of every kind carries a payload", () => {
    for (const field of [
      "event.title",
      "event.summary",
      "event.outcomes",
      "event.location",
      "agreement.name",
      "agreement.milestones",
      "person.name",
      "organization.url",
      "source.url",
      "source.title",
      "claim.statement",
      "commitment.text",
      "citation.quote",
    ])
      expect(poisonedFields).toContain(field);
  });

  it("no payload runs or renders on any public page type (English, and French)", async () => {
    const { webUrl } = e2eApps();
    const page = await browser().newPage();
    const s = (k: string) => made[k]?.slug ?? "missing";
    const paths = [
      "/en",
      "/en/events",
      `/en/events?q=${MARK}`,
      `/en/events?area=${s("area")}`,
      `/en/events/${s("event")}`,
      "/en/agreements",
      `/en/agreements/${s("agreement")}`,
      "/en/commitments",
      `/en/commitments/${s("commitment")}`,
      "/en/people",
      `/en/people/${s("person")}`,
      "/en/organizations",
      `/en/organizations/${s("organization")}`,
      "/en/areas",
      `/en/areas/${s("area")}`,
      "/en/sources",
      `/en/sources/${s("source")}`,
      "/en/claims",
      `/en/claims/${s("claim")}`,
      `/en/search?q=${MARK}`,
      "/en/methodology",
      "/en/open-data",
      `/fr/events/${s("event")}`,
      `/fr/agreements/${s("agreement")}`,
      `/fr/people/${s("person")}`,
      `/fr/search?q=${MARK}`,
    ];
    const failures: string[] = [];
    const shown = new Set<string>();
    for (const path of paths) {
      const r = await inspect(page, `${webUrl}${path}`);
      if (r.status !== 200) failures.push(`${path}: status ${r.status}`);
      for (const p of r.problems) failures.push(`${path}: ${p}`);
      if (r.shown) shown.add(path);
    }
    console.log(
      `xss: ${XSS_PAYLOADS.length + LINK_PAYLOADS.length} payloads in ${poisonedFields.length} fields, ${paths.length} public pages checked (${shown.size} show the payloads)`,
    );
    expect(failures).toEqual([]);
    // The detail pages must actually show the stored payloads, or the check proves nothing.
    const details = paths.filter((p) => p.includes(MARK) && !p.includes("?"));
    expect(details.length).toBeGreaterThanOrEqual(8);
    expect(details.filter((p) => !shown.has(p))).toEqual([]);
  }, 300_000);

  it("no payload runs or renders on any admin page type", async () => {
    const { adminUrl } = e2eApps();
    const page = await browser().newPage();
    await signInAsAdmin(page);
    const paths = ["/", "/review", "/sources", `/sources/${made.source?.id}`];
    for (const [kind, rec] of Object.entries(made)) paths.push(`/records/${kind}/${rec.id}`, `/records/${kind}/${rec.id}/edit`);
    const failures: string[] = [];
    let shown = 0;
    let checked = 0;
    const typesSeen = new Set<string>();
    for (const path of paths) {
      const r = await inspect(page, `${adminUrl}${path}`);
      // Not every kind has every record page (positions and citations are edited on their parent's).
      if (r.status === 404 && path.startsWith("/records/")) continue;
      if (r.status !== 200) failures.push(`${path}: status ${r.status}`);
      for (const p of r.problems) failures.push(`${path}: ${p}`);
      if (r.shown) shown++;
      checked++;
      typesSeen.add(path.replace(/\/records\/[^/]+\/[^/]+/, "/records/:kind/:id").replace(/\/sources\/[^/]+$/, "/sources/:id"));
    }
    console.log(`xss: ${checked} admin pages checked over ${typesSeen.size} page types (${shown} show the payloads)`);
    expect(failures).toEqual([]);
    expect([...typesSeen].sort()).toEqual(["/", "/records/:kind/:id", "/records/:kind/:id/edit", "/review", "/sources", "/sources/:id"]);
    expect(shown).toBeGreaterThan(checked / 2);
  }, 300_000);
});
