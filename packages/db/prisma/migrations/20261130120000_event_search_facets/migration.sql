-- The event list's free text combined with a type or an area answers from one index.
--
-- Why: a word and a type (or an area) that are each on a sixth of a million events, but rarely
-- together, made PostgreSQL intersect two bitmaps of 166,000 rows each (the search index's and
-- the type index's, or read the word's 166,000 rows to check their areas): 94 ms for "energy"
-- among summits, 1.5 s for "energy" in an area whose events never say it. A multi-column GIN
-- index still walks both posting lists (20-60 ms).
--
-- So each event's search lexemes are also indexed once per facet it has, as "<facet>|<lexeme>"
-- ("type:summit|energi", "area:energy|energi"), plus a bare "<facet>|" token: a word within a
-- type or an area is one posting list holding exactly its matches. The index is on an expression
-- over the stored search vector, so a write computes no text search again. Queries rewrite their
-- tsquery into the facet's lexemes with ties_facet_query and keep the stored vector's own match
-- as the exact check.

-- The lexemes of a search vector under each facet of an event: its type and each of its areas.
CREATE FUNCTION ties_facet_vector(v tsvector, type text, areas text[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_tsvector(ARRAY(
    SELECT f.facet || '|' || l.lexeme
      FROM unnest(array_prepend('type:' || type, ARRAY(SELECT 'area:' || a FROM unnest(areas) AS a))) AS f(facet),
           unnest(array_prepend('', tsvector_to_array(v))) AS l(lexeme))) $$;

-- A search query rewritten into one facet's lexemes: it matches every event of that facet that
-- the query matches, and perhaps a few more (the facet lexemes carry no positions, so a phrase
-- becomes "all of its words"), and the stored vector's own match stays the exact check. A query with
-- a negation, which a superset cannot be built from word by word, becomes the bare facet token:
-- every event of the facet.
CREATE FUNCTION ties_facet_query(q tsquery, facet text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE
    WHEN strpos(q::text, '!') > 0 THEN ('''' || facet || '|''')::tsquery
    ELSE regexp_replace(regexp_replace(q::text, '<(-|[0-9]+)>', '&', 'g'), '''((?:[^'']|'''')*)''', '''' || facet || '|\1''', 'g')::tsquery
  END $$;

CREATE INDEX "Event_facets_idx" ON "Event" USING GIN (ties_facet_vector("searchVector", type, "areaSlugs"));
