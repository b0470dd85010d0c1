import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getUserById, type UserRecord } from "@/db/queries/users";

/** Decodes the session once per request, and checks the account still exists. */
export const getCurrentUser = cache(async (): Promise<UserRecord | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return getUserById(id);
});

export async function requireUser(): Promise<UserRecord> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
