-- Full-text search over events, agreements, people, organisations and sources.
-- Each table keeps a "searchText" column (names, variants, titles, summaries) written by the
-- repositories. An immutable wrapper makes unaccent usable in index expressions so that
-- "Melanie" finds "Mélanie".
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION ties_search_vector(txt text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('english'::regconfig, public.unaccent('public.unaccent'::regdictionary, coalesce(txt, ''))) $$;

CREATE OR REPLACE FUNCTION ties_search_query(q text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT websearch_to_tsquery('english'::regconfig, public.unaccent('public.unaccent'::regdictionary, coalesce(q, ''))) $$;

CREATE INDEX "Event_search_idx" ON "Event" USING GIN (ties_search_vector("searchText"));
CREATE INDEX "Agreement_search_idx" ON "Agreement" USING GIN (ties_search_vector("searchText"));
CREATE INDEX "Person_search_idx" ON "Person" USING GIN (ties_search_vector("searchText"));
CREATE INDEX "Organization_search_idx" ON "Organization" USING GIN (ties_search_vector("searchText"));
CREATE INDEX "Source_search_idx" ON "Source" USING GIN (ties_search_vector("searchText"));
