/**
 * A record's page at its kind's readable address (`/events/<slug>`): the same page as
 * `/records/<kind>/<slug>`, with its history and restore, rendered here rather than redirected so
 * the address stays readable.
 */
import type { ReviewableKind } from "@ties/domain";
import RecordPage from "../../app/records/[kind]/[id]/page";

export type KindRecordProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export async function KindRecordPage({ kind, params, searchParams }: KindRecordProps & { kind: ReviewableKind }) {
  const { slug } = await params;
  return <RecordPage params={Promise.resolve({ kind, id: slug })} searchParams={searchParams} />;
}
