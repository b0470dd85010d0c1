import "server-only";
import { inArray, sql } from "drizzle-orm";
import { db, type QueryDb } from "../client";
import { cacheTagExpiry as t } from "../tables";
import { writeOne, type Bound, type Write } from "../tx";

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

type Marks = { tag: string; staleAt: Date | null; expiredAt: Date | null };

function upsertTagExpiries(q: QueryDb, rows: readonly Bound<Marks>[]) {
  return q
    .insert(t)
    .values([...rows])
    .onConflictDoUpdate({
      target: t.tag,
      set: {
        staleAt: sql`coalesce(excluded.stale_at, ${t.staleAt})`,
        expiredAt: sql`coalesce(excluded.expired_at, ${t.expiredAt})`,
      },
    });
}

/**
 * The upsert of these marks, one row per tag (the last entry of a tag wins). With every mark
 * present (what an expiry writes), named per tag count, so SQLite prepares it once: a profile's
 * expiry is one tag, or two when the handle changed.
 */
function tagExpiryUpsert(entries: readonly TagExpiry[]): Write {
  const rows = [...new Map(entries.map((e) => [e.tag, e])).values()].map((e) => ({
    tag: e.tag,
    staleAt: e.stale === undefined ? null : new Date(e.stale),
    expiredAt: e.expired === undefined ? null : new Date(e.expired),
  }));
  if (rows.some((r) => r.staleAt === null || r.expiredAt === null)) return { values: {}, build: (q) => upsertTagExpiries(q, rows) };
  const values = Object.fromEntries(rows.flatMap((r, i) => [[`tag${i}`, r.tag], [`stale${i}`, r.staleAt], [`expired${i}`, r.expiredAt]]));
  return {
    name: `tag_expiry_${rows.length}`,
    values,
    build: (q, v) => upsertTagExpiries(q, rows.map((_, i) => ({ tag: v[`tag${i}`], staleAt: v[`stale${i}`], expiredAt: v[`expired${i}`] }) as Bound<Marks>)),
  };
}

/**
 * Writes the marks of each tag in one upsert; a mark left out keeps the value already stored (a
 * plain revalidateTag sets only `expired`). The last write wins, as in Next's own manifest.
 */
export async function recordTagExpiries(entries: readonly TagExpiry[]): Promise<void> {
  if (entries.length === 0) return;
  await writeOne(tagExpiryUpsert(entries));
}

const expiredNow = (tags: readonly string[], now: number): TagExpiry[] => tags.map((tag) => ({ tag, stale: now, expired: now }));

/** Expires tags now, for every process: what `revalidateTag(tag, { expire: 0 })` records. */
export async function expireTagsNow(tags: readonly string[], now = Date.now()): Promise<void> {
  await recordTagExpiries(expiredNow(tags, now));
}

/**
 * The same marks as a write for the caller's transaction (the one that changes what the tags show),
 * not run: the caller runs it with its own writes (`writeTogether`). They become visible to every
 * process with that change, at its commit, and cost no commit of their own.
 */
export function tagExpiryWrite(tags: readonly string[], now = Date.now()): Write {
  if (tags.length === 0) throw new Error("tagExpiryWrite needs at least one tag");
  return tagExpiryUpsert(expiredNow(tags, now));
}
