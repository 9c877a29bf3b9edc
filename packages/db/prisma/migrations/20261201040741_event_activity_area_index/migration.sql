-- CreateIndex
CREATE INDEX "EventActivity_areaSlugs_idx" ON "EventActivity" USING GIN ("areaSlugs");

