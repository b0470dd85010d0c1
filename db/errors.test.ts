import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECT } from "./dialect";
import { isTransientDbError, isUniqueViolation } from "./errors";
import { getPostgres } from "./client";
import { getLevels, setLevel } from "./queries/levels";
import { createUser } from "./queries/users";
import { testSql, createTestDatabase } from "./test-db";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  process.env.POSTGRES_LOCK_TIMEOUT_MS = "200";
  cleanup = await createTestDatabase();
});
afterAll(async () => {
  await cleanup();
  delete process.env.POSTGRES_LOCK_TIMEOUT_MS;
});

const NOW = DIALECT === "postgres" ? sql.raw("now()") : sql.raw("0");

async function failure(query: ReturnType<typeof sql>): Promise<unknown> {
  return testSql(query).then(
    () => {
      throw new Error("expected the statement to fail");
    },
    (e: unknown) => e,
  );
}

describe("the error map, on this back end's real errors", () => {
  it("knows a unique violation, and that it is not transient", async () => {
    await createUser({ email: "unique@example.com", passwordHash: "x", name: null });
    const error = await failure(
      sql`insert into users (id, email, password_hash, created_at) values ('other', 'unique@example.com', 'x', ${NOW})`,
    );
    expect(isUniqueViolation(error)).toBe(true);
    expect(isTransientDbError(error)).toBe(false);
  });

  it("treats a CHECK or foreign key failure as neither", async () => {
    for (const error of [
      await failure(sql`insert into skill_levels (user_id, skill_id, level, updated_at) values ('nobody', 'git', 1, ${NOW})`),
      await failure(sql`insert into users (id, email, password_hash, created_at) values ('u', null, 'x', ${NOW})`),
    ]) {
      expect(isUniqueViolation(error)).toBe(false);
      expect(isTransientDbError(error)).toBe(false);
    }
  });
});

describe.runIf(DIALECT === "postgres")("a row locked by another connection (PostgreSQL)", () => {
  it("fails as transient after lock_timeout, writes nothing, and recovers", async () => {
    const user = await createUser({ email: "locked@example.com", passwordHash: "x", name: null });
    if (!user) throw new Error("no user");
    const other = await getPostgres().$client.connect();
    try {
      await other.query("begin");
      await other.query("select id from users where id = $1 for update", [user.id]);
      const started = Date.now();
      const error = await setLevel(user.id, "git", 2).catch((e: unknown) => e);
      expect(Date.now() - started).toBeGreaterThanOrEqual(150);
      expect(isTransientDbError(error)).toBe(true);
      await other.query("rollback");
    } finally {
      other.release();
    }
    expect(await getLevels(user.id)).toEqual({});
    expect(await setLevel(user.id, "git", 2)).toEqual({ git: 2 });
  });
});

describe("the error map's codes", () => {
  const wrapped = (code: string) => Object.assign(new Error("Failed query: …"), { cause: Object.assign(new Error("driver"), { code }) });
  it.each(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_FULL", "SQLITE_IOERR_WRITE", "08006", "53300", "53100", "57P01", "57P03", "55P03", "40001", "40P01", "ECONNREFUSED"])(
    "%s is transient, bare or wrapped",
    (code) => {
      expect(isTransientDbError(Object.assign(new Error("x"), { code }))).toBe(true);
      expect(isTransientDbError(wrapped(code))).toBe(true);
    },
  );
  it.each(["SQLITE_CONSTRAINT_UNIQUE", "23505", "23503", "23514", "42P01", "SQLITE_ERROR"])("%s is not transient", (code) => {
    expect(isTransientDbError(wrapped(code))).toBe(false);
  });
  it("a pool that cannot connect in time, or a dropped connection, is transient", () => {
    expect(isTransientDbError(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isTransientDbError(Object.assign(new Error("Failed query"), { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
  });
});
