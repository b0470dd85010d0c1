import "server-only";
import {
  createUserWithProviderAccount,
  getUserIdByProviderAccount,
  linkProviderAccount,
  type ProviderIdentity,
} from "@/db/queries/auth-accounts";
import { getUserByEmail, getUserWithHashById, type UserRecord } from "@/db/queries/users";
import { displayNameSchema, emailSchema } from "@/lib/auth-schemas";
import { decideOAuthSignIn, type LinkingInput, type OAuthProblem } from "@/lib/oauth-linking";

/** What a provider told us after a completed OAuth / OpenID Connect flow (PKCE, state, nonce checked by Auth.js). */
export type ProviderSignIn = ProviderIdentity & {
  email: unknown;
  emailVerified: unknown;
  name: unknown;
};

export type OAuthSignInOutcome =
  | { ok: true; user: UserRecord; how: "signed-in" | "linked" | "created" }
  | { ok: false; problem: OAuthProblem };

function providerEmail(value: unknown): string | null {
  const parsed = emailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function providerDisplayName(value: unknown): string | null {
  const parsed = displayNameSchema.safeParse(typeof value === "string" ? value : "");
  return parsed.success ? parsed.data : null;
}

async function existingUser(userId: string, how: "signed-in" | "linked"): Promise<OAuthSignInOutcome> {
  const user = await getUserWithHashById(userId);
  if (!user) return { ok: false, problem: "failed" };
  const record: UserRecord & { passwordHash?: string | null } = { ...user };
  delete record.passwordHash;
  return { ok: true, user: record, how };
}

/**
 * Resolves a completed provider sign-in to one of our users, by the rules in lib/oauth-linking.ts.
 * `connect` is what takeConnectIntent found. Races (the same identity or email signing in twice at
 * once) end as the database's unique indexes decide, as results, never as a second account.
 */
export async function resolveOAuthSignIn(input: ProviderSignIn, connect: LinkingInput["connect"]): Promise<OAuthSignInOutcome> {
  const identity: ProviderIdentity = { provider: input.provider, issuer: input.issuer, providerAccountId: input.providerAccountId };
  const email = providerEmail(input.email);
  const emailVerified = email !== null && (input.emailVerified === true || input.emailVerified === "true");
  const identityOwnerId = await getUserIdByProviderAccount(identity.provider, identity.issuer, identity.providerAccountId);
  const local = email !== null && connect === null && identityOwnerId === null ? await getUserByEmail(email) : null;
  const decision = decideOAuthSignIn({
    connect,
    identityOwnerId,
    email,
    providerEmailVerified: emailVerified,
    emailOwner: local ? { id: local.id, emailVerified: local.emailVerifiedAt !== null } : null,
  });

  switch (decision.action) {
    case "refuse":
      return { ok: false, problem: decision.reason };
    case "sign-in":
      return existingUser(decision.userId, "signed-in");
    case "link": {
      const linked = await linkProviderAccount({ ...identity, userId: decision.userId, email, emailVerified });
      if (linked.ok || linked.error === "already-linked") return existingUser(decision.userId, "linked");
      if (linked.error === "identity-linked") return decision.reason === "connect" ? { ok: false, problem: "identity-taken" } : signInOwner(identity);
      if (linked.error === "provider-linked") return { ok: false, problem: "provider-taken" };
      return { ok: false, problem: decision.reason === "connect" ? "session-ended" : "failed" };
    }
    case "create": {
      const created = await createUserWithProviderAccount({ ...identity, email: decision.email, emailVerified: decision.emailVerified, name: providerDisplayName(input.name) });
      if (created.ok) return { ok: true, user: created.user, how: "created" };
      // Either this same identity signed in a moment ago (sign in as its user), or someone else
      // took the address meanwhile (the same rule as if it had been there before).
      const owner = await signInOwner(identity);
      return owner.ok || created.error === "identity-linked" ? owner : { ok: false, problem: "email-exists" };
    }
  }
}

/** The identity was linked by a concurrent sign-in of the same person: sign in as its owner. */
async function signInOwner(identity: ProviderIdentity): Promise<OAuthSignInOutcome> {
  const owner = await getUserIdByProviderAccount(identity.provider, identity.issuer, identity.providerAccountId);
  return owner ? existingUser(owner, "signed-in") : { ok: false, problem: "failed" };
}
