import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECT } from "../dialect";
import { createTestDatabase, testSql } from "../test-db";
import { consumeAuthToken, deleteUserTokens, getPendingEmailChange, isAuthTokenLive, pruneExpiredTokens, replaceAuthToken, tokenStore } from "./auth-tokens";
import { createUser, deleteUser } from "./users";

const T = Date.UTC(2030, 0, 1);
const MINUTE = 60_000;

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

let serial = 0;
async function newUser(): Promise<string> {
  const user = await createUser({ email: `tokens-${++serial}-${Date.now()}@example.com`, passwordHash: "x", name: null });
  if (!user) throw new Error("user not created");
  return user.id;
}

const hash = (label: string) => `${label}-${++serial}`.padEnd(64, "0");
const at = (ms: number) => new Date(T + ms);

async function hashesOf(userId: string): Promise<string[]> {
  const rows = await testSql<{ hash: string }>(sql`select hash from auth_tokens where user_id = ${userId} order by hash`);
  return rows.map((r) => r.hash);
}

describe("auth tokens", () => {
  it("consumes a token once and returns its user and pending address", async () => {
    const userId = await newUser();
    const h = hash("change");
    await replaceAuthToken({ hash: h, userId, purpose: "change-email", expiresAt: at(30 * MINUTE), newEmail: "new@example.com" }, at(0));
    expect(await isAuthTokenLive(h, "change-email", at(MINUTE))).toBe(true);
    expect(await isAuthTokenLive(h, "change-email", at(MINUTE))).toBe(true);
    expect(await consumeAuthToken(h, "change-email", at(MINUTE))).toEqual({ userId, newEmail: "new@example.com" });
    expect(await consumeAuthToken(h, "change-email", at(MINUTE))).toBeNull();
    expect(await isAuthTokenLive(h, "change-email", at(MINUTE))).toBe(false);
  });

  it("shows a pending address change while its link is live, and only the user's own", async () => {
    const userId = await newUser();
    const other = await newUser();
    expect(await getPendingEmailChange(userId, at(0))).toBeNull();
    await replaceAuthToken({ hash: hash("verify"), userId, purpose: "verify-email", expiresAt: at(30 * MINUTE), newEmail: null }, at(0));
    expect(await getPendingEmailChange(userId, at(0))).toBeNull();
    await replaceAuthToken({ hash: hash("change"), userId, purpose: "change-email", expiresAt: at(30 * MINUTE), newEmail: "next@example.com" }, at(0));
    expect(await getPendingEmailChange(userId, at(MINUTE))).toEqual({ newEmail: "next@example.com", expiresAt: at(30 * MINUTE) });
    expect(await getPendingEmailChange(other, at(MINUTE))).toBeNull();
    expect(await getPendingEmailChange(userId, at(30 * MINUTE))).toBeNull();
  });

  it("gives exactly one of 20 concurrent consumes the row", async () => {
    const userId = await newUser();
    const h = hash("race");
    await tokenStore.replace({ hash: h, userId, purpose: "reset-password", expiresAt: at(30 * MINUTE), newEmail: null });
    const results = await Promise.all(Array.from({ length: 20 }, () => tokenStore.consume(h, "reset-password", at(MINUTE))));
    expect(results.filter((r) => r !== null)).toEqual([{ userId, newEmail: null }]);
    expect(await hashesOf(userId)).toEqual([]);
  });

  it("refuses an expired token from the expiry instant on, and keeps it until pruned", async () => {
    const userId = await newUser();
    const h = hash("expiry");
    await replaceAuthToken({ hash: h, userId, purpose: "reset-password", expiresAt: at(30 * MINUTE), newEmail: null });
    expect(await isAuthTokenLive(h, "reset-password", at(30 * MINUTE))).toBe(false);
    expect(await consumeAuthToken(h, "reset-password", at(30 * MINUTE))).toBeNull();
    expect(await hashesOf(userId)).toEqual([h]);
    expect(await consumeAuthToken(h, "reset-password", at(30 * MINUTE - 1))).toEqual({ userId, newEmail: null });
  });

  it("refuses a token of another purpose and leaves it usable for its own", async () => {
    const userId = await newUser();
    const h = hash("purpose");
    await replaceAuthToken({ hash: h, userId, purpose: "verify-email", expiresAt: at(30 * MINUTE), newEmail: null });
    expect(await isAuthTokenLive(h, "reset-password", at(0))).toBe(false);
    expect(await consumeAuthToken(h, "reset-password", at(0))).toBeNull();
    expect(await consumeAuthToken(h, "change-email", at(0))).toBeNull();
    expect(await consumeAuthToken(h, "verify-email", at(0))).toEqual({ userId, newEmail: null });
  });

  it("replace removes the user's older tokens of that purpose only", async () => {
    const [userId, otherId] = [await newUser(), await newUser()];
    const first = hash("a-first");
    const verify = hash("b-verify");
    const others = hash("c-other");
    const second = hash("d-second");
    await replaceAuthToken({ hash: first, userId, purpose: "reset-password", expiresAt: at(30 * MINUTE), newEmail: null });
    await replaceAuthToken({ hash: verify, userId, purpose: "verify-email", expiresAt: at(30 * MINUTE), newEmail: null });
    await replaceAuthToken({ hash: others, userId: otherId, purpose: "reset-password", expiresAt: at(30 * MINUTE), newEmail: null });
    await replaceAuthToken({ hash: second, userId, purpose: "reset-password", expiresAt: at(30 * MINUTE), newEmail: null });
    expect(await hashesOf(userId)).toEqual([verify, second]);
    expect(await hashesOf(otherId)).toEqual([others]);
  });

  it("replace writes nothing when the insert fails (one transaction)", async () => {
    const userId = await newUser();
    const old = hash("kept");
    await replaceAuthToken({ hash: old, userId, purpose: "reset-password", expiresAt: at(30 * MINUTE), newEmail: null });
    const taken = hash("taken");
    await replaceAuthToken({ hash: taken, userId: await newUser(), purpose: "verify-email", expiresAt: at(30 * MINUTE), newEmail: null });
    await expect(replaceAuthToken({ hash: taken, userId, purpose: "reset-password", expiresAt: at(30 * MINUTE), newEmail: null })).rejects.toThrow();
    expect(await hashesOf(userId)).toEqual([old]);
  });

  it("deletes a user's tokens of one purpose or all, and refuses a purpose outside the list", async () => {
    const userId = await newUser();
    await replaceAuthToken({ hash: hash("r"), userId, purpose: "reset-password", expiresAt: at(MINUTE), newEmail: null });
    const v = hash("v");
    await replaceAuthToken({ hash: v, userId, purpose: "verify-email", expiresAt: at(MINUTE), newEmail: null });
    await replaceAuthToken({ hash: hash("c"), userId, purpose: "change-email", expiresAt: at(MINUTE), newEmail: "x@example.com" });
    expect(await deleteUserTokens(userId, "reset-password")).toBe(1);
    expect(await tokenStore.deleteForUser(userId, "change-email")).toBe(1);
    expect(await hashesOf(userId)).toEqual([v]);
    expect(await deleteUserTokens(userId)).toBe(1);
    expect(await deleteUserTokens(userId)).toBe(0);
    const time = DIALECT === "postgres" ? at(0) : T;
    const insert = testSql(sql`insert into auth_tokens (hash, user_id, purpose, created_at, expires_at) values ('bad', ${userId}, 'login', ${time}, ${time})`);
    await expect(insert).rejects.toSatisfy((e: Error) => /check constraint/i.test(String(e.cause)));
  });

  it("goes with the account (ON DELETE CASCADE)", async () => {
    const [userId, otherId] = [await newUser(), await newUser()];
    await replaceAuthToken({ hash: hash("gone"), userId, purpose: "verify-email", expiresAt: at(MINUTE), newEmail: null });
    const kept = hash("kept");
    await replaceAuthToken({ hash: kept, userId: otherId, purpose: "verify-email", expiresAt: at(MINUTE), newEmail: null });
    await deleteUser(userId);
    expect(await hashesOf(userId)).toEqual([]);
    expect(await hashesOf(otherId)).toEqual([kept]);
  });

  it("prunes tokens at or past their expiry and keeps live ones", async () => {
    await testSql(sql`delete from auth_tokens`);
    const userId = await newUser();
    const live = hash("live");
    await replaceAuthToken({ hash: hash("old"), userId, purpose: "reset-password", expiresAt: at(-MINUTE), newEmail: null });
    await replaceAuthToken({ hash: hash("now"), userId, purpose: "verify-email", expiresAt: at(0), newEmail: null });
    await replaceAuthToken({ hash: live, userId, purpose: "change-email", expiresAt: at(1), newEmail: "y@example.com" });
    expect(await pruneExpiredTokens(at(0))).toBe(2);
    expect(await hashesOf(userId)).toEqual([live]);
    expect(await pruneExpiredTokens(at(0))).toBe(0);
  });
});
