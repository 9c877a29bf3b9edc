import type { Metadata } from "next";
import { ListPage } from "../../components/lists/list-page";
import { areaList } from "../../components/lists/list-kinds";

export const metadata: Metadata = { title: "Areas" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function AreasPage({ searchParams }: Props) {
  return <ListPage of={areaList} searchParams={searchParams} />;
}
