-- The feeds' latest published events, newest publication first: read from the front of this
-- index instead of sorting every published event (1.4 s at 1,000,000 events). Partial, so drafts
-- and merged records cost it nothing. Prisma's schema cannot state a partial index, so it lives
-- here only.
CREATE INDEX "Event_recently_published_idx" ON "Event" ("publishedAt" DESC NULLS LAST, "id" DESC)
  WHERE "state" = 'published' AND "mergedIntoId" IS NULL;
