-- CreateTable
CREATE TABLE "EventFacet" (
    "menu" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "partyKey" TEXT NOT NULL DEFAULT '',
    "parties" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "shard" SMALLINT NOT NULL DEFAULT 0,
    "events" INTEGER NOT NULL,

    CONSTRAINT "EventFacet_pkey" PRIMARY KEY ("menu","value","partyKey","shard")
);



-- The timeline's menus read these counts instead of joining every published event to its people,
-- organisations and agreements (7-9 s at 1,000,000 events). As with "EventActivity", triggers keep
-- them in the transaction of each write, whichever path wrote it, once per statement from its
-- transition tables and with their keys in a fixed order. An event counts while it is published
-- and not merged away, and its links count through it: a link added or removed counts at once, and an
-- event that starts or stops counting, or changes parties, moves all of its links' counts. A link
-- table's rows are removed with their event only after the event is gone, so a row-level trigger
-- takes an event's links out of the counts just before the event is deleted.

-- The trigger bodies are E'' strings with each semicolon written \073: the migration runner splits
-- a script at every semicolon, dollar quotes included.

-- Adds signed counts per (menu, value, parties) key, in key order. Every published event counts in
-- its type's row, so the rows are split four ways by transaction: two batches of an import written
-- at once (consecutive transactions) add to different rows and neither waits for the other.
CREATE FUNCTION ties_event_facet_add(d_menu text[], d_value text[], d_parties text[], d_n int[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "EventFacet" ("menu", "value", "partyKey", "parties", "shard", "events")
  SELECT d.menu, d.value, d.parties, string_to_array(d.parties, ' '), (txid_current() % 4)::smallint, sum(d.n)::int
    FROM unnest(d_menu, d_value, d_parties, d_n) AS d(menu, value, parties, n)
    GROUP BY d.menu, d.value, d.parties
    HAVING sum(d.n) <> 0
    ORDER BY d.menu, d.value, d.parties
  ON CONFLICT ("menu", "value", "partyKey", "shard") DO UPDATE SET "events" = "EventFacet"."events" + excluded."events"
$$;

-- The type and area counts of events given by type, areas (joined with spaces), parties and sign.
CREATE FUNCTION ties_event_facet_events(d_type text[], d_areas text[], d_parties text[], d_n int[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_facet_add(array_agg(f.menu), array_agg(f.value), array_agg(f.parties), array_agg(f.n))
    FROM (
      SELECT ''type''::text AS menu, d.type AS value, d.parties, d.n FROM unnest(d_type, d_areas, d_parties, d_n) AS d(type, areas, parties, n)
      UNION ALL
      SELECT ''area'', a.slug, d.parties, d.n
        FROM unnest(d_type, d_areas, d_parties, d_n) AS d(type, areas, parties, n)
        CROSS JOIN LATERAL unnest(string_to_array(d.areas, '' '')) AS a(slug)
    ) f\073
END ';

-- The link counts of events given by id, parties and sign: each person and organisation named,
-- each agreement acted on (once however many actions).
CREATE FUNCTION ties_event_facet_links(d_event text[], d_parties text[], d_n int[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_facet_add(array_agg(f.menu), array_agg(f.value), array_agg(f.parties), array_agg(f.n))
    FROM (
      SELECT ''person''::text AS menu, l."personId" AS value, e.parties, e.n
        FROM unnest(d_event, d_parties, d_n) AS e(id, parties, n) JOIN "EventParticipant" l ON l."eventId" = e.id
      UNION ALL
      SELECT ''organization'', l."organizationId", e.parties, e.n
        FROM unnest(d_event, d_parties, d_n) AS e(id, parties, n) JOIN "EventOrganization" l ON l."eventId" = e.id
      UNION ALL
      SELECT ''agreement'', l."agreementId", e.parties, e.n
        FROM unnest(d_event, d_parties, d_n) AS e(id, parties, n)
        JOIN (SELECT DISTINCT a."eventId", a."agreementId" FROM "EventAgreement" a WHERE a."eventId" = ANY (d_event)) l ON l."eventId" = e.id
    ) f\073
END ';

-- Links added (+1) or removed (-1) by (event, record), counted where their event counts. An
-- agreement's count moves only when an event's first action on it is added or its last removed.
CREATE FUNCTION ties_event_facet_link_rows(d_menu text, d_event text[], d_value text[], d_n int[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_facet_add(array_agg(d_menu), array_agg(c.value), array_agg(coalesce(array_to_string(e.parties, '' ''), '''')), array_agg(c.n))
    FROM (
      SELECT x.event, x.value,
             CASE WHEN d_menu <> ''agreement'' THEN x.n
                  ELSE (have.n > 0)::int - (have.n - x.added + x.removed > 0)::int END AS n
        FROM (
          SELECT d.event, d.value, sum(d.n)::int AS n, count(*) FILTER (WHERE d.n > 0)::int AS added, count(*) FILTER (WHERE d.n < 0)::int AS removed
            FROM unnest(d_event, d_value, d_n) AS d(event, value, n) GROUP BY d.event, d.value
        ) x
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS n FROM "EventAgreement" a WHERE d_menu = ''agreement'' AND a."eventId" = x.event AND a."agreementId" = x.value
        ) have
    ) c
    JOIN "Event" e ON e.id = c.event AND e.state = ''published'' AND e."mergedIntoId" IS NULL
   WHERE c.n <> 0\073
END ';

CREATE FUNCTION ties_event_facet_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_facet_events(array_agg(r.type), array_agg(array_to_string(r."areaSlugs", '' '')),
      array_agg(coalesce(array_to_string(r.parties, '' ''), '''')), array_agg(1))
    FROM new_rows r WHERE r.state = ''published'' AND r."mergedIntoId" IS NULL\073
  RETURN NULL\073
END ';

CREATE FUNCTION ties_event_facet_delete() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_facet_events(array_agg(r.type), array_agg(array_to_string(r."areaSlugs", '' '')),
      array_agg(coalesce(array_to_string(r.parties, '' ''), '''')), array_agg(-1))
    FROM old_rows r WHERE r.state = ''published'' AND r."mergedIntoId" IS NULL\073
  RETURN NULL\073
END ';

-- Before each event is deleted, while its links are still there.
CREATE FUNCTION ties_event_facet_delete_links() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF OLD.state = ''published'' AND OLD."mergedIntoId" IS NULL THEN
    PERFORM ties_event_facet_links(ARRAY[OLD.id], ARRAY[coalesce(array_to_string(OLD.parties, '' ''), '''')], ARRAY[-1])\073
  END IF\073
  RETURN OLD\073
END ';

-- An edit that moves neither state, type, areas nor parties nets to nothing, and only events that
-- start or stop counting, or change parties, touch their links.
CREATE FUNCTION ties_event_facet_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_facet_events(array_agg(d.type), array_agg(d.areas), array_agg(d.parties), array_agg(d.n))
    FROM (
      SELECT r.type, array_to_string(r."areaSlugs", '' '') AS areas, coalesce(array_to_string(r.parties, '' ''), '''') AS parties, 1 AS n
        FROM new_rows r WHERE r.state = ''published'' AND r."mergedIntoId" IS NULL
      UNION ALL
      SELECT r.type, array_to_string(r."areaSlugs", '' ''), coalesce(array_to_string(r.parties, '' ''), ''''), -1
        FROM old_rows r WHERE r.state = ''published'' AND r."mergedIntoId" IS NULL
    ) d\073
  PERFORM ties_event_facet_links(array_agg(c.id), array_agg(c.parties), array_agg(c.n))
    FROM (
      SELECT d.id, d.parties, sum(d.n)::int AS n
        FROM (
          SELECT r.id, coalesce(array_to_string(r.parties, '' ''), '''') AS parties, 1 AS n
            FROM new_rows r WHERE r.state = ''published'' AND r."mergedIntoId" IS NULL
          UNION ALL
          SELECT r.id, coalesce(array_to_string(r.parties, '' ''), ''''), -1
            FROM old_rows r WHERE r.state = ''published'' AND r."mergedIntoId" IS NULL
        ) d
       GROUP BY d.id, d.parties
      HAVING sum(d.n) <> 0
    ) c\073
  RETURN NULL\073
END ';

CREATE FUNCTION ties_event_facet_truncate() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM "EventFacet" WHERE TG_TABLE_NAME = ''Event'' OR "menu" = TG_ARGV[0]\073
  RETURN NULL\073
END ';

-- One function for the three link tables: TG_ARGV[0] is the menu, TG_ARGV[1] the record column.
CREATE FUNCTION ties_event_facet_link_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    EXECUTE format(''SELECT ties_event_facet_link_rows($1, array_agg(r."eventId"), array_agg(r.%I), array_agg(1)) FROM new_rows r'', TG_ARGV[1]) USING TG_ARGV[0]\073
  ELSIF TG_OP = ''DELETE'' THEN
    EXECUTE format(''SELECT ties_event_facet_link_rows($1, array_agg(r."eventId"), array_agg(r.%I), array_agg(-1)) FROM old_rows r'', TG_ARGV[1]) USING TG_ARGV[0]\073
  ELSE
    EXECUTE format(''SELECT ties_event_facet_link_rows($1, array_agg(d.e), array_agg(d.v), array_agg(d.n))
      FROM (SELECT r."eventId" AS e, r.%1$I AS v, 1 AS n FROM new_rows r UNION ALL SELECT r."eventId", r.%1$I, -1 FROM old_rows r) d'', TG_ARGV[1]) USING TG_ARGV[0]\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER "Event_facet_insert" AFTER INSERT ON "Event"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_insert();
CREATE TRIGGER "Event_facet_update" AFTER UPDATE ON "Event"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_update();
CREATE TRIGGER "Event_facet_delete" AFTER DELETE ON "Event"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_delete();
CREATE TRIGGER "Event_facet_delete_links" BEFORE DELETE ON "Event"
  FOR EACH ROW EXECUTE FUNCTION ties_event_facet_delete_links();
CREATE TRIGGER "Event_facet_truncate" AFTER TRUNCATE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_truncate();

CREATE TRIGGER "EventParticipant_facet_insert" AFTER INSERT ON "EventParticipant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_link_change('person', 'personId');
CREATE TRIGGER "EventParticipant_facet_update" AFTER UPDATE ON "EventParticipant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_link_change('person', 'personId');
CREATE TRIGGER "EventParticipant_facet_delete" AFTER DELETE ON "EventParticipant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_link_change('person', 'personId');
CREATE TRIGGER "EventParticipant_facet_truncate" AFTER TRUNCATE ON "EventParticipant"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_truncate('person');

CREATE TRIGGER "EventOrganization_facet_insert" AFTER INSERT ON "EventOrganization"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_link_change('organization', 'organizationId');
CREATE TRIGGER "EventOrganization_facet_update" AFTER UPDATE ON "EventOrganization"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_link_change('organization', 'organizationId');
CREATE TRIGGER "EventOrganization_facet_delete" AFTER DELETE ON "EventOrganization"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_link_change('organization', 'organizationId');
CREATE TRIGGER "EventOrganization_facet_truncate" AFTER TRUNCATE ON "EventOrganization"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_truncate('organization');

CREATE TRIGGER "EventAgreement_facet_insert" AFTER INSERT ON "EventAgreement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_link_change('agreement', 'agreementId');
CREATE TRIGGER "EventAgreement_facet_update" AFTER UPDATE ON "EventAgreement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_link_change('agreement', 'agreementId');
CREATE TRIGGER "EventAgreement_facet_delete" AFTER DELETE ON "EventAgreement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_link_change('agreement', 'agreementId');
CREATE TRIGGER "EventAgreement_facet_truncate" AFTER TRUNCATE ON "EventAgreement"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_event_facet_truncate('agreement');

-- What the triggers keep, counted afresh: the backfill below and the drift check an operator may run.
CREATE FUNCTION ties_event_facet_counted() RETURNS TABLE ("menu" text, "value" text, "partyKey" text, "events" int) LANGUAGE sql STABLE AS $$
  WITH counted AS (SELECT e.id, e.type, e."areaSlugs", coalesce(array_to_string(e.parties, ' '), '') AS k
                     FROM "Event" e WHERE e.state = 'published' AND e."mergedIntoId" IS NULL)
  SELECT f.menu, f.value, f.k, count(*)::int FROM (
    SELECT 'type'::text AS menu, c.type AS value, c.k FROM counted c
    UNION ALL SELECT 'area', a.slug, c.k FROM counted c CROSS JOIN LATERAL unnest(c."areaSlugs") AS a(slug)
    UNION ALL SELECT 'person', l."personId", c.k FROM counted c JOIN "EventParticipant" l ON l."eventId" = c.id
    UNION ALL SELECT 'organization', l."organizationId", c.k FROM counted c JOIN "EventOrganization" l ON l."eventId" = c.id
    UNION ALL SELECT 'agreement', l."agreementId", c.k FROM counted c
      JOIN (SELECT DISTINCT a."eventId", a."agreementId" FROM "EventAgreement" a) l ON l."eventId" = c.id
  ) f GROUP BY f.menu, f.value, f.k
$$;

INSERT INTO "EventFacet" ("menu", "value", "partyKey", "parties", "events")
SELECT c."menu", c."value", c."partyKey", string_to_array(c."partyKey", ' '), c."events" FROM ties_event_facet_counted() c;
