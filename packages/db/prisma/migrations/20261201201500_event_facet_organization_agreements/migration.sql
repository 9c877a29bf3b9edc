-- An organisation's page lists the agreements acted on at its events. Read from the links, that is
-- a probe of the event-organisation key for each event of each agreement until one is the
-- organisation's (654 probes, 5-7 ms, for an organisation with 65,000 of 1,000,000 events). The
-- kept counts now also hold, under the menu 'agreement@<organisation id>', the published, unmerged
-- events at which that organisation was present and the agreement was acted on (once however many
-- actions), by the same triggers and in the same transaction as each write.

-- The trigger bodies are E'' strings with each semicolon written \073: the migration runner splits
-- a script at every semicolon, dollar quotes included.

-- The link counts of events given by id, parties and sign: each person and organisation named,
-- each agreement acted on (once however many actions), and each pair of an organisation named and
-- an agreement acted on.
CREATE OR REPLACE FUNCTION ties_event_facet_links(d_event text[], d_parties text[], d_n int[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_facet_add(array_agg(f.menu), array_agg(f.value), array_agg(f.parties), array_agg(f.n))
    FROM (
      WITH acted AS (SELECT DISTINCT a."eventId", a."agreementId" FROM "EventAgreement" a WHERE a."eventId" = ANY (d_event))
      SELECT ''person''::text AS menu, l."personId" AS value, e.parties, e.n
        FROM unnest(d_event, d_parties, d_n) AS e(id, parties, n) JOIN "EventParticipant" l ON l."eventId" = e.id
      UNION ALL
      SELECT ''organization'', l."organizationId", e.parties, e.n
        FROM unnest(d_event, d_parties, d_n) AS e(id, parties, n) JOIN "EventOrganization" l ON l."eventId" = e.id
      UNION ALL
      SELECT ''agreement'', l."agreementId", e.parties, e.n
        FROM unnest(d_event, d_parties, d_n) AS e(id, parties, n) JOIN acted l ON l."eventId" = e.id
      UNION ALL
      SELECT ''agreement@'' || o."organizationId", l."agreementId", e.parties, e.n
        FROM unnest(d_event, d_parties, d_n) AS e(id, parties, n)
        JOIN acted l ON l."eventId" = e.id JOIN "EventOrganization" o ON o."eventId" = e.id
    ) f\073
END ';

-- Links added (+1) or removed (-1) by (event, record), counted where their event counts. An
-- agreement's count moves only when an event's first action on it is added or its last removed.
-- An organisation named or an agreement acted on also moves its pairs with the event's agreements
-- or organisations as they stand after the statement: a pair counts from whichever of its two
-- links comes second, and stops with whichever goes first.
CREATE OR REPLACE FUNCTION ties_event_facet_link_rows(d_menu text, d_event text[], d_value text[], d_n int[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM ties_event_facet_add(array_agg(f.menu), array_agg(f.value), array_agg(f.parties), array_agg(f.n))
    FROM (
      WITH c AS (
        SELECT x.event, x.value, coalesce(array_to_string(e.parties, '' ''), '''') AS parties,
               CASE WHEN d_menu <> ''agreement'' THEN x.n
                    ELSE (have.n > 0)::int - (have.n - x.added + x.removed > 0)::int END AS n
          FROM (
            SELECT d.event, d.value, sum(d.n)::int AS n, count(*) FILTER (WHERE d.n > 0)::int AS added, count(*) FILTER (WHERE d.n < 0)::int AS removed
              FROM unnest(d_event, d_value, d_n) AS d(event, value, n) GROUP BY d.event, d.value
          ) x
          CROSS JOIN LATERAL (
            SELECT count(*)::int AS n FROM "EventAgreement" a WHERE d_menu = ''agreement'' AND a."eventId" = x.event AND a."agreementId" = x.value
          ) have
          JOIN "Event" e ON e.id = x.event AND e.state = ''published'' AND e."mergedIntoId" IS NULL
      ), moved AS (SELECT * FROM c WHERE c.n <> 0)
      SELECT d_menu AS menu, m.value, m.parties, m.n FROM moved m
      UNION ALL
      SELECT ''agreement@'' || m.value, l."agreementId", m.parties, m.n
        FROM moved m JOIN (SELECT DISTINCT a."eventId", a."agreementId" FROM "EventAgreement" a WHERE a."eventId" IN (SELECT event FROM moved)) l
          ON l."eventId" = m.event
       WHERE d_menu = ''organization''
      UNION ALL
      SELECT ''agreement@'' || o."organizationId", m.value, m.parties, m.n
        FROM moved m JOIN "EventOrganization" o ON o."eventId" = m.event
       WHERE d_menu = ''agreement''
    ) f\073
END ';

-- Emptying a link table empties its menu, and the pairs with either of the other two.
CREATE OR REPLACE FUNCTION ties_event_facet_truncate() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM "EventFacet"
   WHERE TG_TABLE_NAME = ''Event'' OR "menu" = TG_ARGV[0]
      OR (TG_ARGV[0] IN (''organization'', ''agreement'') AND "menu" LIKE ''agreement@%'')\073
  RETURN NULL\073
END ';

-- What the triggers keep, counted afresh: the backfill below and the drift check an operator may run.
CREATE OR REPLACE FUNCTION ties_event_facet_counted() RETURNS TABLE ("menu" text, "value" text, "partyKey" text, "events" int) LANGUAGE sql STABLE AS $$
  WITH counted AS (SELECT e.id, e.type, e."areaSlugs", coalesce(array_to_string(e.parties, ' '), '') AS k
                     FROM "Event" e WHERE e.state = 'published' AND e."mergedIntoId" IS NULL),
       acted AS (SELECT DISTINCT a."eventId", a."agreementId" FROM "EventAgreement" a)
  SELECT f.menu, f.value, f.k, count(*)::int FROM (
    SELECT 'type'::text AS menu, c.type AS value, c.k FROM counted c
    UNION ALL SELECT 'area', a.slug, c.k FROM counted c CROSS JOIN LATERAL unnest(c."areaSlugs") AS a(slug)
    UNION ALL SELECT 'person', l."personId", c.k FROM counted c JOIN "EventParticipant" l ON l."eventId" = c.id
    UNION ALL SELECT 'organization', l."organizationId", c.k FROM counted c JOIN "EventOrganization" l ON l."eventId" = c.id
    UNION ALL SELECT 'agreement', l."agreementId", c.k FROM counted c JOIN acted l ON l."eventId" = c.id
    UNION ALL SELECT 'agreement@' || o."organizationId", l."agreementId", c.k
      FROM counted c JOIN acted l ON l."eventId" = c.id JOIN "EventOrganization" o ON o."eventId" = c.id
  ) f GROUP BY f.menu, f.value, f.k
$$;

INSERT INTO "EventFacet" ("menu", "value", "partyKey", "parties", "events")
SELECT c."menu", c."value", c."partyKey", string_to_array(c."partyKey", ' '), c."events" FROM ties_event_facet_counted() c
 WHERE c."menu" LIKE 'agreement@%';
