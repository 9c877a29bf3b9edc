/** Sources for the claim form's pickers: the most recent ones, and any the claim already names. */
import "server-only";
import type { serverApi } from "./services";

type Api = Awaited<ReturnType<typeof serverApi>>["api"];

export async function sourceOptions(api: Api, named: string[]): Promise<{ id: string; label: string }[]> {
  const recent = await api.source.adminList({ limit: 100 });
  const options = recent.items.map((s) => ({ id: s.id, label: `${s.title} (${s.publisherName}, grade ${s.grade})` }));
  const missing = [...new Set(named)].filter((id) => id && !options.some((o) => o.id === id));
  const found = await Promise.all(
    missing.map((id) =>
      api.source
        .adminById({ id })
        .then((s) => ({ id, label: `${s.data.title} (${s.data.publisherName}, grade ${s.data.grade})` }))
        .catch(() => ({ id, label: id })),
    ),
  );
  return [...found, ...options];
}
