import type { Metadata } from "next";
import { ListPage } from "../../components/lists/list-page";
import { organizationList } from "../../components/lists/list-kinds";

export const metadata: Metadata = { title: "Organisations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function OrganisationsPage({ searchParams }: Props) {
  return <ListPage of={organizationList} searchParams={searchParams} />;
}
