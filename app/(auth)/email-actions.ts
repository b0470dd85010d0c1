"use server";

import { after } from "next/server";
import { z } from "zod";
import { changeEmailWithToken, verifyEmailWithToken } from "@/db/queries/link-redemptions";
import { linkTokenSchema } from "@/lib/email-schemas";
import { retryMessage } from "@/lib/throttle-policy";
import { parseLinkToken, TOKEN_FAILED_MESSAGE } from "@/lib/token-policy";
import { refuse, runPublicAction, runUserAction } from "@/server/action-pipeline";
import { inBackground, sendEmailChangedNotice, sendVerificationLink } from "@/server/account-mail";
import { text } from "@/server/form-fields";
import { mailStatus } from "@/server/mail/config";
import { reserveVerificationResend } from "@/server/mail-throttle";
import { hashToken } from "@/server/tokens";
import type { MailLinkFormState } from "./password-reset-actions";

function toState(result: { ok: true; data: string } | { ok: false; error: string }): MailLinkFormState {
  if (result.ok) return { ok: true, message: result.data };
  return { error: result.error, expired: result.error === TOKEN_FAILED_MESSAGE };
}

/** The button on the page a verification link opens: the POST is what uses the link, never the GET. */
export async function verifyEmailAction(_prev: MailLinkFormState, form: FormData): Promise<MailLinkFormState> {
  const result = await runPublicAction(linkTokenSchema, { token: text(form, "token") }, async ({ token }) => {
    const valid = parseLinkToken(token);
    if (valid === null || !(await verifyEmailWithToken(hashToken(valid), new Date()))) return refuse(TOKEN_FAILED_MESSAGE);
    return "Your email address is verified. Thank you.";
  });
  return toState(result);
}

/** The button on the page the new address's link opens: only now does the account's address change. */
export async function confirmEmailChangeAction(_prev: MailLinkFormState, form: FormData): Promise<MailLinkFormState> {
  const result = await runPublicAction(linkTokenSchema, { token: text(form, "token") }, async ({ token }) => {
    const valid = parseLinkToken(token);
    if (valid === null) return refuse(TOKEN_FAILED_MESSAGE);
    const now = new Date();
    const change = await changeEmailWithToken(hashToken(valid), now);
    if (!change.ok) {
      return refuse(change.reason === "taken" ? "Another account uses that address now, so your email address was not changed." : TOKEN_FAILED_MESSAGE);
    }
    after(() => inBackground("send the email changed notice", async () => sendEmailChangedNotice(change.oldEmail, change.newEmail, now)));
    return `Your email address is now ${change.newEmail}. Log in with it from now on.`;
  });
  return toState(result);
}

/** "Resend verification email" on Skills and Dashboard; throttled per account. */
export async function resendVerificationAction(): Promise<MailLinkFormState> {
  const result = await runUserAction(z.strictObject({}), {}, async (user) => {
    if (user.emailVerifiedAt) return "Your email address is already verified.";
    const mail = mailStatus();
    if (!mail.enabled) return refuse(mail.message);
    const throttle = await reserveVerificationResend(user.id);
    if (!throttle.allowed) return refuse(retryMessage(throttle.retryAfterMs));
    await sendVerificationLink(user);
    return `We sent a new verification link to ${user.email}. It works once, for 24 hours.`;
  });
  return toState(result);
}
