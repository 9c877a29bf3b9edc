// The public site's server: Next.js behind the shared Node server (request ids, JSON access logs,
// the socket's address as the client's; TRUST_PROXY=1 behind a reverse proxy; the CSP's hashes of
// each page's inline scripts; shared answers kept in memory until a record changes).
import { fileURLToPath } from "node:url";
import { serveNext } from "@ties/api/serve-next";
import next from "next";

// Pages are kept and served to every reader alike, so their inline scripts are allowed by hash, not nonce.
await serveNext({ name: "web", dir: fileURLToPath(new URL(".", import.meta.url)), next, inlineScriptHashes: true, keepResponses: true });
