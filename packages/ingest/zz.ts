import { readFileSync } from "node:fs";
import { classifyBoilerplate } from "./src/boilerplate";
const t = readFileSync(process.argv[2]!, "utf8");
for (const b of classifyBoilerplate(t)) if (b.removed || b.start > t.length * 0.3) console.log(b.removed ? "RM" : "  ", b.rule, JSON.stringify(t.slice(b.start, b.end).slice(0, 120)));
