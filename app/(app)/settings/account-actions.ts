"use server";

import { updateTag } from "next/cache";
import { signOut } from "@/auth";
import { setLevels } from "@/db/queries/levels";
import { deleteUserSessions } from "@/db/queries/sessions";
import { bumpSessionVersion, deleteUser, getUserWithHashById } from "@/db/queries/users";
import { deleteAccountSchema, resetProgressSchema } from "@/lib/account-schemas";
import { SKILLS } from "@/lib/roadmap";
import { getCurrentUser } from "@/server/current-user";
import { verifyPassword } from "@/server/password";
import { profileTag } from "@/server/profile-cache";
import { SIGNED_OUT } from "@/server/action-pipeline";

export type AccountFormState = { ok?: boolean; message?: string; error?: string };

function text(form: FormData, key: string): string | undefined {
  const v = form.get(key);
  return typeof v === "string" ? v : undefined;
}

export async function resetProgressAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const user = await getCurrentUser();
  if (!user) return { error: SIGNED_OUT };
  const parsed = resetProgressSchema.safeParse({ confirm: text(form, "confirm") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Type RESET to confirm." };
  await setLevels(user.id, Object.fromEntries(SKILLS.map((s) => [s.id, 0 as const])));
  if (user.handle) updateTag(profileTag(user.handle));
  return { ok: true, message: "Progress reset: every skill is back to None." };
}

export async function deleteAccountAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const user = await getCurrentUser();
  if (!user) return { error: SIGNED_OUT };
  const parsed = deleteAccountSchema.safeParse({ password: text(form, "password") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter your password." };
  const record = await getUserWithHashById(user.id);
  if (!record || !(await verifyPassword(record.passwordHash, parsed.data.password))) {
    return { error: "That password is not correct. Your account was not deleted." };
  }
  await deleteUser(user.id);
  if (user.handle) updateTag(profileTag(user.handle));
  await signOut({ redirectTo: "/?deleted=1" });
  return {};
}

/** Ends every session of this user, on every device, this one included. */
export async function logOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await deleteUserSessions(user.id);
    await bumpSessionVersion(user.id);
  }
  await signOut({ redirectTo: "/login" });
}
