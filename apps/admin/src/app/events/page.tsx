import type { Metadata } from "next";
import { ListPage } from "../../components/lists/list-page";
import { eventList } from "../../components/lists/list-kinds";

export const metadata: Metadata = { title: "Events" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function EventsPage({ searchParams }: Props) {
  return <ListPage of={eventList} searchParams={searchParams} />;
}
