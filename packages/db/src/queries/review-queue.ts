/** Records waiting for review (or still in draft) across every reviewable kind, oldest change first. */
import { type ReviewItem, ZReviewItem } from "@ties/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";

/** The label column of each kind's table: what a reviewer reads to recognise the record. */
export const REVIEW_LABELS: Record<ReviewItem["kind"], { table: string; label: string }> = {
  event: { table: "Event", label: `"titleEn"` },
  agreement: { table: "Agreement", label: `"nameEn"` },
  commitment: { table: "Commitment", label: `"textEn"` },
  person: { table: "Person", label: `"name"` },
  organization: { table: "Organization", label: `"nameEn"` },
  area: { table: "Area", label: `name->>'en'` },
  source: { table: "Source", label: `"title"` },
  claim: { table: "Claim", label: `"statement"` },
};

export async function reviewQueue(db: Db, input: { state: "in_review" | "draft"; limit: number }): Promise<ReviewItem[]> {
  const parts = Object.entries(REVIEW_LABELS).map(
    ([kind, { table, label }]) =>
      Prisma.sql`SELECT ${kind}::text AS kind, id, slug, ${Prisma.raw(label)} AS label, state, version, "updatedAt" FROM ${Prisma.raw(`"${table}"`)} WHERE state = ${input.state}`,
  );
  const rows = await db.$queryRaw<
    { kind: string; id: string; slug: string; label: string; state: string; version: number; updatedAt: Date }[]
  >(Prisma.sql`${Prisma.join(parts, " UNION ALL ")} ORDER BY "updatedAt" ASC, id ASC LIMIT ${input.limit}`);
  return rows.map((r) => ZReviewItem.parse({ ...r, updatedAt: r.updatedAt.toISOString() }));
}
