import type { Metadata } from "next";
import { auditList } from "../../components/lists/audit-list";
import { ListPage } from "../../components/lists/list-page";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function AuditPage({ searchParams }: Props) {
  return <ListPage of={auditList} searchParams={searchParams} />;
}
