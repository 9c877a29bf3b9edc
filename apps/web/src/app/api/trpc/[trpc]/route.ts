/** /api/trpc: the public procedures for the typed client, with the shared hardening. */
import { trpcHandler } from "../../../../server/http-api";

export const dynamic = "force-dynamic";
export { trpcHandler as GET, trpcHandler as POST };
