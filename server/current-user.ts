import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getUserById, type UserRecord } from "@/db/queries/users";

/**
 * Decodes the session once per request, and checks the account still exists and the session was
 * not ended by a password change or "log out everywhere" (its version is older than the user's).
 */
export const getCurrentUser = cache(async (): Promise<UserRecord | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUserById(id);
  if (!user || user.sessionVersion !== (session.sv ?? 0)) return null;
  return user;
});

export async function requireUser(): Promise<UserRecord> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
