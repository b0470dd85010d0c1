import "server-only";
import { getUserBySession } from "@/db/queries/sessions";
import type { UserRecord } from "@/db/queries/users";
import type { SessionClaims } from "./session-token";

/**
 * The user behind decoded session claims, checked in one lookup: the session's server-side row is
 * still there (log out, "log out everywhere" and a password change delete it), the account still
 * exists, and the session was not issued before the user's last session-version bump.
 */
export async function userForClaims(claims: SessionClaims | null): Promise<UserRecord | null> {
  if (!claims) return null;
  const user = await getUserBySession(claims.sessionId, claims.userId);
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  return user;
}
