-- CreateTable
CREATE TABLE "EventActivityYear" (
    "year" DATE NOT NULL,
    "areas" TEXT NOT NULL,
    "areaSlugs" TEXT[],
    "partyKey" TEXT NOT NULL DEFAULT '',
    "parties" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "events" INTEGER NOT NULL,

    CONSTRAINT "EventActivityYear_pkey" PRIMARY KEY ("year","areas","partyKey")
);

-- CreateIndex
CREATE INDEX "EventActivityYear_areaSlugs_idx" ON "EventActivityYear" USING GIN ("areaSlugs");

-- The monthly rows are now read only for the months before and after a range's whole years (at
-- most eleven at each end) or for a range shorter than two years: their key's range finds them,
-- and an area's index over them made the planner intersect ten thousand entries to keep a few.
DROP INDEX "EventActivity_areaSlugs_idx";


-- The yearly counts are kept by the function every activity trigger calls (see the
-- event_activity_parties migration): each change adds its deltas to the month's row, then to the
-- year's, each table's rows in one fixed order. The body is an E'' string with each semicolon
-- written \073: the migration runner splits a script at every semicolon, dollar quotes included.
CREATE OR REPLACE FUNCTION ties_event_activity_add(d_month date[], d_areas text[], d_parties text[], d_n int[]) RETURNS void LANGUAGE sql AS E'
  INSERT INTO "EventActivity" ("month", "areas", "areaSlugs", "partyKey", "parties", "events")
  SELECT d.month, d.areas, string_to_array(d.areas, '' ''), d.parties, string_to_array(d.parties, '' ''), sum(d.n)::int
    FROM unnest(d_month, d_areas, d_parties, d_n) AS d(month, areas, parties, n)
    GROUP BY d.month, d.areas, d.parties
    HAVING sum(d.n) <> 0
    ORDER BY d.month, d.areas, d.parties
  ON CONFLICT ("month", "areas", "partyKey") DO UPDATE SET "events" = "EventActivity"."events" + excluded."events"\073
  INSERT INTO "EventActivityYear" ("year", "areas", "areaSlugs", "partyKey", "parties", "events")
  SELECT date_trunc(''year'', d.month)::date, d.areas, string_to_array(d.areas, '' ''), d.parties, string_to_array(d.parties, '' ''), sum(d.n)::int
    FROM unnest(d_month, d_areas, d_parties, d_n) AS d(month, areas, parties, n)
    GROUP BY 1, d.areas, d.parties
    HAVING sum(d.n) <> 0
    ORDER BY 1, d.areas, d.parties
  ON CONFLICT ("year", "areas", "partyKey") DO UPDATE SET "events" = "EventActivityYear"."events" + excluded."events"
';

-- The yearly counts of the events already recorded.
INSERT INTO "EventActivityYear" ("year", "areas", "areaSlugs", "partyKey", "parties", "events")
SELECT date_trunc('year', "month")::date, "areas", "areaSlugs", "partyKey", "parties", sum("events")::int
  FROM "EventActivity" GROUP BY 1, 2, 3, 4, 5 HAVING sum("events") <> 0;
