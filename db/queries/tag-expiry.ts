import "server-only";
import { inArray, sql } from "drizzle-orm";
import { db } from "../client";
import { cacheTagExpiry as t } from "../tables";
import { write } from "../tx";

/** Next's marks for one cache tag, in milliseconds since the epoch (its tags manifest's shape). */
export type TagExpiry = { tag: string; stale?: number; expired?: number };

/**
 * The expiry marks of these tags, as every process last wrote them: one primary-key lookup
 * (`tag IN (…)`), made by the cache handler on every cache hit. Tags never expired are absent.
 */
export async function getTagExpiries(tags: readonly string[]): Promise<TagExpiry[]> {
  if (tags.length === 0) return [];
  const rows = await db().select().from(t).where(inArray(t.tag, [...tags]));
  return rows.map((row) => ({
    tag: row.tag,
    ...(row.staleAt ? { stale: row.staleAt.getTime() } : {}),
    ...(row.expiredAt ? { expired: row.expiredAt.getTime() } : {}),
  }));
}

/**
 * Writes the marks of each tag in one upsert; a mark left out keeps the value already stored (a
 * plain revalidateTag sets only `expired`). The last write wins, as in Next's own manifest.
 */
export async function recordTagExpiries(entries: readonly TagExpiry[]): Promise<void> {
  const rows = [...new Map(entries.map((e) => [e.tag, e])).values()].map((e) => ({
    tag: e.tag,
    staleAt: e.stale === undefined ? null : new Date(e.stale),
    expiredAt: e.expired === undefined ? null : new Date(e.expired),
  }));
  if (rows.length === 0) return;
  await write((q) =>
    q
      .insert(t)
      .values(rows)
      .onConflictDoUpdate({
        target: t.tag,
        set: {
          staleAt: sql`coalesce(excluded.stale_at, ${t.staleAt})`,
          expiredAt: sql`coalesce(excluded.expired_at, ${t.expiredAt})`,
        },
      }),
  );
}

/** Expires tags now, for every process: what `revalidateTag(tag, { expire: 0 })` records. */
export async function expireTagsNow(tags: readonly string[], now = Date.now()): Promise<void> {
  await recordTagExpiries(tags.map((tag) => ({ tag, stale: now, expired: now })));
}
