import type Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { tokenStore } from "@/db/queries/auth-tokens";
import { useTempDatabase } from "@/db/test-db";
import { TOKEN_FAILED_MESSAGE, TOKEN_LENGTH, type TokenPurpose } from "@/lib/token-policy";
import { createToken, hashToken, isTokenLive, issueToken, redeemToken, tokenMatchesHash, type TokenStore } from "./tokens";

const T = Date.UTC(2030, 0, 1);
const MINUTE = 60_000;

// The real tokens table and queries (db/queries/auth-tokens.ts) on a migrated SQLite file, so the
// rules here are proven against the single-statement consume rather than against a stand-in; the
// queries themselves are tested on both back ends in db/queries/auth-tokens.test.ts.
let cleanup: () => void;
let db: Database.Database;
const store: TokenStore = tokenStore;
beforeAll(() => {
  cleanup = useTempDatabase();
  db = getDb().$client;
});
afterAll(() => cleanup());
beforeEach(() => {
  db.exec("delete from auth_tokens; delete from users");
  const user = db.prepare("insert into users (id, email, password_hash, created_at) values (?, ?, 'x', 1)");
  user.run("u1", "u1@example.com");
  user.run("u2", "u2@example.com");
});

const rows = () => db.prepare("select * from auth_tokens order by created_at").all() as Array<Record<string, unknown>>;

describe("createToken and hashToken", () => {
  it("makes 32 random bytes as 43 base64url characters, never the same twice", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { token } = createToken("reset-password", T);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      seen.add(token);
    }
    expect(seen.size).toBe(200);
    expect(TOKEN_LENGTH).toBe(43);
  });

  it("keeps only the SHA-256 of the link value", () => {
    const issued = createToken("verify-email", T);
    expect(issued.hash).toBe(createHash("sha256").update(issued.token).digest("hex"));
    expect(issued.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(issued.token)).toBe(issued.hash);
    // Another last character (one token in 64 already ends in "A").
    const tampered = `${issued.token.slice(0, -1)}${issued.token.endsWith("A") ? "B" : "A"}`;
    expect(hashToken(tampered)).not.toBe(issued.hash);
  });

  it("sets the expiry from the purpose", () => {
    expect(createToken("reset-password", T).expiresAt.getTime()).toBe(T + 30 * MINUTE);
    expect(createToken("verify-email", T).expiresAt.getTime()).toBe(T + 24 * 60 * MINUTE);
    expect(createToken("change-email", T).expiresAt.getTime()).toBe(T + 24 * 60 * MINUTE);
  });

  it("compares a token with a stored hash in constant time, refusing anything that is not a hash", () => {
    const { token, hash } = createToken("reset-password", T);
    expect(tokenMatchesHash(token, hash)).toBe(true);
    expect(tokenMatchesHash(token, hash.toUpperCase())).toBe(true);
    expect(tokenMatchesHash(createToken("reset-password", T).token, hash)).toBe(false);
    for (const bad of ["", hash.slice(2), `${hash}00`, `${hash.slice(0, 62)}zz`, "zz".repeat(32)]) {
      expect(tokenMatchesHash(token, bad), bad).toBe(false);
    }
  });
});

describe("issue and redeem", () => {
  it("stores the hash, never the token, and redeems it once", async () => {
    const { token, expiresAt } = await issueToken(store, { userId: "u1", purpose: "reset-password" }, T);
    expect(expiresAt.getTime()).toBe(T + 30 * MINUTE);
    const stored = rows();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.hash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await isTokenLive(store, token, "reset-password", T + MINUTE)).toBe(true);
    // A GET (isTokenLive) consumes nothing: a mail scanner opening the link leaves it usable.
    expect(await isTokenLive(store, token, "reset-password", T + MINUTE)).toBe(true);
    expect(await redeemToken(store, token, "reset-password", T + MINUTE)).toEqual({ ok: true, userId: "u1", newEmail: null });
    expect(await redeemToken(store, token, "reset-password", T + MINUTE)).toEqual({ ok: false, error: TOKEN_FAILED_MESSAGE });
    expect(await isTokenLive(store, token, "reset-password", T + MINUTE)).toBe(false);
  });

  it("gives exactly one of many concurrent redeems of the same link", async () => {
    const { token } = await issueToken(store, { userId: "u1", purpose: "verify-email" }, T);
    const results = await Promise.all(Array.from({ length: 20 }, () => redeemToken(store, token, "verify-email", T + MINUTE)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses an expired link, from the expiry instant on", async () => {
    const { token } = await issueToken(store, { userId: "u1", purpose: "reset-password" }, T);
    expect(await isTokenLive(store, token, "reset-password", T + 30 * MINUTE)).toBe(false);
    expect(await redeemToken(store, token, "reset-password", T + 30 * MINUTE)).toEqual({ ok: false, error: TOKEN_FAILED_MESSAGE });
    expect(await redeemToken(store, token, "reset-password", T + 30 * MINUTE - 1)).toMatchObject({ ok: true });
  });

  it("refuses a link used for another purpose, and leaves it usable for its own", async () => {
    const { token } = await issueToken(store, { userId: "u1", purpose: "verify-email" }, T);
    expect(await redeemToken(store, token, "reset-password", T)).toMatchObject({ ok: false });
    expect(await redeemToken(store, token, "verify-email", T)).toMatchObject({ ok: true });
  });

  it("gives tampered, malformed and unknown tokens the same answer", async () => {
    const { token } = await issueToken(store, { userId: "u1", purpose: "reset-password" }, T);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of [tampered, createToken("reset-password", T).token, "", "x", `${token}=`, [token], null, { token }]) {
      expect(await redeemToken(store, bad, "reset-password", T)).toEqual({ ok: false, error: TOKEN_FAILED_MESSAGE });
      expect(await isTokenLive(store, bad, "reset-password", T)).toBe(false);
    }
    expect(await redeemToken(store, token, "reset-password", T)).toMatchObject({ ok: true });
  });

  it("asking again replaces the user's older tokens of that purpose, and only those", async () => {
    const first = await issueToken(store, { userId: "u1", purpose: "reset-password" }, T);
    const verify = await issueToken(store, { userId: "u1", purpose: "verify-email" }, T);
    const other = await issueToken(store, { userId: "u2", purpose: "reset-password" }, T);
    const second = await issueToken(store, { userId: "u1", purpose: "reset-password" }, T + MINUTE);
    expect(await redeemToken(store, first.token, "reset-password", T + 2 * MINUTE)).toMatchObject({ ok: false });
    expect(await redeemToken(store, second.token, "reset-password", T + 2 * MINUTE)).toMatchObject({ ok: true, userId: "u1" });
    expect(await redeemToken(store, verify.token, "verify-email", T + 2 * MINUTE)).toMatchObject({ ok: true, userId: "u1" });
    expect(await redeemToken(store, other.token, "reset-password", T + 2 * MINUTE)).toMatchObject({ ok: true, userId: "u2" });
  });

  it("carries the pending address of an email change, and only there", async () => {
    const { token } = await issueToken(store, { userId: "u1", purpose: "change-email", newEmail: "new@example.com" }, T);
    expect(await redeemToken(store, token, "change-email", T)).toEqual({ ok: true, userId: "u1", newEmail: "new@example.com" });
    await expect(issueToken(store, { userId: "u1", purpose: "change-email" }, T)).rejects.toThrow();
    await expect(issueToken(store, { userId: "u1", purpose: "verify-email", newEmail: "x@example.com" }, T)).rejects.toThrow();
  });

  it("deletes a user's other tokens after a reset, and all of them with the account", async () => {
    const purposes: TokenPurpose[] = ["reset-password", "verify-email"];
    const issued = await Promise.all(purposes.map((purpose) => issueToken(store, { userId: "u1", purpose }, T)));
    await issueToken(store, { userId: "u2", purpose: "verify-email" }, T);
    expect(await store.deleteForUser("u1")).toBe(2);
    for (const [i, purpose] of purposes.entries()) {
      expect(await redeemToken(store, issued[i]?.token, purpose, T)).toMatchObject({ ok: false });
    }
    await issueToken(store, { userId: "u1", purpose: "verify-email" }, T);
    db.prepare("delete from users where id = ?").run("u1");
    expect(rows().map((r) => r.user_id)).toEqual(["u2"]);
  });
});
