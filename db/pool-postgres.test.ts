import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgres, type PostgresDb } from "./with-postgres";

// PostgreSQL only (vitest.config.ts POSTGRES_ONLY): the pool's behaviour under a burst.
const url = process.env.TEST_POSTGRES_ADMIN_URL ?? "";
const saved = { max: process.env.POSTGRES_POOL_MAX, connect: process.env.POSTGRES_CONNECT_TIMEOUT_MS };
let db: PostgresDb | null = null;

afterEach(async () => {
  await db?.$client.end();
  db = null;
  process.env.POSTGRES_POOL_MAX = saved.max;
  process.env.POSTGRES_CONNECT_TIMEOUT_MS = saved.connect;
  if (saved.max === undefined) delete process.env.POSTGRES_POOL_MAX;
  if (saved.connect === undefined) delete process.env.POSTGRES_CONNECT_TIMEOUT_MS;
});

describe("the PostgreSQL pool", () => {
  it("queues a burst of more requests than connections instead of failing those that wait longer than the connect timeout", async () => {
    process.env.POSTGRES_POOL_MAX = "2";
    process.env.POSTGRES_CONNECT_TIMEOUT_MS = "1000";
    db = openPostgres(url);
    const pool = db;
    // Both connections made first, so a slow connect on a busy machine cannot fail the burst: only
    // the wait for a free connection is under test.
    await Promise.all([pool.execute(sql`select 1`), pool.execute(sql`select 1`)]);
    // 80 × 50 ms on 2 connections: the last waits about 2 s, twice the connect timeout.
    const results = await Promise.allSettled(Array.from({ length: 80 }, () => pool.execute(sql`select pg_sleep(0.05)`)));
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed.map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
  });

  it("still gives up on a server that does not answer, after the connect timeout", async () => {
    process.env.POSTGRES_CONNECT_TIMEOUT_MS = "300";
    // A listening socket that never speaks: the connect must time out, not hang.
    const { createServer } = await import("node:net");
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    db = openPostgres(`postgres://postgres@127.0.0.1:${port}/postgres`);
    const started = Date.now();
    await expect(db.execute(sql`select 1`)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
    silent.close();
  });
});
