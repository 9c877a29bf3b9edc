-- AlterTable
ALTER TABLE "EventActivity" DROP CONSTRAINT "EventActivity_pkey",
ADD COLUMN     "parties" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "partyKey" TEXT NOT NULL DEFAULT '',
ADD CONSTRAINT "EventActivity_pkey" PRIMARY KEY ("month", "areas", "partyKey");


-- The activity summary counts events by their parties too, so that the statistics of a deployment
-- count only the pairs it shows (TIES_PAIRS), as its lists do. The triggers, their statement-level
-- deltas and their fixed lock order are those of the event_activity migration, with the parties
-- (joined with spaces) as a third key.

-- The trigger bodies are E'' strings with each semicolon written \073: the migration runner splits
-- a script at every semicolon, dollar quotes included.
CREATE FUNCTION ties_event_activity_add(d_month date[], d_areas text[], d_parties text[], d_n int[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "EventActivity" ("month", "areas", "areaSlugs", "partyKey", "parties", "events")
  SELECT d.month, d.areas, string_to_array(d.areas, ' '), d.parties, string_to_array(d.parties, ' '), sum(d.n)::int
    FROM unnest(d_month, d_areas, d_parties, d_n) AS d(month, areas, parties, n)
    GROUP BY d.month, d.areas, d.parties
    HAVING sum(d.n) <> 0
    ORDER BY d.month, d.areas, d.parties
  ON CONFLICT ("month", "areas", "partyKey") DO UPDATE SET "events" = "EventActivity"."events" + excluded."events"
$$;

CREATE OR REPLACE FUNCTION ties_event_activity_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_activity_add(array_agg(date_trunc(''month'', r."dateFirst")::date), array_agg(array_to_string(r."areaSlugs", '' '')),
      array_agg(coalesce(array_to_string(r.parties, '' ''), '''')), array_agg(1))
    FROM new_rows r WHERE r.state = ''published'' AND r."mergedIntoId" IS NULL\073
  RETURN NULL\073
END';

CREATE OR REPLACE FUNCTION ties_event_activity_delete() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_activity_add(array_agg(date_trunc(''month'', r."dateFirst")::date), array_agg(array_to_string(r."areaSlugs", '' '')),
      array_agg(coalesce(array_to_string(r.parties, '' ''), '''')), array_agg(-1))
    FROM old_rows r WHERE r.state = ''published'' AND r."mergedIntoId" IS NULL\073
  RETURN NULL\073
END';

CREATE OR REPLACE FUNCTION ties_event_activity_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_activity_add(array_agg(d.month), array_agg(d.areas), array_agg(d.parties), array_agg(d.n))
    FROM (
      SELECT date_trunc(''month'', r."dateFirst")::date AS month, array_to_string(r."areaSlugs", '' '') AS areas,
             coalesce(array_to_string(r.parties, '' ''), '''') AS parties, 1 AS n
        FROM new_rows r WHERE r.state = ''published'' AND r."mergedIntoId" IS NULL
      UNION ALL
      SELECT date_trunc(''month'', r."dateFirst")::date, array_to_string(r."areaSlugs", '' ''), coalesce(array_to_string(r.parties, '' ''), ''''), -1
        FROM old_rows r WHERE r.state = ''published'' AND r."mergedIntoId" IS NULL
    ) d\073
  RETURN NULL\073
END';

DROP FUNCTION ties_event_activity_add(date[], text[], int[]);

-- The counts again, by parties as well.
DELETE FROM "EventActivity";
INSERT INTO "EventActivity" ("month", "areas", "areaSlugs", "partyKey", "parties", "events")
SELECT date_trunc('month', "dateFirst")::date, array_to_string("areaSlugs", ' '), string_to_array(array_to_string("areaSlugs", ' '), ' '),
       coalesce(array_to_string(parties, ' '), ''), string_to_array(coalesce(array_to_string(parties, ' '), ''), ' '), count(*)::int
  FROM "Event" WHERE state = 'published' AND "mergedIntoId" IS NULL
  GROUP BY 1, 2, 4;
