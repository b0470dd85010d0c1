import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECT } from "../dialect";
import { createTestDatabase, testSql } from "../test-db";
import { expireTagsNow, getTagExpiries, recordTagExpiries } from "./tag-expiry";

const T = Date.UTC(2030, 0, 1, 12, 0, 0, 123);

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

const byTag = (rows: { tag: string }[]) => [...rows].sort((a, b) => a.tag.localeCompare(b.tag));

describe("tag expiry store", () => {
  it("reads nothing for tags never expired, and nothing for no tags", async () => {
    expect(await getTagExpiries(["profile:never"])).toEqual([]);
    expect(await getTagExpiries([])).toEqual([]);
  });

  it("records both marks to the millisecond and reads back only the tags asked for", async () => {
    await expireTagsNow(["profile:ada", "profile:bob"], T);
    await expireTagsNow(["profile:other"], T + 5);
    expect(byTag(await getTagExpiries(["profile:bob", "profile:ada", "profile:none"]))).toEqual([
      { tag: "profile:ada", stale: T, expired: T },
      { tag: "profile:bob", stale: T, expired: T },
    ]);
  });

  it("the last write wins; a mark left out keeps the stored one", async () => {
    await recordTagExpiries([{ tag: "profile:cy", stale: T, expired: T + 60_000 }]);
    await recordTagExpiries([{ tag: "profile:cy", expired: T + 10 }]);
    expect(await getTagExpiries(["profile:cy"])).toEqual([{ tag: "profile:cy", stale: T, expired: T + 10 }]);
    await recordTagExpiries([{ tag: "profile:cy", stale: T + 20 }]);
    expect(await getTagExpiries(["profile:cy"])).toEqual([{ tag: "profile:cy", stale: T + 20, expired: T + 10 }]);
    // A tag with only a stale mark (revalidateTag with a profile that never expires) reads without `expired`.
    await recordTagExpiries([{ tag: "profile:dee", stale: T }]);
    expect(await getTagExpiries(["profile:dee"])).toEqual([{ tag: "profile:dee", stale: T }]);
  });

  it("takes the same tag twice in one call, and many tags at once", async () => {
    await recordTagExpiries([
      { tag: "profile:twice", stale: T, expired: T },
      { tag: "profile:twice", stale: T + 1, expired: T + 1 },
    ]);
    expect(await getTagExpiries(["profile:twice", "profile:twice"])).toEqual([{ tag: "profile:twice", stale: T + 1, expired: T + 1 }]);
    const many = Array.from({ length: 200 }, (_, i) => `_N_T_/u/many-${i}`);
    await expireTagsNow(many, T);
    expect(await getTagExpiries(many)).toHaveLength(200);
  });

  it("writes from many callers at once all land (no lost or failed upsert)", async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => expireTagsNow(["profile:race"], T + i)));
    const [row] = await getTagExpiries(["profile:race"]);
    expect(row?.expired).toBeGreaterThanOrEqual(T);
    expect(row?.expired).toBeLessThan(T + 40);
  });

  it("a tag is any string Next makes (implicit path tags, quotes, non-ASCII)", async () => {
    const tags = ["_N_T_/layout", "_N_T_/u/[handle]/page", `it's "quoted"`, "profile:ünïcode"];
    await expireTagsNow(tags, T);
    expect((await getTagExpiries(tags)).map((r) => r.tag).sort()).toEqual([...tags].sort());
  });

  it.runIf(DIALECT === "sqlite")("is read through the primary key, not a table scan (SQLite)", async () => {
    const plan = await testSql<{ detail: string }>(sql`explain query plan select * from cache_tag_expiry where tag in ('a', 'b')`);
    expect(plan.map((p) => p.detail).join("\n")).toMatch(/USING INDEX sqlite_autoindex_cache_tag_expiry_1/);
  });

  it.runIf(DIALECT === "postgres")("has its primary-key index (PostgreSQL)", async () => {
    const rows = await testSql<{ indexdef: string }>(sql`select indexdef from pg_indexes where tablename = 'cache_tag_expiry'`);
    expect(rows.map((r) => r.indexdef)).toEqual([expect.stringMatching(/UNIQUE INDEX cache_tag_expiry_pkey .*\(tag\)/)]);
  });
});
