import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, databasePath, getDb, getPostgres } from "./client";
import { DIALECT } from "./dialect";
import { checkDatabaseHealth, HEALTH_TIMEOUT_MS } from "./health";
import { withTransaction } from "./tx";
import { createTestDatabase, testSql } from "./test-db";
import { users } from "./tables";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  // The default busy timeout (5 s): the check must not wait for it.
  delete process.env.SQLITE_BUSY_TIMEOUT_MS;
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

const MIGRATIONS = sql.raw(DIALECT === "postgres" ? "drizzle.__drizzle_migrations" : "__drizzle_migrations");
// Generous for a loaded 2-core machine, and still far below the 5 s busy and connect timeouts.
const BOUND_MS = HEALTH_TIMEOUT_MS + 1000;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

async function throttleRows(): Promise<number> {
  const [row] = await testSql<{ n: number | string }>(sql`select count(*) as n from auth_throttle`);
  return Number(row?.n);
}

describe("checkDatabaseHealth", () => {
  it("is ok on a migrated database, and leaves no trace", async () => {
    const before = await throttleRows();
    expect(await checkDatabaseHealth()).toEqual({ ok: true });
    expect(await checkDatabaseHealth()).toEqual({ ok: true });
    expect(await throttleRows()).toBe(before);
  });

  it("is not ok when the latest migration is missing, and ok again once it is back", async () => {
    // By created_at: drizzle's SQLite table has no usable id (it is declared SERIAL, so it stays null).
    const [last] = await testSql<{ hash: string; created_at: number | string }>(
      sql`select hash, created_at from ${MIGRATIONS} order by created_at desc limit 1`,
    );
    if (!last) throw new Error("no migrations applied");
    await testSql(sql`delete from ${MIGRATIONS} where created_at = ${last.created_at}`);
    try {
      // PostgreSQL has one migration so far: without it, none is applied.
      expect(await checkDatabaseHealth()).toEqual({ ok: false, reason: expect.stringMatching(/^(migrations are pending|no migration has been applied)$/) });
    } finally {
      await testSql(sql`insert into ${MIGRATIONS} (hash, created_at) values (${last.hash}, ${last.created_at})`);
    }
    expect(await checkDatabaseHealth()).toEqual({ ok: true });
  });

  it("waits its turn behind this process's own open transaction", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const transaction = withTransaction(async (tx) => {
      await tx.select({ id: users.id }).from(users);
      await gate;
    });
    const health = checkDatabaseHealth();
    setTimeout(open, 50);
    expect(await health).toEqual({ ok: true });
    await transaction;
  });
});

describe.runIf(DIALECT === "sqlite")("a SQLite file locked by another process", () => {
  it("answers not ok within the bound, not after the 5 s busy timeout, then recovers", async () => {
    const other = new Database(databasePath());
    other.exec("BEGIN IMMEDIATE");
    try {
      const { value, ms } = await timed(() => checkDatabaseHealth());
      // "locked" from the retry loop, or the overall timeout's reason when the machine is slow.
      expect(value).toEqual({ ok: false, reason: expect.stringMatching(/locked|within|timed out/) });
      expect(ms).toBeLessThan(BOUND_MS);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    // The app's own connection keeps its busy timeout.
    expect(getDb().$client.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(await checkDatabaseHealth()).toEqual({ ok: true });
  });
});

describe.runIf(DIALECT === "postgres")("PostgreSQL locked or unreachable", () => {
  it("answers not ok within the bound when the table it writes is locked, then recovers", async () => {
    const other = await getPostgres().$client.connect();
    try {
      await other.query("begin");
      await other.query("lock table auth_throttle in access exclusive mode");
      const { value, ms } = await timed(() => checkDatabaseHealth());
      expect(value.ok).toBe(false);
      expect(ms).toBeLessThan(BOUND_MS);
      await other.query("rollback");
    } finally {
      other.release();
    }
    expect(await checkDatabaseHealth()).toEqual({ ok: true });
  });

  async function withUrl(url: string, work: () => Promise<void>): Promise<void> {
    const saved = process.env.DATABASE_URL;
    await closeDb();
    process.env.DATABASE_URL = url;
    try {
      await work();
    } finally {
      await closeDb();
      process.env.DATABASE_URL = saved;
    }
  }

  it("answers not ok at once when nothing listens at the address", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    await withUrl(`postgres://postgres@127.0.0.1:${port}/rungs`, async () => {
      const { value, ms } = await timed(() => checkDatabaseHealth());
      expect(value.ok).toBe(false);
      expect(ms).toBeLessThan(BOUND_MS);
    });
  });

  it("answers not ok within the bound when the server never answers (the pool would wait 5 s)", async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    try {
      await withUrl(`postgres://postgres@127.0.0.1:${port}/rungs`, async () => {
        const { value, ms } = await timed(() => checkDatabaseHealth());
        expect(value).toEqual({ ok: false, reason: `no answer within ${HEALTH_TIMEOUT_MS} ms` });
        expect(ms).toBeLessThan(BOUND_MS);
        // Ends the pool's pending connection now, so closing the pool does not wait for it.
        for (const socket of sockets) socket.destroy();
      });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
    expect(await checkDatabaseHealth()).toEqual({ ok: true });
  });
});
