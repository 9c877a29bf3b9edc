/** Full-text search across the record: ranked hits with the matched snippet. */
import { z } from "zod";
import { ZId, zSearchText } from "./common";
import { ZCursor } from "./views";

export const SEARCH_KINDS = ["event", "agreement", "person", "organization", "source"] as const;
export const ZSearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof ZSearchKind>;

export const ZSearchInput = z.object({
  q: zSearchText(200).min(1, "Type something to search for"),
  kinds: z.array(ZSearchKind).min(1).max(SEARCH_KINDS.length).optional(),
  limit: z.number().int().min(1).max(100).default(20),
  cursor: ZCursor.nullish(),
});
export type SearchInput = z.infer<typeof ZSearchInput>;

/** A piece of the snippet; `match` marks the words the query matched, so clients highlight without parsing markup. */
export const ZSnippetPart = z.object({ text: z.string(), match: z.boolean() });

export const ZSearchHit = z.object({
  kind: ZSearchKind,
  id: ZId,
  slug: z.string(),
  title: z.string(),
  /** ts_rank of the record's text against the query. */
  rank: z.number(),
  snippet: z.array(ZSnippetPart),
});
export type SearchHit = z.infer<typeof ZSearchHit>;
