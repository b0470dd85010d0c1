import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getUserBySession } from "@/db/queries/sessions";
import type { UserRecord } from "@/db/queries/users";

/**
 * Decodes the session once per request, and checks in one lookup that its server-side row is
 * still there (log out, "log out everywhere" and a password change delete it), the account still
 * exists, and the session was not issued before the user's last session-version bump.
 */
export const getCurrentUser = cache(async (): Promise<UserRecord | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !session.sid) return null;
  const user = await getUserBySession(session.sid, id);
  if (!user || user.sessionVersion !== (session.sv ?? 0)) return null;
  return user;
});

export async function requireUser(): Promise<UserRecord> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
