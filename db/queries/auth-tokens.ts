import "server-only";
import { and, eq, gt, lte } from "drizzle-orm";
import type { TokenPurpose } from "@/lib/token-policy";
import type { ConsumedToken, TokenRecord, TokenStore } from "@/server/tokens";
import { db } from "../client";
import { authTokens } from "../tables";
import { withTransaction, write } from "../tx";

/** Stores a new token and deletes the user's older ones of the same purpose, all or nothing. */
export async function replaceAuthToken(record: TokenRecord, now: Date = new Date()): Promise<void> {
  await withTransaction(async (tx) => {
    await tx.delete(authTokens).where(and(eq(authTokens.userId, record.userId), eq(authTokens.purpose, record.purpose)));
    await tx.insert(authTokens).values({
      hash: record.hash,
      userId: record.userId,
      purpose: record.purpose,
      newEmail: record.newEmail,
      createdAt: now,
      expiresAt: record.expiresAt,
    });
  });
}

/**
 * Uses a token: one DELETE … RETURNING, so of any number of concurrent uses of one link exactly
 * one gets the row (no read-then-delete window). Expired at the expiry instant, like tokenState.
 */
export async function consumeAuthToken(hash: string, purpose: TokenPurpose, now: Date): Promise<ConsumedToken | null> {
  const [row] = await write((q) =>
    q
      .delete(authTokens)
      .where(and(eq(authTokens.hash, hash), eq(authTokens.purpose, purpose), gt(authTokens.expiresAt, now)))
      .returning({ userId: authTokens.userId, newEmail: authTokens.newEmail }),
  );
  return row ?? null;
}

/** Whether the link is still usable, consuming nothing (a GET: mail scanners open links). */
export async function isAuthTokenLive(hash: string, purpose: TokenPurpose, now: Date): Promise<boolean> {
  const rows = await db()
    .select({ hash: authTokens.hash })
    .from(authTokens)
    .where(and(eq(authTokens.hash, hash), eq(authTokens.purpose, purpose), gt(authTokens.expiresAt, now)));
  return rows.length > 0;
}

/** The address a live change-email link would move the account to, and until when the link works. */
export async function getPendingEmailChange(userId: string, now: Date = new Date()): Promise<{ newEmail: string; expiresAt: Date } | null> {
  const [row] = await db()
    .select({ newEmail: authTokens.newEmail, expiresAt: authTokens.expiresAt })
    .from(authTokens)
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, "change-email"), gt(authTokens.expiresAt, now)));
  return row?.newEmail ? { newEmail: row.newEmail, expiresAt: row.expiresAt } : null;
}

/** Deletes the user's tokens of one purpose, or all of them; returns how many. */
export async function deleteUserTokens(userId: string, purpose?: TokenPurpose): Promise<number> {
  const where = purpose ? and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose)) : eq(authTokens.userId, userId);
  const gone = await write((q) => q.delete(authTokens).where(where).returning({ hash: authTokens.hash }));
  return gone.length;
}

/** Housekeeping: a token at or past its expiry can never be used. Returns rows deleted. */
export async function pruneExpiredTokens(now: Date): Promise<number> {
  const gone = await write((q) => q.delete(authTokens).where(lte(authTokens.expiresAt, now)).returning({ hash: authTokens.hash }));
  return gone.length;
}

/** The tokens table as server/tokens.ts uses it (issueToken, redeemToken, isTokenLive). */
export const tokenStore: TokenStore = {
  replace: (record) => replaceAuthToken(record),
  consume: consumeAuthToken,
  isLive: isAuthTokenLive,
  deleteForUser: deleteUserTokens,
};
