import type { Metadata } from "next";
import { ListPage } from "../../components/lists/list-page";
import { commitmentList } from "../../components/lists/list-kinds";

export const metadata: Metadata = { title: "Commitments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function CommitmentsPage({ searchParams }: Props) {
  return <ListPage of={commitmentList} searchParams={searchParams} />;
}
