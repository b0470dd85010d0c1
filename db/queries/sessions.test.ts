import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, sql } from "drizzle-orm";
import { db, getPostgres } from "../client";
import { DIALECT } from "../dialect";
import { sessions } from "../tables";
import { testSql, createTestDatabase } from "../test-db";
import { createSession, pruneExpiredSessions } from "./sessions";
import { createUser } from "./users";

const T = Date.UTC(2030, 0, 1);

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

async function sessionIds(): Promise<string[]> {
  return (await db().select({ id: sessions.id }).from(sessions).orderBy(asc(sessions.expiresAt))).map((r) => r.id);
}

describe("pruneExpiredSessions", () => {
  it("deletes sessions at or past their expiry and keeps live ones", async () => {
    const user = await createUser({ email: "prune-sessions@example.com", passwordHash: "x", name: null });
    if (!user) throw new Error("user not created");
    const longGone = await createSession(user.id, new Date(T - 30 * 86_400_000));
    const justExpired = await createSession(user.id, new Date(T - 1));
    const expiresNow = await createSession(user.id, new Date(T));
    const live = await createSession(user.id, new Date(T + 1));
    const liveLong = await createSession(user.id, new Date(T + 30 * 86_400_000));
    expect(await sessionIds()).toEqual([longGone, justExpired, expiresNow, live, liveLong]);

    expect(await pruneExpiredSessions(new Date(T))).toBe(3);
    expect(await sessionIds()).toEqual([live, liveLong]);
    expect(await pruneExpiredSessions(new Date(T))).toBe(0);
  });

  it.runIf(DIALECT === "sqlite")("finds expired rows through an index, not a table scan (SQLite)", async () => {
    const plan = await testSql<{ detail: string }>(sql`explain query plan delete from sessions where expires_at <= ${T}`);
    expect(plan.map((p) => p.detail).join("\n")).toMatch(/USING (COVERING )?INDEX sessions_expires_at/);
  });

  it.runIf(DIALECT === "postgres")("can find expired rows through an index (PostgreSQL)", async () => {
    // A near-empty table is scanned whatever the indexes: forbid that to see whether one is usable.
    const plan = await getPostgres().transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return (await tx.execute(sql`explain delete from sessions where expires_at <= now()`)).rows;
    });
    expect(plan.map((p) => Object.values(p).join("")).join("\n")).toMatch(/(Index|Index Only) Scan using sessions_expires_at|Bitmap Index Scan on sessions_expires_at/);
  });
});
