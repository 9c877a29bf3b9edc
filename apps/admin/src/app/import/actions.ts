"use server";

import { roleAtLeast, TiesError, ZImportLandingState } from "@ties/domain";
import { saveUpload } from "@ties/importers";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withFlash } from "../../server/flash";
import { serverApi } from "../../server/services";

const ZStartForm = z.object({
  from: z.enum(["upload", "dataset"]),
  dataset: z.string().optional(),
  state: ZImportLandingState,
});

/** Starts an import of an uploaded file or a server dataset, then shows its progress. Editors and admins. */
export async function startImportAction(form: FormData) {
  const parsed = ZStartForm.safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) redirect(withFlash("/import", { kind: "error", text: "The form was incomplete." }));
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  // Checked here too, before a file is kept: the API checks again when the import starts.
  if (!roleAtLeast(user.role, "editor")) redirect(withFlash("/import", { kind: "error", text: "Imports need the editor role." }));
  let next: string;
  try {
    let source: { kind: "upload"; uploadId: string } | { kind: "dataset"; path: string };
    if (parsed.data.from === "upload") {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) {
        redirect(withFlash("/import", { kind: "error", text: "Choose a file to upload." }));
      }
      source = { kind: "upload", uploadId: await saveUpload(file.name, file.stream()) };
    } else source = { kind: "dataset", path: parsed.data.dataset ?? "" };
    const run = await api.importRun.start({ source, state: parsed.data.state });
    next = `/import/${run.id}`;
  } catch (e) {
    if (!(e instanceof TRPCError || e instanceof TiesError)) throw e;
    next = withFlash("/import", { kind: "error", text: e.message });
  }
  redirect(next);
}
