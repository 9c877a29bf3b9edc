import type { Metadata } from "next";
import { KindRecordPage, type KindRecordProps } from "../../../components/lists/record-page-for";

export const metadata: Metadata = { title: "Record history" };

export default function CommitmentPage(props: KindRecordProps) {
  return <KindRecordPage kind="commitment" {...props} />;
}
