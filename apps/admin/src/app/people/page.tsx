import type { Metadata } from "next";
import { ListPage } from "../../components/lists/list-page";
import { personList } from "../../components/lists/list-kinds";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function PeoplePage({ searchParams }: Props) {
  return <ListPage of={personList} searchParams={searchParams} />;
}
