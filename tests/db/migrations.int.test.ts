/**
 * The Prisma schema and the committed migrations must describe the same database. Applies the
 * migrations to one fresh database and the schema's own DDL to another, then compares tables,
 * columns, keys and indexes as PostgreSQL reports them.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureDatabase, dropDatabase, migrateDeploy, repoRoot, withDatabase } from "@ties/db/ops";
import { testServerUrl } from "@ties/db/testing";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const dbPkg = join(repoRoot, "packages/db");
const names = { migrated: `drift_m_${process.pid}`, schema: `drift_s_${process.pid}` };

function prismaDiff(args: string[]): string {
  return execFileSync(process.execPath, [join(dbPkg, "scripts/prisma.mjs"), "migrate", "diff", ...args, "--script"], {
    cwd: dbPkg,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: withDatabase(testServerUrl(), "postgres") },
  });
}

async function catalog(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const columns = await c.query(`
      SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`);
    const constraints = await c.query(`
      SELECT conrelid::regclass::text AS tbl, conname, contype, pg_get_constraintdef(oid) AS def
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
      ORDER BY 1, 2`);
    // Search, facet, covering, partial and collated indexes are hand-written SQL that Prisma cannot express; they are checked separately.
    const indexes = await c.query(`
      SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexname NOT LIKE '%_search_idx'
        AND indexname NOT LIKE '%_facets_idx' AND indexdef NOT LIKE '% INCLUDE %' AND indexdef NOT LIKE '% WHERE %'
        AND indexdef NOT LIKE '% COLLATE %'
      ORDER BY 1, 2`);
    const facets = await c.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE '%_facets_idx'`);
    const covering = await c.query(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '% INCLUDE %' ORDER BY 1`,
    );
    const partial = await c.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '% WHERE %' ORDER BY 1`);
    const collated = await c.query(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '% COLLATE %' ORDER BY 1`,
    );
    const search = await c.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE '%_search_idx' ORDER BY 1`,
    );
    // Generated columns are hand-written SQL too: Prisma declares them as Unsupported columns.
    const generated = await c.query(`
      SELECT table_name, column_name, generation_expression FROM information_schema.columns
      WHERE table_schema = 'public' AND is_generated = 'ALWAYS' ORDER BY 1, 2`);
    return {
      columns: columns.rows,
      constraints: constraints.rows,
      indexes: indexes.rows,
      search: search.rows.map((r) => r.indexname),
      searchDefs: search.rows.map((r) => r.indexdef),
      facetDefs: facets.rows.map((r) => r.indexdef),
      coveringDefs: covering.rows.map((r) => r.indexdef),
      partialDefs: partial.rows.map((r) => r.indexdef),
      collatedDefs: collated.rows.map((r) => r.indexdef),
      generated: generated.rows,
    };
  } finally {
    await c.end();
  }
}

describe("schema and migrations", () => {
  afterAll(async () => {
    await dropDatabase(testServerUrl(), names.migrated);
    await dropDatabase(testServerUrl(), names.schema);
  });

  it("the committed migrations build exactly the database the Prisma schema describes", async () => {
    const server = testServerUrl();
    await ensureDatabase(server, names.migrated);
    await migrateDeploy(withDatabase(server, names.migrated));

    await ensureDatabase(server, names.schema);
    const ddl = prismaDiff(["--from-empty", "--to-schema-datamodel", join(dbPkg, "prisma/schema.prisma")]);
    const c = new pg.Client({ connectionString: withDatabase(server, names.schema) });
    await c.connect();
    await c.query(ddl);
    await c.end();

    const [fromMigrations, fromSchema] = await Promise.all([
      catalog(withDatabase(server, names.migrated)),
      catalog(withDatabase(server, names.schema)),
    ]);
    expect(fromMigrations.columns).toEqual(fromSchema.columns);
    expect(fromMigrations.constraints).toEqual(fromSchema.constraints);
    expect(fromMigrations.indexes).toEqual(fromSchema.indexes);
    const searchable = ["Agreement", "Event", "Organization", "Person", "Source"];
    expect(fromMigrations.search).toEqual(searchable.map((t) => `${t}_search_idx`));
    // Each search index covers the stored vector, and the vector is generated from the search text.
    expect(fromMigrations.searchDefs).toEqual(
      searchable.map((t) => `CREATE INDEX "${t}_search_idx" ON public."${t}" USING gin ("searchVector")`),
    );
    expect(fromMigrations.facetDefs).toEqual([
      `CREATE INDEX "Event_facets_idx" ON public."Event" USING gin (ties_facet_vector("searchVector", type, "areaSlugs"))`,
    ]);
    // The walk in date order reads the published events' search signatures from one index.
    const walk = `CREATE INDEX "Event_published_walk_idx" ON public."Event" USING btree ("dateFirst" DESC, id DESC) INCLUDE ("searchSignature") WHERE ((state = 'published'::text) AND ("mergedIntoId" IS NULL))`;
    expect(fromMigrations.coveringDefs).toEqual([
      `CREATE INDEX "Event_id_listing_idx" ON public."Event" USING btree (id) INCLUDE ("dateFirst", state, "mergedIntoId")`,
      walk,
    ]);
    expect(fromMigrations.partialDefs).toEqual([
      walk,
      `CREATE INDEX "Event_recently_published_idx" ON public."Event" USING btree ("publishedAt" DESC NULLS LAST, id DESC) WHERE ((state = 'published'::text) AND ("mergedIntoId" IS NULL))`,
    ]);
    expect(fromMigrations.collatedDefs).toEqual([
      `CREATE INDEX "EventAgreement_agreement_latest_idx" ON public."EventAgreement" USING btree ("agreementId", "eventDateFirst" DESC, "eventId" COLLATE "C" DESC, action)`,
      `CREATE INDEX "EventOrganization_organization_latest_idx" ON public."EventOrganization" USING btree ("organizationId", "eventDateFirst" DESC, "eventId" COLLATE "C" DESC)`,
      `CREATE INDEX "EventParticipant_person_latest_idx" ON public."EventParticipant" USING btree ("personId", "eventDateFirst" DESC, "eventId" COLLATE "C" DESC)`,
    ]);
    expect(fromMigrations.generated).toEqual(
      [
        ...searchable.map((t) => ({
          table_name: t,
          column_name: "searchVector",
          generation_expression: 'ties_search_vector("searchText")',
        })),
        {
          table_name: "Event",
          column_name: "searchSignature",
          generation_expression: 'ties_search_signature(ties_search_vector("searchText"))',
        },
      ].sort((a, b) => a.table_name.localeCompare(b.table_name) || a.column_name.localeCompare(b.column_name)),
    );
  });

  it("the schema snapshot kept for authoring the next migration matches the schema", () => {
    const snapshot = join(dbPkg, "prisma/migrations/schema.last.prisma");
    const ddl = prismaDiff(["--from-schema-datamodel", snapshot, "--to-schema-datamodel", join(dbPkg, "prisma/schema.prisma")]);
    expect(ddl).not.toMatch(/\b(CREATE|ALTER|DROP)\b/);
    expect(readFileSync(snapshot, "utf8").length).toBeGreaterThan(0);
  });
});
