import type { Metadata } from "next";
import { ListPage } from "../../components/lists/list-page";
import { sourceList } from "../../components/lists/list-kinds";

export const metadata: Metadata = { title: "Sources" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every source, drafts included: search by words, filter by grade, kind and state, a page at a time. */
export default function SourcesPage({ searchParams }: Props) {
  return (
    <ListPage
      of={sourceList}
      searchParams={searchParams}
      intro={
        <p>
          <a href="/sources/new">Add a source</a>
        </p>
      }
    />
  );
}
