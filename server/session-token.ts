import "server-only";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { cookieFromHeader } from "@/lib/cookie-header";

export type SessionClaims = { userId: string; sessionId: string; sessionVersion: number };

const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];
const CACHE_MAX = 10_000;
// Decrypted claims by token string: a token is authenticated ciphertext, so the same string always
// means the same claims. Revocation is still checked per request against the sessions table.
const cache = new Map<string, { claims: SessionClaims; expiresAt: number }>();

function remember(token: string, claims: SessionClaims, expiresAt: number): void {
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(token, { claims, expiresAt });
}

/**
 * Reads the session cookie once: no re-encryption of a fresh cookie (which next-auth's auth()
 * does and a server component cannot even send). A tampered, truncated or expired token is null.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  // Cookies first, always: this is what marks every page that asks for the user as rendered per
  // request. Checked after the secret, a build without AUTH_SECRET (a clean clone) prerendered
  // Skills, Dashboard and Settings as static guest pages.
  const jar = await cookies();
  return claimsFromCookies((name) => jar.get(name)?.value);
}

/**
 * The same read from the request's Cookie header as it arrived, for the action pipeline (before
 * the action could set a cookie). In a server action cookies() builds Next's mutable cookie store
 * (a response-cookie jar and its wrappers) just to read one cookie, ~0.1 ms of a level change's
 * CPU; headers() is the request's own. Everything that may run after a cookie was set in the same
 * request (a page rendered into an action's response) keeps readSessionClaims.
 */
export async function readRequestSessionClaims(): Promise<SessionClaims | null> {
  const header = (await headers()).get("cookie");
  return claimsFromCookies((name) => cookieFromHeader(header, name));
}

/** The same from any cookie source (proxy.ts has the request's cookies, not next/headers'). */
export async function claimsFromCookies(cookie: (name: string) => string | undefined): Promise<SessionClaims | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  for (const name of COOKIE_NAMES) {
    const token = cookie(name);
    if (!token) continue;
    const hit = cache.get(token);
    if (hit) return hit.expiresAt > Date.now() ? hit.claims : null;
    try {
      const payload = await decode({ token, secret, salt: name });
      if (!payload?.sub || !payload.sid || typeof payload.exp !== "number") return null;
      const claims = { userId: payload.sub, sessionId: payload.sid, sessionVersion: payload.sv ?? 0 };
      remember(token, claims, payload.exp * 1000);
      return claims;
    } catch {
      return null;
    }
  }
  return null;
}
