-- Servers that keep what they read from the public record (the timeline's filter menus, and
-- later whole pages) must hear when it changes, whichever process changed it: the admin app
-- publishes in a process of its own. A statement on any table those reads use sends a
-- notification on "ties_records_changed". PostgreSQL delivers it when the writing transaction
-- commits (never for one rolled back) and folds repeats within a transaction into one.
--
-- The body is an E'' string with its semicolons written \073: the migration runner splits a
-- script at every semicolon, dollar quotes included.
CREATE FUNCTION ties_notify_records_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM pg_notify(''ties_records_changed'', '''')\073
  RETURN NULL\073
END';

CREATE TRIGGER "Event_notify_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed();
CREATE TRIGGER "EventParticipant_notify_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventParticipant"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed();
CREATE TRIGGER "EventOrganization_notify_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventOrganization"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed();
CREATE TRIGGER "EventAgreement_notify_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventAgreement"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed();
CREATE TRIGGER "Person_notify_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Person"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed();
CREATE TRIGGER "Organization_notify_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organization"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed();
CREATE TRIGGER "Agreement_notify_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Agreement"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed();
CREATE TRIGGER "Area_notify_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Area"
  FOR EACH STATEMENT EXECUTE FUNCTION ties_notify_records_changed();
