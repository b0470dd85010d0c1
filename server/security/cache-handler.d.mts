/** A tag's expiry marks (ms since the epoch), as in Next's tags manifest. */
export type TagExpiryMarks = { tag: string; stale?: number; expired?: number };

/** What the handler reads and writes tag expiry through: the database, shared by every process. */
export type TagExpiryStore = {
  read(tags: readonly string[]): Promise<TagExpiryMarks[]>;
  write(entries: readonly TagExpiryMarks[]): Promise<void>;
};

/** globalThis[TAG_EXPIRY_STORE] holds the TagExpiryStore, when one is installed. */
export const TAG_EXPIRY_STORE: unique symbol;

export default class CspCacheHandler {
  constructor(ctx: Record<string, unknown>);
  get(key: string, ctx: Record<string, unknown>): Promise<{ value?: { headers?: Record<string, string> }; lastModified?: number } | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
