-- Only what the public can see is announced: a change is heard when it touches a published record
-- (or one that was published until this statement), or a part of one (a participant, a position,
-- a milestone, a citation, named by the record it belongs to). Drafts being written all day by
-- curators no longer drop the pages and reads kept for the public. Publishing, unpublishing,
-- archiving and deleting a published record are still heard, since one side of the change is
-- published. The payload is unchanged: "<kind> <ids>" or "<kind> *".
--
-- Function bodies are E'' strings with their semicolons written \073: the migration runner
-- splits a script at every semicolon, dollar quotes included.

CREATE FUNCTION ties_record_is_published(kind text, record_id text) RETURNS boolean LANGUAGE sql STABLE AS E'
  SELECT CASE kind
    WHEN ''event'' THEN EXISTS (SELECT 1 FROM "Event" WHERE id = record_id AND state = ''published'')
    WHEN ''agreement'' THEN EXISTS (SELECT 1 FROM "Agreement" WHERE id = record_id AND state = ''published'')
    WHEN ''commitment'' THEN EXISTS (SELECT 1 FROM "Commitment" WHERE id = record_id AND state = ''published'')
    WHEN ''person'' THEN EXISTS (SELECT 1 FROM "Person" WHERE id = record_id AND state = ''published'')
    WHEN ''organization'' THEN EXISTS (SELECT 1 FROM "Organization" WHERE id = record_id AND state = ''published'')
    WHEN ''area'' THEN EXISTS (SELECT 1 FROM "Area" WHERE id = record_id AND state = ''published'')
    WHEN ''source'' THEN EXISTS (SELECT 1 FROM "Source" WHERE id = record_id AND state = ''published'')
    WHEN ''claim'' THEN EXISTS (SELECT 1 FROM "Claim" WHERE id = record_id AND state = ''published'')
    ELSE true
  END';

-- Arguments, as before: the kind of record, and the column holding its id. A record's own table
-- ("id") is read by its state, a citation by its target, any other part by the record it names.
CREATE OR REPLACE FUNCTION ties_notify_records_changed() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  ids text[]\073
  q text\073
  shown text\073
BEGIN
  IF TG_OP = ''TRUNCATE'' THEN
    PERFORM pg_notify(''ties_records_changed'', TG_ARGV[0] || '' *'')\073
    RETURN NULL\073
  END IF\073
  shown := CASE
    WHEN TG_ARGV[1] = ''id'' THEN ''r.state = ''''published''''''
    WHEN TG_ARGV[0] = ''citation'' THEN ''ties_record_is_published(r."targetKind", r."targetId")''
    ELSE format(''ties_record_is_published(%L, r.%I::text)'', TG_ARGV[0], TG_ARGV[1])
  END\073
  q := CASE TG_OP
    WHEN ''INSERT'' THEN format(''SELECT r.%I::text AS k FROM new_rows r WHERE %s'', TG_ARGV[1], shown)
    WHEN ''DELETE'' THEN format(''SELECT r.%I::text AS k FROM old_rows r WHERE %s'', TG_ARGV[1], shown)
    ELSE format(''SELECT r.%I::text AS k FROM new_rows r WHERE %s UNION ALL SELECT r.%I::text FROM old_rows r WHERE %s'', TG_ARGV[1], shown, TG_ARGV[1], shown)
  END\073
  EXECUTE ''SELECT array_agg(k) FROM (SELECT DISTINCT k FROM ('' || q || '') r WHERE k IS NOT NULL LIMIT 101) s'' INTO ids\073
  IF ids IS NULL THEN
    RETURN NULL\073
  END IF\073
  PERFORM pg_notify(''ties_records_changed'', TG_ARGV[0] || '' '' || CASE WHEN array_length(ids, 1) > 100 THEN ''*'' ELSE array_to_string(ids, '','') END)\073
  RETURN NULL\073
END';
