import "server-only";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { TokenPurpose } from "@/lib/token-policy";
import { isUniqueViolation } from "../errors";
import { authTokens, sessions, users } from "../tables";
import { withTransaction, type Tx } from "../tx";

// What using a mail link does, each in one transaction with the token's DELETE … RETURNING: either
// the token is used and everything it grants is written, or neither (a crash or a locked database
// leaves the link usable).

function consume(tx: Tx, hash: string, purpose: TokenPurpose, now: Date) {
  return tx
    .delete(authTokens)
    .where(and(eq(authTokens.hash, hash), eq(authTokens.purpose, purpose), gt(authTokens.expiresAt, now)))
    .returning({ userId: authTokens.userId, newEmail: authTokens.newEmail });
}

/**
 * A password reset: stores the new hash, ends every session (rows and session version), deletes the
 * user's other tokens, and marks the address verified (the link was read there). Returns the
 * address to send the notice to, or null when the link is used, expired or unknown.
 */
export async function resetPasswordWithToken(hash: string, passwordHash: string, now: Date): Promise<{ userId: string; email: string } | null> {
  return withTransaction(async (tx) => {
    const [token] = await consume(tx, hash, "reset-password", now);
    if (!token) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, token.userId))
      .returning({ email: users.email });
    if (!user) return null;
    await tx.update(users).set({ emailVerifiedAt: now }).where(and(eq(users.id, token.userId), isNull(users.emailVerifiedAt)));
    await tx.delete(sessions).where(eq(sessions.userId, token.userId));
    await tx.delete(authTokens).where(eq(authTokens.userId, token.userId));
    return { userId: token.userId, email: user.email };
  });
}

/** Sign-up's verification link: marks the address verified (once; a later use keeps the first time). */
export async function verifyEmailWithToken(hash: string, now: Date): Promise<{ userId: string } | null> {
  return withTransaction(async (tx) => {
    const [token] = await consume(tx, hash, "verify-email", now);
    if (!token) return null;
    await tx.update(users).set({ emailVerifiedAt: now }).where(and(eq(users.id, token.userId), isNull(users.emailVerifiedAt)));
    await tx.delete(authTokens).where(and(eq(authTokens.userId, token.userId), eq(authTokens.purpose, "verify-email")));
    return { userId: token.userId };
  });
}

export type EmailChange = { ok: true; userId: string; oldEmail: string; newEmail: string } | { ok: false; reason: "invalid" | "taken" };

/**
 * An email change's link, opened from the new address: the address becomes the account's, verified,
 * unless another account took it since the change was asked for (checked again here, and by the
 * unique index when two transactions race). Every other token of the user goes: links sent to the
 * old address must not act on the account any more.
 */
export async function changeEmailWithToken(hash: string, now: Date): Promise<EmailChange> {
  try {
    return await withTransaction<EmailChange>(async (tx) => {
      const [token] = await consume(tx, hash, "change-email", now);
      if (!token?.newEmail) return { ok: false, reason: "invalid" };
      const newEmail = token.newEmail;
      const taken = await tx.select({ id: users.id }).from(users).where(and(eq(users.email, newEmail), ne(users.id, token.userId)));
      if (taken.length > 0) return { ok: false, reason: "taken" };
      const [old] = await tx.select({ email: users.email }).from(users).where(eq(users.id, token.userId));
      if (!old) return { ok: false, reason: "invalid" };
      await tx.update(users).set({ email: newEmail, emailVerifiedAt: now }).where(eq(users.id, token.userId));
      await tx.delete(authTokens).where(eq(authTokens.userId, token.userId));
      return { ok: true, userId: token.userId, oldEmail: old.email, newEmail };
    });
  } catch (error) {
    // Rolled back, so the link still works; it will say "taken" next time too.
    if (isUniqueViolation(error)) return { ok: false, reason: "taken" };
    throw error;
  }
}
