/**
 * Prints the latest events and one agreement's status timeline from a running Ties site.
 *
 *   npx tsx examples/latest-events.ts [url]      (or TIES_URL=...; default http://localhost:3000)
 */
import { createTiesClient, paginate, tiesErrorOf } from "@ties/client";

const url = process.argv[2] ?? process.env.TIES_URL ?? "http://localhost:3000";
const ties = createTiesClient({ url });

async function main() {
  const latest = await ties.event.list.query({ limit: 5 });
  console.log(`Latest events from ${url}:`);
  for (const e of latest.items) console.log(`  ${e.date.padEnd(12)} ${e.title.en}  [${e.type}]`);

  // Walk the agreements page by page until one has a timeline worth showing.
  for await (const a of paginate((cursor) => ties.agreement.list.query({ limit: 10, cursor }), { maxPages: 10 })) {
    const detail = await ties.agreement.byId.query({ id: a.slug });
    if (detail.milestones.length === 0) continue;
    console.log(`\nStatus timeline: ${detail.name.en} (now ${detail.status})`);
    for (const m of detail.milestones) {
      const who = m.party ? ` by ${m.party}` : "";
      console.log(`  ${m.date.padEnd(12)} ${m.kind}${who} -> ${m.statusAfter}`);
    }
    return;
  }
  console.log("\nNo agreement with milestones was found.");
}

main().catch((e: unknown) => {
  const info = tiesErrorOf(e);
  console.error(info ? `API error ${info.code}: ${info.message}` : `Could not reach ${url}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
