"use server";

import { MAX_SOURCE_TEXT, type SourceFormat } from "@ties/domain";
import { redirect } from "next/navigation";
import { failureOf } from "../../../server/api-errors";
import { serverApi } from "../../../server/services";

export interface IntakeState {
  values: Record<string, string>;
  fields: Record<string, string[]>;
  message: string | null;
  /** Remounts the form with what was typed (React resets a form after its action). */
  attempt: number;
}

const FIELDS = ["text", "title", "publisher", "url", "publishedAt", "publishedBasis", "language", "dateOrder", "kind"] as const;

function formatOf(name: string): SourceFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "txt") return "text";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "html" || ext === "htm") return "html";
  return null;
}

/** Takes a pasted or uploaded source in; on a mistake, returns the form as typed with the API's messages. */
export async function intake(prev: IntakeState, form: FormData): Promise<IntakeState> {
  const values: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = form.get(f);
    values[f] = typeof v === "string" ? v : "";
  }
  let text = values.text ?? "";
  let format: SourceFormat = "text";
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    const f = formatOf(file.name);
    if (!f)
      return {
        values,
        fields: { file: ["Upload a .txt, .md or .html file"] },
        message: "The file was not taken.",
        attempt: prev.attempt + 1,
      };
    if (file.size > MAX_SOURCE_TEXT * 2)
      return { values, fields: { file: ["The file is larger than 4 MB"] }, message: "The file was not taken.", attempt: prev.attempt + 1 };
    text = await file.text();
    format = f;
  }
  const { api } = await serverApi();
  let id: string;
  try {
    const result = await api.source.intake({
      text,
      format,
      title: values.title ?? "",
      publisher: values.publisher ?? "",
      url: values.url?.trim() || undefined,
      publishedAt: values.publishedAt ?? "",
      publishedBasis: (values.publishedBasis || "stated") as "stated",
      language: (values.language || "en") as "en",
      dateOrder: (values.dateOrder || undefined) as "dmy" | undefined,
      kind: (values.kind || "official") as "official",
    });
    id = result.source.id;
  } catch (e) {
    const failure = failureOf(e);
    // Keep pasted text unless a file replaced it, so nothing typed is lost.
    return { values, fields: failure.fields, message: failure.message, attempt: prev.attempt + 1 };
  }
  redirect(`/sources/${id}`);
}
