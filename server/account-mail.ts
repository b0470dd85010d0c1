import "server-only";
import { after } from "next/server";
import { tokenStore } from "@/db/queries/auth-tokens";
import { getUserByEmail } from "@/db/queries/users";
import {
  confirmNewEmailMail,
  emailChangedMail,
  emailChangeNoticeMail,
  passwordChangedMail,
  passwordResetMail,
  verifyEmailMail,
} from "@/lib/mail-templates";
import { mailAppUrl, mailStatus } from "./mail/config";
import { queueMail } from "./mail/send";
import { issueToken } from "./tokens";

// The mails of the account flows: each issues its token (if any) and queues the mail. Links are
// built from APP_URL (mailAppUrl), never from the request. Callers that must answer in the same
// time whatever happens run these after the response (next/server's after) through inBackground.

/** Runs `work` and logs a failure instead of throwing: a mail that cannot be sent never fails a request. */
export async function inBackground(what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.error(`Rungs: could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A reset link to `email` if an account uses it; nothing otherwise (the caller answers the same either way). */
export async function sendResetLink(email: string): Promise<void> {
  const user = await getUserByEmail(email);
  if (!user) return;
  const { token } = await issueToken(tokenStore, { userId: user.id, purpose: "reset-password" });
  queueMail({ to: user.email, ...passwordResetMail({ appUrl: mailAppUrl(), token }) });
}

export async function sendVerificationLink(user: { id: string; email: string }): Promise<void> {
  const { token } = await issueToken(tokenStore, { userId: user.id, purpose: "verify-email" });
  queueMail({ to: user.email, ...verifyEmailMail({ appUrl: mailAppUrl(), token }) });
}

/** The link to the new address, and the notice to the old one that still logs in until it is used. */
export async function sendEmailChangeLinks(user: { id: string; email: string }, newEmail: string): Promise<void> {
  const { token } = await issueToken(tokenStore, { userId: user.id, purpose: "change-email", newEmail });
  const appUrl = mailAppUrl();
  queueMail({ to: newEmail, ...confirmNewEmailMail({ appUrl, token }) });
  queueMail({ to: user.email, ...emailChangeNoticeMail({ appUrl, newEmail }) });
}

export function sendPasswordChangedNotice(email: string, changedAt: Date = new Date()): void {
  queueMail({ to: email, ...passwordChangedMail({ appUrl: mailAppUrl(), changedAt }) });
}

export function sendEmailChangedNotice(oldEmail: string, newEmail: string, changedAt: Date = new Date()): void {
  queueMail({ to: oldEmail, ...emailChangedMail({ appUrl: mailAppUrl(), newEmail, changedAt }) });
}

/**
 * Sign-up's verification mail, after the response: the sign-up never waits on it and never fails
 * because of it (a locked database or a dead SMTP server is logged; "Resend" is there for that).
 */
export function sendVerificationLinkAfter(user: { id: string; email: string }): void {
  try {
    if (mailStatus().enabled) after(() => inBackground("send the verification link", () => sendVerificationLink(user)));
  } catch (error) {
    console.error(`Rungs: could not schedule the verification link: ${error instanceof Error ? error.message : String(error)}`);
  }
}
