"use server";

import { getUserByEmail, getUserWithHashById } from "@/db/queries/users";
import { changeEmailSchema } from "@/lib/email-schemas";
import { retryMessage } from "@/lib/throttle-policy";
import { refuse, runUserAction } from "@/server/action-pipeline";
import { sendEmailChangeLinks } from "@/server/account-mail";
import { text } from "@/server/form-fields";
import { mailStatus } from "@/server/mail/config";
import { reserveEmailChange } from "@/server/mail-throttle";
import { verifyPassword } from "@/server/password";
import type { AccountFormState } from "./account-actions";

/**
 * Asks to change the account's address: the current password, then a link to the new address and
 * a notice to the old one. Nothing changes until the link is used (app/(auth)/confirm-email); until
 * then the old address keeps logging in.
 */
export async function changeEmailAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const input = { newEmail: text(form, "newEmail"), password: text(form, "emailPassword") };
  const result = await runUserAction(changeEmailSchema, input, async (user, { newEmail, password }) => {
    const mail = mailStatus();
    if (!mail.enabled) return refuse(mail.message);
    // Before the password check: this form must not become a way to guess a stolen session's password.
    const throttle = await reserveEmailChange(user.id);
    if (!throttle.allowed) return refuse(retryMessage(throttle.retryAfterMs));
    const record = await getUserWithHashById(user.id);
    if (!record?.passwordHash) return refuse('Your account has no password yet. Set one with "Forgot password?" on the log-in page first.');
    if (!(await verifyPassword(record.passwordHash, password))) return refuse("That password is not correct. Your email address was not changed.");
    if (newEmail === user.email) return refuse("That is already your email address.");
    // Checked again when the link is used: the address may be taken in between.
    if (await getUserByEmail(newEmail)) return refuse("An account with this email already exists.");
    await sendEmailChangeLinks(user, newEmail);
    return `We sent a link to ${newEmail}. Your email address changes once you open it; until then, keep logging in with ${user.email}.`;
  });
  if (!result.ok) return { error: result.error };
  return { ok: true, message: result.data };
}
