/**
 * Who an OAuth / OpenID Connect sign-in signs in, decided from facts the server looked up. An
 * identity is a provider's account id, never an email: an email only ever leads to an existing
 * account when both sides have proven it (stops pre-hijacking: someone who signed up first with
 * another person's unverified address, or a provider that hands out unverified addresses).
 */
export type LinkingInput = {
  /**
   * A Connect from Settings: the live session that asked for it, "ended" when the request carried
   * one whose session is no longer live (revoked, expired, another cookie), null for a plain sign-in.
   */
  connect: { userId: string } | "ended" | null;
  /** The user this identity is already linked to, if any. */
  identityOwnerId: string | null;
  /** The provider's address, normalised; null when it gave none (or none that is an address). */
  email: string | null;
  providerEmailVerified: boolean;
  /** The local account with that address, if any. */
  emailOwner: { id: string; emailVerified: boolean } | null;
};

export type LinkingRefusal = "session-ended" | "identity-taken" | "no-email" | "email-exists";

export type LinkingDecision =
  | { action: "sign-in"; userId: string }
  | { action: "link"; userId: string; reason: "connect" | "verified-email" }
  | { action: "create"; email: string; emailVerified: boolean }
  | { action: "refuse"; reason: LinkingRefusal };

export function decideOAuthSignIn(input: LinkingInput): LinkingDecision {
  const { connect, identityOwnerId, email, providerEmailVerified, emailOwner } = input;
  if (connect === "ended") return { action: "refuse", reason: "session-ended" };
  if (connect) {
    if (identityOwnerId === null) return { action: "link", userId: connect.userId, reason: "connect" };
    return identityOwnerId === connect.userId ? { action: "sign-in", userId: identityOwnerId } : { action: "refuse", reason: "identity-taken" };
  }
  if (identityOwnerId !== null) return { action: "sign-in", userId: identityOwnerId };
  if (email === null) return { action: "refuse", reason: "no-email" };
  if (emailOwner === null) return { action: "create", email, emailVerified: providerEmailVerified };
  if (providerEmailVerified && emailOwner.emailVerified) return { action: "link", userId: emailOwner.id, reason: "verified-email" };
  return { action: "refuse", reason: "email-exists" };
}

/** Why a sign-in or a Connect did not go through; also what the pages get in `?oauth=`. */
export type OAuthProblem = LinkingRefusal | "provider-taken" | "failed";

export const OAUTH_PROBLEMS: readonly OAuthProblem[] = ["session-ended", "identity-taken", "no-email", "email-exists", "provider-taken", "failed"];

export function isOAuthProblem(value: unknown): value is OAuthProblem {
  return typeof value === "string" && (OAUTH_PROBLEMS as readonly string[]).includes(value);
}

/** The sentence a page shows; `provider` is the provider's display name from configuration. */
export function oauthProblemMessage(problem: OAuthProblem, provider: string): string {
  switch (problem) {
    case "email-exists":
      return `An account with this email exists. Log in with your password, then connect ${provider} in Settings.`;
    case "no-email":
      return `${provider} did not share an email address with Rungs, so no account was created. Add an email address to your ${provider} account (GitHub: a verified primary address) and try again, or sign up with an email and password.`;
    case "session-ended":
      return `Your session ended before ${provider} could be connected. Log in again, then connect ${provider} in Settings.`;
    case "identity-taken":
      return `That ${provider} account is already connected to another Rungs account.`;
    case "provider-taken":
      return `Your Rungs account already has another ${provider} account connected. Disconnect it first.`;
    case "failed":
      return `Signing in with ${provider} did not work. Please try again.`;
  }
}

/**
 * Where a refused sign-in lands: Settings for a Connect (the user is still signed in there), the
 * log-in page otherwise. Only codes travel in the address; each page words them itself.
 */
export function oauthProblemPath(problem: OAuthProblem, provider: string, connect: boolean): string {
  const query = new URLSearchParams({ oauth: problem, provider });
  return `${connect ? "/settings" : "/login"}?${query}`;
}
