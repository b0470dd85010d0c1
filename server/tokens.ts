import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { parseLinkToken, TOKEN_BYTES, TOKEN_FAILED_MESSAGE, tokenExpiresAt, type TokenPurpose } from "@/lib/token-policy";

// Single-use mail links. The link carries 32 random bytes; the database keeps only their SHA-256,
// so a leaked table or backup opens no account. A fast unsalted hash is enough here: the input
// has 256 bits of entropy, nothing to guess from a dictionary.

export type IssuedToken = { token: string; hash: string; purpose: TokenPurpose; expiresAt: Date };

/** A new token for `purpose`: the link value (base64url), the hash to store, and its expiry. */
export function createToken(purpose: TokenPurpose, now: number = Date.now()): IssuedToken {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashToken(token), purpose, expiresAt: tokenExpiresAt(purpose, now) };
}

/** SHA-256 of the link value, 64 lower-case hex characters: what the tokens table stores and looks up. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Whether `token` hashes to `storedHash`, in constant time. The consume query looks rows up by
 * hash, which leaks nothing useful (timing reveals at most a prefix of a hash, never of a token);
 * this is for code that holds a stored hash and compares it itself.
 */
export function tokenMatchesHash(token: string, storedHash: string): boolean {
  const actual = Buffer.from(hashToken(token), "hex");
  const expected = Buffer.from(storedHash, "hex");
  // Buffer.from(…, "hex") stops at the first bad character: a short result is not a hash of ours.
  if (expected.length !== actual.length || storedHash.length !== 64) return false;
  return timingSafeEqual(actual, expected);
}

/** One row of the tokens table (see the data layer); newEmail is the pending address of a change-email token. */
export type TokenRecord = { hash: string; userId: string; purpose: TokenPurpose; expiresAt: Date; newEmail: string | null };
export type ConsumedToken = { userId: string; newEmail: string | null };

/** What the data layer provides; the functions below hold the rules and stay the same on both back ends. */
export type TokenStore = {
  /** Inserts `record` and deletes the user's other tokens of the same purpose, in one transaction. */
  replace(record: TokenRecord): Promise<void>;
  /**
   * Deletes and returns the token in one statement:
   * `DELETE FROM auth_tokens WHERE hash = ? AND purpose = ? AND expires_at > ? RETURNING user_id, new_email`.
   * Of two concurrent uses of one link, exactly one gets the row.
   */
  consume(hash: string, purpose: TokenPurpose, now: Date): Promise<ConsumedToken | null>;
  /** Whether an unexpired token of that purpose exists, without using it (for the page a GET shows). */
  isLive(hash: string, purpose: TokenPurpose, now: Date): Promise<boolean>;
  /** Deletes the user's tokens (of one purpose, or all): after a password reset, an email change, account deletion. */
  deleteForUser(userId: string, purpose?: TokenPurpose): Promise<number>;
};

/** Makes a token, stores its hash (replacing the user's older ones of that purpose) and returns the link value. */
export async function issueToken(
  store: TokenStore,
  { userId, purpose, newEmail = null }: { userId: string; purpose: TokenPurpose; newEmail?: string | null },
  now: number = Date.now(),
): Promise<{ token: string; expiresAt: Date }> {
  if ((purpose === "change-email") !== (newEmail !== null)) {
    throw new Error("a change-email token carries the new address, and only it does");
  }
  const { token, hash, expiresAt } = createToken(purpose, now);
  await store.replace({ hash, userId, purpose, expiresAt, newEmail });
  return { token, expiresAt };
}

export type RedeemResult = ({ ok: true } & ConsumedToken) | { ok: false; error: typeof TOKEN_FAILED_MESSAGE };

/**
 * Uses a link's token once. Malformed, unknown, expired, already used and wrong-purpose tokens all
 * give the same answer. Call it only from a POST: a GET must never consume (mail scanners open links).
 */
export async function redeemToken(store: TokenStore, rawToken: unknown, purpose: TokenPurpose, now: number = Date.now()): Promise<RedeemResult> {
  const token = parseLinkToken(rawToken);
  if (token === null) return { ok: false, error: TOKEN_FAILED_MESSAGE };
  const row = await store.consume(hashToken(token), purpose, new Date(now));
  return row ? { ok: true, ...row } : { ok: false, error: TOKEN_FAILED_MESSAGE };
}

/** For the GET of a link's page: whether to show the form or the "expired or already used" message. Consumes nothing. */
export async function isTokenLive(store: TokenStore, rawToken: unknown, purpose: TokenPurpose, now: number = Date.now()): Promise<boolean> {
  const token = parseLinkToken(rawToken);
  return token !== null && (await store.isLive(hashToken(token), purpose, new Date(now)));
}
