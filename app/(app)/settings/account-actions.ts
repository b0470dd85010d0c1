"use server";

import { z } from "zod";
import { signOut } from "@/auth";
import { setLevels } from "@/db/queries/levels";
import { deleteUserSessions } from "@/db/queries/sessions";
import { bumpSessionVersion, deleteUser, getUserWithHashById, type UserRecord } from "@/db/queries/users";
import type { ActionResult } from "@/lib/action-result";
import { DELETE_NEEDS_PASSWORD, deleteAccountSchema, deletePasswordlessAccountSchema, resetProgressSchema } from "@/lib/account-schemas";
import { SKILLS } from "@/lib/roadmap";
import { refuse, runUserAction, SIGNED_OUT } from "@/server/action-pipeline";
import { text } from "@/server/form-fields";
import { verifyPassword } from "@/server/password";
import { expirePublicProfile } from "@/server/profile-expiry";

export type AccountFormState = { ok?: boolean; message?: string; error?: string };

function toFormState(result: ActionResult<string | undefined>): AccountFormState {
  if (!result.ok) return { error: result.error };
  return result.data ? { ok: true, message: result.data } : {};
}

export async function resetProgressAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const result = await runUserAction(resetProgressSchema, { confirm: text(form, "confirm") }, async (user) => {
    await setLevels(user.id, Object.fromEntries(SKILLS.map((s) => [s.id, 0 as const])));
    await expirePublicProfile(user.handle);
    return "Progress reset: every skill is back to None.";
  });
  return toFormState(result);
}

export async function deleteAccountAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  if (form.has("deleteConfirm")) return deletePasswordlessAccount(text(form, "deleteConfirm") ?? "");
  const result = await runUserAction(deleteAccountSchema, { password: text(form, "password") }, async (user, { password }) => {
    const record = await getUserWithHashById(user.id);
    if (!record || !(await verifyPassword(record.passwordHash, password))) {
      return refuse("That password is not correct. Your account was not deleted.");
    }
    return deleteAccount(user);
  });
  return toFormState(result);
}

async function deletePasswordlessAccount(confirm: string): Promise<AccountFormState> {
  const result = await runUserAction(deletePasswordlessAccountSchema, { confirm }, async (user) => {
    const record = await getUserWithHashById(user.id);
    if (record?.passwordHash) return refuse(DELETE_NEEDS_PASSWORD);
    return deleteAccount(user);
  });
  return toFormState(result);
}

async function deleteAccount(user: UserRecord): Promise<undefined> {
  await deleteUser(user.id);
  await expirePublicProfile(user.handle);
  await signOut({ redirectTo: "/?deleted=1" });
  return undefined;
}

/** Ends every session of this user, on every device, this one included. */
export async function logOutEverywhereAction(): Promise<AccountFormState> {
  const result = await runUserAction(z.strictObject({}), {}, async (user) => {
    await deleteUserSessions(user.id);
    await bumpSessionVersion(user.id);
    return undefined;
  });
  // Signed out already (another device got here first): the goal is reached, go to log in.
  if (result.ok || result.error === SIGNED_OUT) await signOut({ redirectTo: "/login" });
  return toFormState(result);
}
