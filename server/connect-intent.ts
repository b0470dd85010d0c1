import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { randomUUID } from "node:crypto";
import type { AuthProvider } from "@/db/queries/auth-accounts";
import { getUserBySession } from "@/db/queries/sessions";
import { requestOrigin } from "./request-origin";
import { readSessionClaims, type SessionClaims } from "./session-token";

// next-auth, left alone, would link a new identity to whoever its session cookie names, without
// asking our sessions table: a revoked but unexpired cookie could link an attacker's identity. We
// never let it link anything. A Connect in Settings (after the pipeline checked the live session)
// sets this short-lived, encrypted cookie naming that session; the OAuth callback takes it, and
// links only if that very session is still live and still the one in the browser.

const COOKIE = "rungs.connect-intent";
const SALT = "rungs.connect-intent";
const MAX_AGE_S = 10 * 60;
// Sent only to the OAuth callbacks, the one place that reads it.
const PATH = "/api/auth/callback";

type IntentToken = { uid: string; sid: string; sv: number; provider: AuthProvider; jti: string };

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}

/** Remembers, for the next ten minutes in this browser, that this live session asked to connect `provider`. */
export async function setConnectIntent(claims: SessionClaims, provider: AuthProvider): Promise<void> {
  const token: IntentToken = { uid: claims.userId, sid: claims.sessionId, sv: claims.sessionVersion, provider, jti: randomUUID() };
  const value = await encode({ token, secret: secret(), salt: SALT, maxAge: MAX_AGE_S });
  const secure = (await requestOrigin()).startsWith("https:");
  (await cookies()).set(COOKIE, value, { httpOnly: true, sameSite: "lax", secure, path: PATH, maxAge: MAX_AGE_S });
}

/**
 * What the callback for `provider` was asked to do: null for a plain sign-in (no intent, or one for
 * another provider), the user when the intent's session is live and is this browser's session,
 * "ended" otherwise. The cookie is deleted either way: an intent is used once.
 */
export async function takeConnectIntent(provider: AuthProvider): Promise<{ userId: string } | "ended" | null> {
  const jar = await cookies();
  const value = jar.get(COOKIE)?.value;
  if (value === undefined) return null;
  jar.set(COOKIE, "", { httpOnly: true, sameSite: "lax", path: PATH, maxAge: 0 });
  let token: Partial<IntentToken> | null = null;
  try {
    token = (await decode({ token: value, secret: secret(), salt: SALT })) as Partial<IntentToken> | null;
  } catch {
    return "ended";
  }
  if (!token || typeof token.uid !== "string" || typeof token.sid !== "string" || typeof token.sv !== "number") return "ended";
  if (token.provider !== provider) return null;
  const current = await readSessionClaims();
  if (!current || current.sessionId !== token.sid || current.userId !== token.uid || current.sessionVersion !== token.sv) return "ended";
  const user = await getUserBySession(token.sid, token.uid);
  if (!user || user.sessionVersion !== token.sv) return "ended";
  return { userId: user.id };
}
