// The public site's server: Next.js behind the shared Node server (request ids, JSON access logs,
// the socket's address as the client's; TRUST_PROXY=1 behind a reverse proxy). Every page that
// answers 200 is sent as plain HTML, without the framework's client runtime: the site's links,
// forms and disclosures work without JavaScript, so readers download none (and the page's CSP
// allows no script). Other answers (the 404 page, which Next.js draws with its client script) keep
// their scripts, allowed by hash.
import { fileURLToPath } from "node:url";
import { serveNext } from "@ties/api/serve-next";
import next from "next";

// Pages are kept and served to every reader alike, so the inline scripts left are allowed by hash, not nonce.
await serveNext({ name: "web", dir: fileURLToPath(new URL(".", import.meta.url)), next, inlineScriptHashes: true, clientRuntime: false });
