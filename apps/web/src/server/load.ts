/** Page data loading: a missing or unpublished record becomes the app's 404 page. */
import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  }
}
