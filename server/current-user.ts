import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { deleteSession } from "@/db/queries/sessions";
import type { UserRecord } from "@/db/queries/users";
import { readRequestSessionClaims, readSessionClaims } from "./session-token";
import { userForClaims } from "./session-user";

/** Decodes the session once per request and checks it is still live (server/session-user.ts). */
export const getCurrentUser = cache(async (): Promise<UserRecord | null> => userForClaims(await readSessionClaims()));

/**
 * The same for a server action, read by the action pipeline before its handler runs, so before the
 * action could set or delete a cookie: from the request's Cookie header (readRequestSessionClaims),
 * without building the mutable cookie store cookies() makes in an action. A page rendered into the
 * action's response afterwards reads through getCurrentUser, which sees the action's cookies.
 */
export async function getActionUser(): Promise<UserRecord | null> {
  return userForClaims(await readRequestSessionClaims());
}

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
