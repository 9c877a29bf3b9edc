/** Page data loading: a missing or unpublished record becomes the app's 404 page. */
import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** The loaded value, or the 404 page (after `onMissing`, which may tag the page) for a missing record. */
export async function orNotFound<T>(load: Promise<T>, onMissing?: () => Promise<void>): Promise<T> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) {
      await onMissing?.();
      notFound();
    }
    throw e;
  }
}
