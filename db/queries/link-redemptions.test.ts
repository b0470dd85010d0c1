import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testSql } from "../test-db";
import { replaceAuthToken } from "./auth-tokens";
import { changeEmailWithToken, resetPasswordWithToken, verifyEmailWithToken } from "./link-redemptions";
import { createSession } from "./sessions";
import { createUser, getUserWithHashById } from "./users";

const T = Date.UTC(2030, 0, 1);
const MINUTE = 60_000;
const at = (ms: number) => new Date(T + ms);

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

let serial = 0;
async function newUser(tag = "links"): Promise<{ id: string; email: string }> {
  const email = `${tag}-${++serial}-${Date.now()}@example.com`;
  const user = await createUser({ email, passwordHash: "old-hash", name: null });
  if (!user) throw new Error("user not created");
  return { id: user.id, email };
}
const hash = (label: string) => `${label}-${++serial}`.padEnd(64, "0");

async function tokenCount(userId: string): Promise<number> {
  const rows = await testSql<{ n: number | string }>(sql`select count(*) as n from auth_tokens where user_id = ${userId}`);
  return Number(rows[0]?.n);
}
async function sessionCount(userId: string): Promise<number> {
  const rows = await testSql<{ n: number | string }>(sql`select count(*) as n from sessions where user_id = ${userId}`);
  return Number(rows[0]?.n);
}
async function issue(userId: string, purpose: "reset-password" | "verify-email" | "change-email", newEmail: string | null = null, ttl = 30 * MINUTE) {
  const h = hash(purpose);
  await replaceAuthToken({ hash: h, userId, purpose, expiresAt: at(ttl), newEmail }, at(0));
  return h;
}

describe("resetPasswordWithToken", () => {
  it("stores the hash, ends every session, deletes every token and verifies the address, once", async () => {
    const user = await newUser();
    const h = await issue(user.id, "reset-password");
    await issue(user.id, "verify-email");
    await createSession(user.id, at(60 * MINUTE));
    await createSession(user.id, at(60 * MINUTE));
    const before = await getUserWithHashById(user.id);

    expect(await resetPasswordWithToken(h, "new-hash", at(MINUTE))).toEqual({ userId: user.id, email: user.email });
    const after = await getUserWithHashById(user.id);
    expect(after?.passwordHash).toBe("new-hash");
    expect(after?.sessionVersion).toBe((before?.sessionVersion ?? 0) + 1);
    expect(after?.emailVerifiedAt?.getTime()).toBe(at(MINUTE).getTime());
    expect(await sessionCount(user.id)).toBe(0);
    expect(await tokenCount(user.id)).toBe(0);

    expect(await resetPasswordWithToken(h, "third-hash", at(MINUTE))).toBeNull();
    expect((await getUserWithHashById(user.id))?.passwordHash).toBe("new-hash");
  });

  it("refuses an expired link, a link of another purpose, and changes nothing", async () => {
    const user = await newUser();
    const expired = await issue(user.id, "reset-password");
    const verify = await issue(user.id, "verify-email");
    await createSession(user.id, at(60 * MINUTE));
    expect(await resetPasswordWithToken(expired, "x", at(30 * MINUTE))).toBeNull();
    expect(await resetPasswordWithToken(verify, "x", at(0))).toBeNull();
    expect((await getUserWithHashById(user.id))?.passwordHash).toBe("old-hash");
    expect(await sessionCount(user.id)).toBe(1);
    expect(await tokenCount(user.id)).toBe(2);
  });

  it("gives a password to a user who had none (signed up with a provider)", async () => {
    const user = await newUser("provider");
    await testSql(sql`update users set password_hash = null where id = ${user.id}`);
    const h = await issue(user.id, "reset-password");
    expect(await resetPasswordWithToken(h, "first-hash", at(0))).not.toBeNull();
    expect((await getUserWithHashById(user.id))?.passwordHash).toBe("first-hash");
  });

  it("lets exactly one of 10 concurrent uses of one link through", async () => {
    const user = await newUser();
    const h = await issue(user.id, "reset-password");
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => resetPasswordWithToken(h, `hash-${i}`, at(0))));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });
});

describe("verifyEmailWithToken", () => {
  it("marks the address verified once and keeps the first time", async () => {
    const user = await newUser();
    const h = await issue(user.id, "verify-email", null, 24 * 60 * MINUTE);
    const reset = await issue(user.id, "reset-password");
    expect(await verifyEmailWithToken(h, at(MINUTE))).toEqual({ userId: user.id });
    expect(await verifyEmailWithToken(h, at(2 * MINUTE))).toBeNull();
    expect((await getUserWithHashById(user.id))?.emailVerifiedAt?.getTime()).toBe(at(MINUTE).getTime());
    // A reset link asked for meanwhile still works.
    expect(await resetPasswordWithToken(reset, "h", at(2 * MINUTE))).not.toBeNull();
  });

  it("refuses a reset link", async () => {
    const user = await newUser();
    const reset = await issue(user.id, "reset-password");
    expect(await verifyEmailWithToken(reset, at(0))).toBeNull();
    expect((await getUserWithHashById(user.id))?.emailVerifiedAt).toBeNull();
  });
});

describe("changeEmailWithToken", () => {
  it("makes the new address the account's, verified, and deletes links sent to the old one", async () => {
    const user = await newUser();
    const newEmail = `moved-${++serial}@example.com`;
    const reset = await issue(user.id, "reset-password");
    const h = await issue(user.id, "change-email", newEmail);
    expect(await changeEmailWithToken(h, at(MINUTE))).toEqual({ ok: true, userId: user.id, oldEmail: user.email, newEmail });
    const after = await getUserWithHashById(user.id);
    expect(after?.email).toBe(newEmail);
    expect(after?.emailVerifiedAt?.getTime()).toBe(at(MINUTE).getTime());
    expect(await resetPasswordWithToken(reset, "h", at(MINUTE))).toBeNull();
    expect(await changeEmailWithToken(h, at(MINUTE))).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an address another account took since the change was asked for", async () => {
    const user = await newUser();
    const newEmail = `wanted-${++serial}@example.com`;
    const h = await issue(user.id, "change-email", newEmail);
    await createUser({ email: newEmail, passwordHash: "x", name: null });
    expect(await changeEmailWithToken(h, at(0))).toEqual({ ok: false, reason: "taken" });
    expect((await getUserWithHashById(user.id))?.email).toBe(user.email);
  });

  it("of two users racing to one address, exactly one gets it", async () => {
    const [a, b] = [await newUser(), await newUser()];
    const newEmail = `race-${++serial}@example.com`;
    const [ha, hb] = [await issue(a.id, "change-email", newEmail), await issue(b.id, "change-email", newEmail)];
    const results = await Promise.all([changeEmailWithToken(ha, at(0)), changeEmailWithToken(hb, at(0))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "taken" }]);
  });
});
