import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { db } from "../client";
import { isForeignKeyViolation, isUniqueViolation } from "../errors";
import { authAccounts, users } from "../tables";
import { lockUser, withTransaction, write } from "../tx";
import { userColumns, type UserRecord } from "./users";

export type AuthProvider = "github" | "oidc";

/** A sign-in identity: the provider's account id under an issuer (never the email alone). */
export type ProviderIdentity = { provider: AuthProvider; issuer: string; providerAccountId: string };

export type ProviderAccount = ProviderIdentity & { email: string | null; emailVerified: boolean; createdAt: Date };

export type LinkResult =
  | { ok: true }
  // identity-linked: that identity belongs to another user. provider-linked: this user already
  // has another identity at that provider. already-linked: this exact identity is already theirs.
  | { ok: false; error: "identity-linked" | "provider-linked" | "already-linked" | "no-user" };

export type UnlinkResult = { ok: true } | { ok: false; error: "not-linked" | "last-method" | "no-user" };

const accountColumns = {
  provider: authAccounts.provider,
  issuer: authAccounts.issuer,
  providerAccountId: authAccounts.providerAccountId,
  email: authAccounts.email,
  emailVerified: authAccounts.emailVerified,
  createdAt: authAccounts.createdAt,
};

function identityIs(identity: ProviderIdentity) {
  return and(
    eq(authAccounts.provider, identity.provider),
    eq(authAccounts.issuer, identity.issuer),
    eq(authAccounts.providerAccountId, identity.providerAccountId),
  );
}

/** The user an identity signs in, or null when it is linked to nobody. */
export async function getUserIdByProviderAccount(provider: AuthProvider, issuer: string, providerAccountId: string): Promise<string | null> {
  const [row] = await db()
    .select({ userId: authAccounts.userId })
    .from(authAccounts)
    .where(identityIs({ provider, issuer, providerAccountId }));
  return row?.userId ?? null;
}

/** The user's connected providers, oldest first (Settings, export). */
export async function listProviderAccounts(userId: string): Promise<ProviderAccount[]> {
  return db().select(accountColumns).from(authAccounts).where(eq(authAccounts.userId, userId)).orderBy(asc(authAccounts.createdAt), asc(authAccounts.provider));
}

/** Why an insert of `identity` for `userId` hit a unique index: whose identity it is, or which provider. */
async function linkConflict(userId: string, identity: ProviderIdentity): Promise<Exclude<LinkResult, { ok: true }>["error"]> {
  const owner = await getUserIdByProviderAccount(identity.provider, identity.issuer, identity.providerAccountId);
  if (owner === userId) return "already-linked";
  return owner === null ? "provider-linked" : "identity-linked";
}

/**
 * Connects an identity to a user. One INSERT: the primary key keeps an identity on one user and
 * the unique (user_id, provider) index one identity per provider per user, even under races; a
 * refusal is a result, not a throw.
 */
export async function linkProviderAccount(
  input: ProviderIdentity & { userId: string; email: string | null; emailVerified: boolean },
  now: Date = new Date(),
): Promise<LinkResult> {
  try {
    await write((q) =>
      q.insert(authAccounts).values({
        provider: input.provider,
        issuer: input.issuer,
        providerAccountId: input.providerAccountId,
        userId: input.userId,
        email: input.email,
        emailVerified: input.emailVerified,
        createdAt: now,
      }),
    );
    return { ok: true };
  } catch (error) {
    if (isForeignKeyViolation(error)) return { ok: false, error: "no-user" };
    if (!isUniqueViolation(error)) throw error;
    return { ok: false, error: await linkConflict(input.userId, input) };
  }
}

/**
 * Disconnects the user's identity at `provider`, unless it is their last way to sign in (no
 * password and no other identity). The user row is locked first, so of two concurrent unlinks of
 * a password-less user's two identities exactly one succeeds.
 */
export async function unlinkProviderAccount(userId: string, provider: AuthProvider): Promise<UnlinkResult> {
  return withTransaction(async (tx): Promise<UnlinkResult> => {
    if (!(await lockUser(tx, userId))) return { ok: false, error: "no-user" };
    const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
    const linked = await tx.select({ provider: authAccounts.provider }).from(authAccounts).where(eq(authAccounts.userId, userId));
    if (!linked.some((a) => a.provider === provider)) return { ok: false, error: "not-linked" };
    if ((user?.passwordHash ?? null) === null && linked.length <= 1) return { ok: false, error: "last-method" };
    await tx.delete(authAccounts).where(and(eq(authAccounts.userId, userId), eq(authAccounts.provider, provider)));
    return { ok: true };
  });
}

/** How many ways the user has to sign in: a password counts as one, each identity as one. */
export async function countSignInMethods(userId: string): Promise<number> {
  const [user] = await db().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) return 0;
  const [accounts] = await db().select({ n: count() }).from(authAccounts).where(eq(authAccounts.userId, userId));
  return (user.passwordHash === null ? 0 : 1) + Number(accounts?.n ?? 0);
}

export type CreateProviderUserResult = { ok: true; user: UserRecord } | { ok: false; error: "email-taken" | "identity-linked" };

/**
 * A new user who signs in with a provider (no password), with the identity linked, in one
 * transaction: either both rows exist or neither. `emailVerifiedAt` is set only when the provider
 * says the email is verified.
 */
export async function createUserWithProviderAccount(
  input: ProviderIdentity & { email: string; name: string | null; emailVerified: boolean },
  now: Date = new Date(),
): Promise<CreateProviderUserResult> {
  try {
    return await withTransaction(async (tx): Promise<CreateProviderUserResult> => {
      const [user] = await tx
        .insert(users)
        .values({ id: randomUUID(), email: input.email, passwordHash: null, name: input.name, createdAt: now, emailVerifiedAt: input.emailVerified ? now : null })
        .onConflictDoNothing({ target: users.email })
        .returning(userColumns);
      if (!user) return { ok: false, error: "email-taken" };
      await tx.insert(authAccounts).values({
        provider: input.provider,
        issuer: input.issuer,
        providerAccountId: input.providerAccountId,
        userId: user.id,
        email: input.email,
        emailVerified: input.emailVerified,
        createdAt: now,
      });
      return { ok: true, user };
    });
  } catch (error) {
    // The identity was linked by a concurrent sign-in: the transaction rolled back, no user was made.
    if (isUniqueViolation(error)) return { ok: false, error: "identity-linked" };
    throw error;
  }
}
