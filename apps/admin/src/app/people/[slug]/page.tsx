import type { Metadata } from "next";
import { KindRecordPage, type KindRecordProps } from "../../../components/lists/record-page-for";

export const metadata: Metadata = { title: "Record history" };

export default function PersonPage(props: KindRecordProps) {
  return <KindRecordPage kind="person" {...props} />;
}
