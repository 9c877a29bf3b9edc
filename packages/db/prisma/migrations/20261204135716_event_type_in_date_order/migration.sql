-- An event list filtered by type (the type menu of the timeline, `type` in the API) over a date
-- range walked every event in date order and dropped the other types: for a type on one event in
-- fifteen, about 300 rows for a page of 20. Ordered within each type, the index gives the rows of
-- the page and no others, and it serves every lookup by type alone, as the index it replaces did.
-- DropIndex
DROP INDEX "Event_type_idx";

-- CreateIndex
CREATE INDEX "Event_type_dateFirst_id_idx" ON "Event"("type", "dateFirst" DESC, "id" DESC);

