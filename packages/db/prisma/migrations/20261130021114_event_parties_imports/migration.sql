-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "parties" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "ExternalKey" (
    "dataset" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "recordKind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "importId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalKey_pkey" PRIMARY KEY ("dataset","externalId")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "publish" BOOLEAN NOT NULL DEFAULT false,
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "actorId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExternalKey_recordKind_recordId_idx" ON "ExternalKey"("recordKind", "recordId");

-- CreateIndex
CREATE INDEX "ImportRun_digest_status_idx" ON "ImportRun"("digest", "status");

-- CreateIndex
CREATE INDEX "Event_parties_idx" ON "Event" USING GIN ("parties");

-- CreateIndex
CREATE INDEX "Agreement_parties_idx" ON "Agreement" USING GIN ("parties");


-- Existing records predate parties: every event of the original record is between its
-- participants' sides and the country it took place in, and the seed record is Korea-Canada.
UPDATE "Event" e SET "parties" = sub.parties
FROM (
  SELECT ev.id, ARRAY(
    SELECT DISTINCT c FROM (
      SELECT ep.side AS c FROM "EventParticipant" ep WHERE ep."eventId" = ev.id
      UNION SELECT ev.location->>'countryCode'
      UNION SELECT unnest(ARRAY['KR', 'CA'])
    ) s WHERE c IS NOT NULL AND c ~ '^[A-Z]{2}$' ORDER BY c
  ) AS parties
  FROM "Event" ev WHERE ev."parties" = '{}'
) sub
WHERE e.id = sub.id;
UPDATE "Agreement" SET "parties" = ARRAY['KR', 'CA'] WHERE "parties" = '{}';
