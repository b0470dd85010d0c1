import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECT } from "./dialect";
import { isForeignKeyViolation, isTransientDbError } from "./errors";
import { getLevels, listLevelChanges, setLevel, setLevels } from "./queries/levels";
import { getTagExpiries } from "./queries/tag-expiry";
import { createUser } from "./queries/users";
import { users } from "./tables";
import { createTestDatabase } from "./test-db";
import { lockUser, withTransaction } from "./tx";

// The transaction helper and the statements prepared per connection (db/prepared.ts, db/tx.ts
// `Write`, writeTogether). On PostgreSQL the pool has one connection here, so every transaction
// reuses the connection the previous one left, with the statements prepared on it.
const savedMax = process.env.POSTGRES_POOL_MAX;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  process.env.POSTGRES_POOL_MAX = "1";
  cleanup = await createTestDatabase();
});
afterAll(async () => {
  await cleanup();
  if (savedMax === undefined) delete process.env.POSTGRES_POOL_MAX;
  else process.env.POSTGRES_POOL_MAX = savedMax;
});

async function newUser(email: string) {
  const user = await createUser({ email, passwordHash: "x", name: null });
  if (!user) throw new Error("user not created");
  return user;
}

describe("a transaction's prepared statements", () => {
  it("run on the transaction's own connection: they see its uncommitted rows", async () => {
    const id = "tx-uncommitted-user";
    const seen = await withTransaction(async (tx) => {
      await tx.insert(users).values({ id, email: "tx-uncommitted@example.com", passwordHash: "x", createdAt: new Date() });
      // lockUser is prepared per connection: on any other connection this row does not exist yet
      // (and with a pool of one, waiting for another connection would never end).
      return lockUser(tx, id);
    }).then(
      () => "committed",
      (error: unknown) => error,
    );
    expect(seen).toBe("committed");
    await expect(withTransaction(async (tx) => lockUser(tx, id))).resolves.toBe(true);
    await expect(withTransaction(async (tx) => lockUser(tx, "tx-no-such-user"))).resolves.toBe(false);
  });

  it("roll back whole when one fails, and the connection serves the next change", async () => {
    const user = await newUser("tx-rollback@example.com");
    await setLevel(user.id, "git", 1, ["profile:tx-rollback"]);
    // No such user: the level upsert fails on its foreign key, after the tag expiry (written first,
    // in the same statement on PostgreSQL, one statement before on SQLite).
    const error = await setLevel("tx-ghost", "git", 2, ["profile:tx-ghost"]).catch((e: unknown) => e);
    expect(isForeignKeyViolation(error)).toBe(true);
    expect(await getTagExpiries(["profile:tx-ghost"])).toEqual([]);
    expect(await listLevelChanges("tx-ghost")).toEqual([]);
    // The same prepared statements again, on the connection the failed transaction used.
    expect(await setLevel(user.id, "git", 3, ["profile:tx-rollback"])).toEqual({ git: 3 });
    expect(await setLevels(user.id, { git: 2, sql: 1 })).toEqual({ git: 2, sql: 1 });
    expect((await listLevelChanges(user.id)).map((c) => [c.skillId, c.oldLevel, c.newLevel])).toEqual([
      ["git", 0, 1],
      ["git", 1, 3],
      ["git", 3, 2],
      ["sql", 0, 1],
    ]);
  });

  it("a body that throws rolls back every write it made through the transaction", async () => {
    const user = await newUser("tx-throw@example.com");
    await expect(
      withTransaction(async (tx) => {
        await tx.insert(users).values({ id: "tx-thrown-user", email: "tx-thrown@example.com", passwordHash: "x", createdAt: new Date() });
        throw new Error("a bug");
      }),
    ).rejects.toThrow("a bug");
    await expect(withTransaction(async (tx) => lockUser(tx, "tx-thrown-user"))).resolves.toBe(false);
    expect(await setLevel(user.id, "docker", 2)).toEqual({ docker: 2 });
  });
});

describe.runIf(DIALECT === "postgres")("PostgreSQL: a pooled connection lost", () => {
  // A connection of its own to the test database, to end the pool's.
  async function terminateOthers(): Promise<number> {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>(
        "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
      );
      for (const { pid } of rows) await client.query("select pg_terminate_backend($1)", [pid]);
      return rows.length;
    } finally {
      await client.end();
    }
  }

  async function waitFor(check: () => Promise<boolean>) {
    for (let i = 0; i < 100 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  it("while idle: the next level change prepares its statements again on a new connection", async () => {
    const user = await newUser("tx-idle-lost@example.com");
    await setLevel(user.id, "http", 1, ["profile:tx-idle-lost"]);
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(await terminateOthers()).toBeGreaterThan(0);
      await waitFor(async () => errors.length > 0);
    } finally {
      console.error = log;
    }
    expect(await setLevel(user.id, "http", 2, ["profile:tx-idle-lost"])).toEqual({ http: 2 });
    expect(await getLevels(user.id)).toEqual({ http: 2 });
  });

  it("inside a transaction: it fails as transient, the connection is dropped, and the next change works", async () => {
    const user = await newUser("tx-busy-lost@example.com");
    await setLevel(user.id, "http", 1);
    const failed = withTransaction(async (tx) => {
      await lockUser(tx, user.id);
      await (tx as unknown as NodePgDatabase).execute(sql`select pg_sleep(5)`);
    }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await terminateOthers()).toBe(1);
    const error = await failed;
    expect(isTransientDbError(error)).toBe(true);
    expect(await setLevel(user.id, "http", 3)).toEqual({ http: 3 });
    expect((await listLevelChanges(user.id)).map((c) => c.newLevel)).toEqual([1, 3]);
  });
});
