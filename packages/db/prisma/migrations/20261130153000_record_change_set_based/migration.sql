-- The notification of a change to the public record finds the published records a statement
-- touched with one join per table instead of a function call per row: a part's rows (participants,
-- an event's organisations and agreements, positions, milestones) are joined with their record's
-- table on its id, and citations with the table of each kind they may support. A bulk import of
-- drafts spent most of its time writing those rows in that per-row check (some 100 µs a row: an
-- unplanned SQL function with a query, for each participant, organisation link and citation).
--
-- Nothing heard changes: the same statements are heard, with the same payload ("<kind> <ids>", at
-- most 100 distinct ids, or "<kind> *"). A record's own table is still read by its state, a part
-- by its record's state, a citation by its target's (any target of a kind without a state, as
-- before, counts as shown). ties_record_is_published stays for any other use.
--
-- The trigger function's body is an E'' string with its semicolons written \073: the migration
-- runner splits a script at every semicolon, dollar quotes included.

-- The table holding the records of a kind with a publication state (null for any other kind).
CREATE FUNCTION ties_record_table(kind text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE kind
    WHEN 'event' THEN 'Event'
    WHEN 'agreement' THEN 'Agreement'
    WHEN 'commitment' THEN 'Commitment'
    WHEN 'person' THEN 'Person'
    WHEN 'organization' THEN 'Organization'
    WHEN 'area' THEN 'Area'
    WHEN 'source' THEN 'Source'
    WHEN 'claim' THEN 'Claim'
  END
$$;

-- A query for the keys (column "col" of the transition table named by "transition", as k) of the rows whose
-- record the public can see: a record's own rows by their state, a part's rows by the state of
-- the record they name, a citation's by its target's.
CREATE FUNCTION ties_shown_keys_query(transition text, kind text, col text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN col = 'id' THEN format('SELECT r.%I::text AS k FROM %I r WHERE r.state = ''published''', col, transition)
    WHEN kind = 'citation' THEN (
      SELECT string_agg(format('SELECT r.%I::text AS k FROM %I r JOIN %I p ON p.id = r.%I WHERE r."targetKind" = %L AND p.state = ''published''',
                               col, transition, ties_record_table(t.kind), col, t.kind), ' UNION ALL ')
        FROM unnest(ARRAY['event', 'agreement', 'commitment', 'person', 'organization', 'area', 'source', 'claim']) AS t(kind)
    ) || format(' UNION ALL SELECT r.%I::text AS k FROM %I r WHERE ties_record_table(r."targetKind") IS NULL', col, transition)
    WHEN ties_record_table(kind) IS NOT NULL
      THEN format('SELECT r.%I::text AS k FROM %I r JOIN %I p ON p.id = r.%I WHERE p.state = ''published''', col, transition, ties_record_table(kind), col)
    ELSE format('SELECT r.%I::text AS k FROM %I r', col, transition)
  END
$$;

-- Arguments, as before: the kind of record, and the column holding its id.
CREATE OR REPLACE FUNCTION ties_notify_records_changed() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  ids text[]\073
  q text\073
BEGIN
  IF TG_OP = ''TRUNCATE'' THEN
    PERFORM pg_notify(''ties_records_changed'', TG_ARGV[0] || '' *'')\073
    RETURN NULL\073
  END IF\073
  q := CASE TG_OP
    WHEN ''INSERT'' THEN ties_shown_keys_query(''new_rows'', TG_ARGV[0], TG_ARGV[1])
    WHEN ''DELETE'' THEN ties_shown_keys_query(''old_rows'', TG_ARGV[0], TG_ARGV[1])
    ELSE ties_shown_keys_query(''new_rows'', TG_ARGV[0], TG_ARGV[1]) || '' UNION ALL '' || ties_shown_keys_query(''old_rows'', TG_ARGV[0], TG_ARGV[1])
  END\073
  EXECUTE ''SELECT array_agg(k) FROM (SELECT DISTINCT k FROM ('' || q || '') r WHERE k IS NOT NULL LIMIT 101) s'' INTO ids\073
  IF ids IS NULL THEN
    RETURN NULL\073
  END IF\073
  PERFORM pg_notify(''ties_records_changed'', TG_ARGV[0] || '' '' || CASE WHEN array_length(ids, 1) > 100 THEN ''*'' ELSE array_to_string(ids, '','') END)\073
  RETURN NULL\073
END';
