/** A slug no other record of the kind uses yet: the base itself, or the base with the next free number. */
import { slugify } from "@ties/domain";
import type { RecordStore, Tx } from "../records";

export async function uniqueSlug(tx: Tx, store: RecordStore, text: string): Promise<string> {
  const base = slugify(text, 100);
  const rows = await tx.$queryRawUnsafe<{ slug: string }[]>(
    `SELECT slug FROM "${store.table}" WHERE slug = $1 OR slug LIKE $2`,
    base,
    `${base.replace(/[%_]/g, "\\$&")}-%`,
  );
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
