// The mails Rungs sends: short, saying what each is for, what to do if it was not you, and (for
// links) how long the link lives. Plain text and HTML come from the same parts so they never
// disagree. Every link starts from APP_URL, passed in; every interpolated value is HTML-escaped.
import { appOrigin, describeDuration, tokenLink, TOKEN_POLICY, type TokenPurpose } from "./token-policy";

export type MailContent = { subject: string; text: string; html: string };

type Part = { text: string } | { link: string; label: string };

const APP_NAME = "Rungs";

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function compose(subject: string, parts: Part[]): MailContent {
  const text = parts.map((part) => ("link" in part ? part.link : part.text)).join("\n\n") + "\n";
  const body = parts
    .map((part) => {
      if (!("link" in part)) return `<p>${escapeHtml(part.text)}</p>`;
      const href = escapeHtml(part.link);
      // The bare address too: some mail clients strip or block links.
      return `<p><a href="${href}">${escapeHtml(part.label)}</a></p>\n<p style="word-break:break-all;font-size:90%">${href}</p>`;
    })
    .join("\n");
  const html =
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n` +
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:36rem">\n${body}\n</body>\n</html>\n`;
  return { subject, text, html };
}

function lifetime(purpose: TokenPurpose): string {
  return `The link works once and expires in ${describeDuration(TOKEN_POLICY[purpose].ttlMs)}.`;
}

function forgotPasswordLink(appUrl: string): string {
  return new URL("/forgot-password", appOrigin(appUrl)).href;
}

// A user-typed value on one line: a newline in an address must not add lines of its own to a mail.
function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
}

/** "2026-12-02 03:40 UTC": one unambiguous form, whatever the reader's time zone. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function passwordResetMail({ appUrl, token }: { appUrl: string; token: string }): MailContent {
  return compose(`Reset your ${APP_NAME} password`, [
    { text: `Someone asked to reset the password of the ${APP_NAME} account that uses this email address.` },
    { text: "To choose a new password, open this link:" },
    { link: tokenLink(appUrl, "reset-password", token), label: "Set a new password" },
    { text: lifetime("reset-password") },
    { text: "If it was not you, ignore this mail: your password stays as it is." },
  ]);
}

export function passwordChangedMail({ appUrl, changedAt }: { appUrl: string; changedAt: Date }): MailContent {
  return compose(`Your ${APP_NAME} password was changed`, [
    { text: `The password of your ${APP_NAME} account was changed on ${formatUtc(changedAt)}, and every session was signed out.` },
    { text: "If it was you, there is nothing to do." },
    { text: "If it was not you, set a new password now:" },
    { link: forgotPasswordLink(appUrl), label: "Reset my password" },
  ]);
}

export function verifyEmailMail({ appUrl, token }: { appUrl: string; token: string }): MailContent {
  return compose(`Confirm your email address for ${APP_NAME}`, [
    { text: `Welcome to ${APP_NAME}. To confirm that this email address is yours, open this link:` },
    { link: tokenLink(appUrl, "verify-email", token), label: "Confirm my email address" },
    { text: lifetime("verify-email") },
    { text: `If it was not you who signed up for ${APP_NAME}, ignore this mail: the address stays unconfirmed.` },
  ]);
}

/** To the new address of an email change: using the link is what makes it the account's address. */
export function confirmNewEmailMail({ appUrl, token }: { appUrl: string; token: string }): MailContent {
  return compose(`Confirm your new email address for ${APP_NAME}`, [
    { text: `Someone asked to use this email address for their ${APP_NAME} account. To confirm it, open this link:` },
    { link: tokenLink(appUrl, "change-email", token), label: "Confirm my new email address" },
    { text: `${lifetime("change-email")} Until then the account keeps its old address.` },
    { text: "If it was not you, ignore this mail: this address will not be used." },
  ]);
}

/** To the old address of an email change, when the change is asked for (so its owner can still act). */
export function emailChangeNoticeMail({ appUrl, newEmail }: { appUrl: string; newEmail: string }): MailContent {
  return compose(`Your ${APP_NAME} email address is being changed`, [
    { text: `Someone asked to change the email address of your ${APP_NAME} account to ${oneLine(newEmail)}.` },
    { text: "Until the new address is confirmed, you keep logging in with this one. If it was you, there is nothing to do." },
    { text: "If it was not you, someone may know your password: set a new one now." },
    { link: forgotPasswordLink(appUrl), label: "Reset my password" },
  ]);
}

/** To the old address once the change is done: it no longer logs in, so its owner must hear of it. */
export function emailChangedMail({ appUrl, newEmail, changedAt }: { appUrl: string; newEmail: string; changedAt: Date }): MailContent {
  return compose(`Your ${APP_NAME} email address was changed`, [
    { text: `On ${formatUtc(changedAt)} the email address of your ${APP_NAME} account was changed to ${oneLine(newEmail)}. This address no longer logs in.` },
    { text: "If it was you, there is nothing to do." },
    { text: `If it was not you, someone has your account: write to the people who run this ${APP_NAME} site from the address you signed up with.` },
    { link: new URL("/login", appOrigin(appUrl)).href, label: `Log in to ${APP_NAME}` },
  ]);
}
