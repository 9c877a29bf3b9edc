-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "boilerplate" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "pair" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "rule" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "matchKind" TEXT,
    "matchId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "recordKind" TEXT,
    "recordId" TEXT,
    "created" BOOLEAN NOT NULL DEFAULT false,
    "citationId" TEXT,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Suggestion_sourceId_start_idx" ON "Suggestion"("sourceId", "start");

-- CreateIndex
CREATE INDEX "Suggestion_recordKind_recordId_idx" ON "Suggestion"("recordKind", "recordId");

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

