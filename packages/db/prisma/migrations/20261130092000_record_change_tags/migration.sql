-- A change to the record now says what changed, so that a server keeping whole pages can drop
-- exactly the pages that show it: each notification on "ties_records_changed" is
-- "<kind> <id>,<id>,..." (the kind of record and the ids a statement touched, at most 100), or
-- "<kind> *" when a statement touched more (an import) or the table was truncated. Rows of a
-- record's parts (participants, positions, milestones) name the record they belong to: a
-- citation names the record it supports. PostgreSQL still delivers notifications only when the
-- writing transaction commits, and folds identical ones within a transaction into one.
--
-- The function body is an E'' string with its semicolons written \073: the migration runner
-- splits a script at every semicolon, dollar quotes included.
DROP TRIGGER "Event_notify_changed" ON "Event";
DROP TRIGGER "EventParticipant_notify_changed" ON "EventParticipant";
DROP TRIGGER "EventOrganization_notify_changed" ON "EventOrganization";
DROP TRIGGER "EventAgreement_notify_changed" ON "EventAgreement";
DROP TRIGGER "Person_notify_changed" ON "Person";
DROP TRIGGER "Organization_notify_changed" ON "Organization";
DROP TRIGGER "Agreement_notify_changed" ON "Agreement";
DROP TRIGGER "Area_notify_changed" ON "Area";

DROP FUNCTION ties_notify_records_changed();

-- Arguments: the kind of record, and the column holding its id.
CREATE FUNCTION ties_notify_records_changed() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  ids text[]\073
  q text\073
BEGIN
  IF TG_OP = ''TRUNCATE'' THEN
    PERFORM pg_notify(''ties_records_changed'', TG_ARGV[0] || '' *'')\073
    RETURN NULL\073
  END IF\073
  q := CASE TG_OP
    WHEN ''INSERT'' THEN format(''SELECT %I::text AS k FROM new_rows'', TG_ARGV[1])
    WHEN ''DELETE'' THEN format(''SELECT %I::text AS k FROM old_rows'', TG_ARGV[1])
    ELSE format(''SELECT %I::text AS k FROM new_rows UNION ALL SELECT %I::text FROM old_rows'', TG_ARGV[1], TG_ARGV[1])
  END\073
  EXECUTE ''SELECT array_agg(k) FROM (SELECT DISTINCT k FROM ('' || q || '') r WHERE k IS NOT NULL LIMIT 101) s'' INTO ids\073
  IF ids IS NULL THEN
    RETURN NULL\073
  END IF\073
  PERFORM pg_notify(''ties_records_changed'', TG_ARGV[0] || '' '' || CASE WHEN array_length(ids, 1) > 100 THEN ''*'' ELSE array_to_string(ids, '','') END)\073
  RETURN NULL\073
END';

CREATE TRIGGER "Event_notify_insert" AFTER INSERT ON "Event" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'id');
CREATE TRIGGER "Event_notify_update" AFTER UPDATE ON "Event" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'id');
CREATE TRIGGER "Event_notify_delete" AFTER DELETE ON "Event" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'id');
CREATE TRIGGER "Event_notify_truncate" AFTER TRUNCATE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'id');

CREATE TRIGGER "EventParticipant_notify_insert" AFTER INSERT ON "EventParticipant" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');
CREATE TRIGGER "EventParticipant_notify_update" AFTER UPDATE ON "EventParticipant" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');
CREATE TRIGGER "EventParticipant_notify_delete" AFTER DELETE ON "EventParticipant" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');
CREATE TRIGGER "EventParticipant_notify_truncate" AFTER TRUNCATE ON "EventParticipant"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');

CREATE TRIGGER "EventOrganization_notify_insert" AFTER INSERT ON "EventOrganization" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');
CREATE TRIGGER "EventOrganization_notify_update" AFTER UPDATE ON "EventOrganization" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');
CREATE TRIGGER "EventOrganization_notify_delete" AFTER DELETE ON "EventOrganization" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');
CREATE TRIGGER "EventOrganization_notify_truncate" AFTER TRUNCATE ON "EventOrganization"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');

CREATE TRIGGER "EventAgreement_notify_insert" AFTER INSERT ON "EventAgreement" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');
CREATE TRIGGER "EventAgreement_notify_update" AFTER UPDATE ON "EventAgreement" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');
CREATE TRIGGER "EventAgreement_notify_delete" AFTER DELETE ON "EventAgreement" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');
CREATE TRIGGER "EventAgreement_notify_truncate" AFTER TRUNCATE ON "EventAgreement"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('event', 'eventId');

CREATE TRIGGER "Person_notify_insert" AFTER INSERT ON "Person" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('person', 'id');
CREATE TRIGGER "Person_notify_update" AFTER UPDATE ON "Person" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('person', 'id');
CREATE TRIGGER "Person_notify_delete" AFTER DELETE ON "Person" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('person', 'id');
CREATE TRIGGER "Person_notify_truncate" AFTER TRUNCATE ON "Person"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('person', 'id');

CREATE TRIGGER "Position_notify_insert" AFTER INSERT ON "Position" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('person', 'personId');
CREATE TRIGGER "Position_notify_update" AFTER UPDATE ON "Position" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('person', 'personId');
CREATE TRIGGER "Position_notify_delete" AFTER DELETE ON "Position" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('person', 'personId');
CREATE TRIGGER "Position_notify_truncate" AFTER TRUNCATE ON "Position"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('person', 'personId');

CREATE TRIGGER "Organization_notify_insert" AFTER INSERT ON "Organization" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('organization', 'id');
CREATE TRIGGER "Organization_notify_update" AFTER UPDATE ON "Organization" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('organization', 'id');
CREATE TRIGGER "Organization_notify_delete" AFTER DELETE ON "Organization" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('organization', 'id');
CREATE TRIGGER "Organization_notify_truncate" AFTER TRUNCATE ON "Organization"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('organization', 'id');

CREATE TRIGGER "Agreement_notify_insert" AFTER INSERT ON "Agreement" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('agreement', 'id');
CREATE TRIGGER "Agreement_notify_update" AFTER UPDATE ON "Agreement" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('agreement', 'id');
CREATE TRIGGER "Agreement_notify_delete" AFTER DELETE ON "Agreement" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('agreement', 'id');
CREATE TRIGGER "Agreement_notify_truncate" AFTER TRUNCATE ON "Agreement"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('agreement', 'id');

CREATE TRIGGER "Milestone_notify_insert" AFTER INSERT ON "Milestone" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('agreement', 'agreementId');
CREATE TRIGGER "Milestone_notify_update" AFTER UPDATE ON "Milestone" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('agreement', 'agreementId');
CREATE TRIGGER "Milestone_notify_delete" AFTER DELETE ON "Milestone" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('agreement', 'agreementId');
CREATE TRIGGER "Milestone_notify_truncate" AFTER TRUNCATE ON "Milestone"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('agreement', 'agreementId');

CREATE TRIGGER "Commitment_notify_insert" AFTER INSERT ON "Commitment" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('commitment', 'id');
CREATE TRIGGER "Commitment_notify_update" AFTER UPDATE ON "Commitment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('commitment', 'id');
CREATE TRIGGER "Commitment_notify_delete" AFTER DELETE ON "Commitment" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('commitment', 'id');
CREATE TRIGGER "Commitment_notify_truncate" AFTER TRUNCATE ON "Commitment"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('commitment', 'id');

CREATE TRIGGER "Area_notify_insert" AFTER INSERT ON "Area" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('area', 'id');
CREATE TRIGGER "Area_notify_update" AFTER UPDATE ON "Area" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('area', 'id');
CREATE TRIGGER "Area_notify_delete" AFTER DELETE ON "Area" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('area', 'id');
CREATE TRIGGER "Area_notify_truncate" AFTER TRUNCATE ON "Area"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('area', 'id');

CREATE TRIGGER "Source_notify_insert" AFTER INSERT ON "Source" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('source', 'id');
CREATE TRIGGER "Source_notify_update" AFTER UPDATE ON "Source" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('source', 'id');
CREATE TRIGGER "Source_notify_delete" AFTER DELETE ON "Source" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('source', 'id');
CREATE TRIGGER "Source_notify_truncate" AFTER TRUNCATE ON "Source"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('source', 'id');

CREATE TRIGGER "Citation_notify_insert" AFTER INSERT ON "Citation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('citation', 'targetId');
CREATE TRIGGER "Citation_notify_update" AFTER UPDATE ON "Citation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('citation', 'targetId');
CREATE TRIGGER "Citation_notify_delete" AFTER DELETE ON "Citation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('citation', 'targetId');
CREATE TRIGGER "Citation_notify_truncate" AFTER TRUNCATE ON "Citation"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('citation', 'targetId');

CREATE TRIGGER "Claim_notify_insert" AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('claim', 'id');
CREATE TRIGGER "Claim_notify_update" AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('claim', 'id');
CREATE TRIGGER "Claim_notify_delete" AFTER DELETE ON "Claim" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('claim', 'id');
CREATE TRIGGER "Claim_notify_truncate" AFTER TRUNCATE ON "Claim"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed('claim', 'id');
