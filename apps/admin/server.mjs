// The admin app's server: Next.js behind the shared Node server (request ids, JSON access logs,
// the socket's address for sign-in rate limits; TRUST_PROXY=1 behind a reverse proxy).
import { fileURLToPath } from "node:url";
import { serveNext } from "@ties/api/serve-next";
import next from "next";

await serveNext({ name: "admin", dir: fileURLToPath(new URL(".", import.meta.url)), next });
