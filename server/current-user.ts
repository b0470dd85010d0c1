import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { deleteSession, getUserBySession } from "@/db/queries/sessions";
import type { UserRecord } from "@/db/queries/users";
import { readSessionClaims } from "./session-token";

/**
 * Decodes the session once per request, and checks in one lookup that its server-side row is
 * still there (log out, "log out everywhere" and a password change delete it), the account still
 * exists, and the session was not issued before the user's last session-version bump.
 */
export const getCurrentUser = cache(async (): Promise<UserRecord | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const user = await getUserBySession(claims.sessionId, claims.userId);
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  return user;
});

/** For pages only for signed-in users: without a live session, log in and come back to `returnTo`. */
export async function requireUser(returnTo: "/settings" | "/notes"): Promise<UserRecord> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * Deletes this request's session row, so a copy of the cookie stops working. next-auth's signOut
 * does it too (its signOut event), but it logs a failure there and clears the cookie anyway: done
 * here first, a locked database is reported and the session is not left alive behind the user's back.
 */
export async function endCurrentSession(): Promise<void> {
  const claims = await readSessionClaims();
  if (claims) await deleteSession(claims.sessionId);
}
