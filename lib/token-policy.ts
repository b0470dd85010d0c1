// Single-use links sent by mail (OWASP Forgot Password Cheat Sheet, ASVS 5.0 V6): what each one is
// for, how long it lives and which page it opens. Pure: the random bytes and the hashing live in
// server/tokens.ts, the rows in db/.

export const TOKEN_PURPOSES = ["reset-password", "verify-email", "change-email"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export type TokenRule = { ttlMs: number; path: string };

export const TOKEN_POLICY: Readonly<Record<TokenPurpose, TokenRule>> = {
  // Short: a reset link is a password in the clear sitting in an inbox.
  "reset-password": { ttlMs: 30 * MINUTE_MS, path: "/reset-password" },
  "verify-email": { ttlMs: 24 * HOUR_MS, path: "/verify-email" },
  // Sent to the new address; the old one keeps logging in until this is used.
  "change-email": { ttlMs: 24 * HOUR_MS, path: "/confirm-email" },
};

/** 32 random bytes, base64url without padding: always 43 characters. */
export const TOKEN_BYTES = 32;
export const TOKEN_LENGTH = 43;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What every page shows for a used, expired, tampered or unknown link: the causes are not told apart. */
export const TOKEN_FAILED_MESSAGE = "This link has expired or was already used";

export function isTokenPurpose(value: unknown): value is TokenPurpose {
  return typeof value === "string" && (TOKEN_PURPOSES as readonly string[]).includes(value);
}

/** The token from a link's query string, or null when it cannot be one of ours (so nothing is looked up). */
export function parseLinkToken(value: unknown): string | null {
  if (Array.isArray(value)) return null;
  return typeof value === "string" && TOKEN_PATTERN.test(value) ? value : null;
}

export function tokenExpiresAt(purpose: TokenPurpose, now: number): Date {
  return new Date(now + TOKEN_POLICY[purpose].ttlMs);
}

export type StoredToken = { purpose: string; expiresAt: Date | number };
export type TokenState = "valid" | "expired" | "wrong-purpose" | "unknown";

/**
 * Whether a stored token may be used for `purpose` at `now`. The expiry instant itself is already
 * expired, matching the consume query's `expires_at > now`.
 */
export function tokenState(row: StoredToken | null | undefined, purpose: TokenPurpose, now: number): TokenState {
  if (!row) return "unknown";
  if (row.purpose !== purpose) return "wrong-purpose";
  const expiresAt = row.expiresAt instanceof Date ? row.expiresAt.getTime() : row.expiresAt;
  if (!Number.isFinite(expiresAt) || expiresAt <= now) return "expired";
  return "valid";
}

/**
 * The public origin links point at, from APP_URL (never from a request's Host header, which an
 * attacker can set to their own server and harvest reset tokens). Throws on anything but an
 * absolute http(s) origin: the start-up check refuses such a configuration before any mail.
 */
export function appOrigin(appUrl: string): string {
  let url: URL;
  try {
    url = new URL(appUrl);
  } catch {
    throw new Error("APP_URL is not an absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("APP_URL must use http or https");
  if (url.username || url.password) throw new Error("APP_URL must not contain credentials");
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
    throw new Error("APP_URL must be an origin only, like https://rungs.example.org");
  }
  return url.origin;
}

/** The absolute link a mail carries for `purpose`: APP_URL's origin, the purpose's page, the token. */
export function tokenLink(appUrl: string, purpose: TokenPurpose, token: string): string {
  if (parseLinkToken(token) === null) throw new Error("not a link token");
  const url = new URL(TOKEN_POLICY[purpose].path, appOrigin(appUrl));
  url.searchParams.set("token", token);
  return url.href;
}

/** "30 minutes", "24 hours", "1 hour": how mails state a link's lifetime. */
export function describeDuration(ms: number): string {
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes % 60 !== 0) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? "1 hour" : `${hours} hours`;
}
