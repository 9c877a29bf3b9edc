// The admin app's server: Next.js behind a plain Node HTTP server, so that the client address
// better-auth rate-limits sign-in by is the socket's, not a header any client can forge.
// `next start` keeps a client-sent X-Forwarded-For as it is. Behind a reverse proxy, set
// TRUST_PROXY=1 and the proxy's header is used instead.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";

const port = Number(process.env.PORT ?? 3001);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number (got ${process.env.PORT})`);
  process.exit(1);
}
if (!["", "0", "1", undefined].includes(process.env.TRUST_PROXY)) {
  console.error(`TRUST_PROXY must be 1 (behind a reverse proxy) or 0 (got ${process.env.TRUST_PROXY})`);
  process.exit(1);
}
const trustProxy = process.env.TRUST_PROXY === "1";
const app = next({ dev: false, dir: fileURLToPath(new URL(".", import.meta.url)), port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  if (!trustProxy) {
    req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
    delete req.headers["x-real-ip"];
  }
  handle(req, res);
})
  .on("error", (e) => {
    console.error(`The admin app could not listen on port ${port}: ${e.message}`);
    process.exit(1);
  })
  .listen(port, () => console.log(`Admin app ready on http://localhost:${port}`));

for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
