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

/** A public profile page kept as bytes, for proxy.ts (see PROFILE_PAGES). */
export type ProfilePage = { body: Uint8Array<ArrayBuffer>; etag: string; policy: string | null; tags: readonly string[]; lastModified: number };

/** globalThis[PROFILE_PAGES] holds `{ lookup(pathname) }`, once the handler is loaded. */
export const PROFILE_PAGES: unique symbol;

/** The pathname of a public profile page's cache key (`/u/<handle>`), or null for any other key. */
export function profilePathOf(key: string): string | null;
