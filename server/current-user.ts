import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { deleteSession } from "@/db/queries/sessions";
import type { UserRecord } from "@/db/queries/users";
import { readSessionClaims } from "./session-token";
import { userForClaims } from "./session-user";

/** Decodes the session once per request and checks it is still live (server/session-user.ts). */
export const getCurrentUser = cache(async (): Promise<UserRecord | null> => userForClaims(await readSessionClaims()));

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
