-- A search for common words reads the newest events in date order and checks the stored search
-- vector of each (see queries/search-filter.ts). Two common words together are on one event in
-- thirty or so, so a page of 200 candidates walked about 9,000 events, and the events lie in the
-- table in the order they were written, not by date, so that was 9,000 random table pages, most
-- of them never read before by the server process. A word on one event in sixty was answered
-- from the search index instead, by reading all of its matches from the table (17,000 at a
-- million events).
--
-- Each event now also keeps a 256-bit signature of its search lexemes (two bits per lexeme, by
-- its hash), and a covering index in the order of the walk holds it for the published events. The
-- walk reads that index alone and checks the signature there: an event lacking one of the
-- bits of the query cannot match, and only those that have them all are read from the table for the
-- exact match against the stored vector. A signature can only say "perhaps", never "no" wrongly,
-- so the results are the same.

-- The bits of a lexeme, from its hash: two, so that a word sharing one bit with a very common
-- word is still told apart by the other. One expression, so that PostgreSQL inlines it (a lexeme
-- at a time through a function call made writing an event's signature three times slower).
CREATE FUNCTION ties_hash_bits(h integer) RETURNS bit(256)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT set_bit(set_bit(B'0'::bit(256), h & 255, 1), (h >> 8) & 255, 1) $$;

-- The signature of a search vector: the bits of each of its lexemes.
CREATE FUNCTION ties_search_signature(v tsvector) RETURNS bit(256)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(bit_or(ties_hash_bits(hashtext(l))), B'0'::bit(256)) FROM unnest(tsvector_to_array(v)) AS l $$;

-- The bits every event matching the query has. A query from the search box is a set of
-- alternatives, each of lexemes that must all appear (websearch_to_tsquery writes it without
-- parentheses: a & b | c <-> d): each alternative requires the bits of its lexemes, and the query
-- the bits that every alternative requires. A query with a negation, parentheses, a prefix or a
-- weight (!, ( or : outside the quoted lexemes) requires none, and a lexeme holding a quote or a
-- backslash (chr(92)), which the text of a query escapes, adds none. Leaving bits out only lets
-- more events through to the exact check.
CREATE FUNCTION ties_query_signature(q tsquery) RETURNS bit(256)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE
    WHEN regexp_replace(q::text, '''(?:[^'']|'''')*''', '', 'g') ~ '[!():]' THEN B'0'::bit(256)
    ELSE coalesce(
      (SELECT bit_and(a.bits) FROM (
         SELECT bit_or(CASE WHEN strpos(t.lexeme, '''') = 0 AND strpos(t.lexeme, chr(92)) = 0
                            THEN ties_hash_bits(hashtext(t.lexeme)) ELSE B'0'::bit(256) END) AS bits
           FROM (SELECT r.m[1] AS lexeme, sum((r.m[2] IS NOT NULL)::int) OVER (ORDER BY r.ord) AS alternative
                   FROM regexp_matches(q::text, '''((?:[^'']|'''')*)''|(\|)', 'g') WITH ORDINALITY AS r(m, ord)) AS t
          WHERE t.lexeme IS NOT NULL
          GROUP BY t.alternative) AS a),
      B'0'::bit(256))
  END $$;

-- A generated column cannot read another one, so the signature is computed from the search text.
ALTER TABLE "Event" ADD COLUMN "searchSignature" bit(256)
  GENERATED ALWAYS AS (ties_search_signature(ties_search_vector("searchText"))) STORED;

CREATE INDEX "Event_published_walk_idx" ON "Event"("dateFirst" DESC, "id" DESC) INCLUDE ("searchSignature")
  WHERE "state" = 'published' AND "mergedIntoId" IS NULL;
