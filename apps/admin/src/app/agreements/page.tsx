import type { Metadata } from "next";
import { ListPage } from "../../components/lists/list-page";
import { agreementList } from "../../components/lists/list-kinds";

export const metadata: Metadata = { title: "Agreements" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function AgreementsPage({ searchParams }: Props) {
  return <ListPage of={agreementList} searchParams={searchParams} />;
}
