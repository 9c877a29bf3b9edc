// The public site's server: Next.js behind the shared Node server (request ids, JSON access logs,
// the socket's address as the client's; TRUST_PROXY=1 behind a reverse proxy). Pages are sent as
// plain HTML, without the framework's client runtime: the site's links, forms and disclosures work
// without JavaScript, so readers download none, and a page's CSP allows no script. A 404 answer
// carries the 404 page drawn on the server (app/[locale]/missing) in place of the shell Next.js
// fills in with script. Answers marked public are kept whole in memory until a record changes.
import { fileURLToPath } from "node:url";
import { serveNext } from "@ties/api/serve-next";
import next from "next";

const LANGUAGE = /^\/(en|fr|ko)(?=[/?#]|$)/;

await serveNext({
  name: "web",
  dir: fileURLToPath(new URL(".", import.meta.url)),
  next,
  // An answer that keeps its scripts is the same for every reader: its inline scripts are allowed by hash.
  inlineScriptHashes: true,
  clientRuntime: false,
  notFoundPage: (url) => `/${LANGUAGE.exec(url)?.[1] ?? "en"}/missing`,
  keepResponses: true,
});
