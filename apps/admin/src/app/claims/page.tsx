import type { Metadata } from "next";
import { ListPage } from "../../components/lists/list-page";
import { claimList } from "../../components/lists/list-kinds";

export const metadata: Metadata = { title: "Claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ClaimsPage({ searchParams }: Props) {
  return <ListPage of={claimList} searchParams={searchParams} />;
}
