"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { isAuthTokenLive } from "@/db/queries/auth-tokens";
import { resetPasswordWithToken } from "@/db/queries/link-redemptions";
import { forgotPasswordSchema, RESET_LINK_SENT, resetPasswordSchema } from "@/lib/email-schemas";
import { parseLinkToken, TOKEN_FAILED_MESSAGE } from "@/lib/token-policy";
import { retryMessage } from "@/lib/throttle-policy";
import { refuse, runPublicAction } from "@/server/action-pipeline";
import { inBackground, sendPasswordChangedNotice, sendResetLink } from "@/server/account-mail";
import { text } from "@/server/form-fields";
import { mailStatus } from "@/server/mail/config";
import { reserveResetRequest } from "@/server/mail-throttle";
import { clearLoginFailures, loginKeys } from "@/server/throttle";
import { hashPassword } from "@/server/password";
import { hashToken } from "@/server/tokens";

/** What the forgot/reset forms show after a submit; never holds a password or the token. */
export type MailLinkFormState = {
  ok?: boolean;
  message?: string;
  error?: string;
  /** The link is used, expired or unknown: the page offers a new one. */
  expired?: boolean;
  fields?: Record<string, string>;
  values?: { email?: string };
};

export async function forgotPasswordAction(_prev: MailLinkFormState, form: FormData): Promise<MailLinkFormState> {
  const email = text(form, "email");
  const values = { email: email?.slice(0, 300) };
  const result = await runPublicAction(
    forgotPasswordSchema,
    { email },
    async (data) => {
      const mail = mailStatus();
      if (!mail.enabled) return refuse(mail.message);
      // Counted per client address and per typed address, known or not: the limit tells nothing.
      const throttle = await reserveResetRequest(data.email);
      if (!throttle.allowed) return refuse(retryMessage(throttle.retryAfterMs));
      // After the answer: the lookup, the token and the mail take the same (no) time for every address.
      after(() => inBackground("send a password reset link", () => sendResetLink(data.email)));
      return RESET_LINK_SENT;
    },
    { fields: true },
  );
  return result.ok ? { ok: true, message: result.data } : { error: result.error, fields: result.fields, values };
}

export async function resetPasswordAction(_prev: MailLinkFormState, form: FormData): Promise<MailLinkFormState> {
  const raw = { token: text(form, "token"), password: text(form, "password"), confirmPassword: text(form, "confirmPassword") };
  const result = await runPublicAction(
    resetPasswordSchema,
    raw,
    async (data) => {
      const token = parseLinkToken(data.token);
      const now = new Date();
      // Checked before the (deliberately slow) hash, so a made-up link costs one lookup; the
      // transaction below consumes it atomically all the same.
      if (token === null || !(await isAuthTokenLive(hashToken(token), "reset-password", now))) return refuse(TOKEN_FAILED_MESSAGE);
      const changed = await resetPasswordWithToken(hashToken(token), await hashPassword(data.password), now);
      if (!changed) return refuse(TOKEN_FAILED_MESSAGE);
      // The owner proved they read the account's mail: a lock from someone guessing the old password ends too.
      await clearLoginFailures(await loginKeys(changed.email));
      after(() => inBackground("send the password changed notice", async () => sendPasswordChangedNotice(changed.email, now)));
      return "changed" as const;
    },
    { fields: true },
  );
  if (result.ok) redirect("/login?reset=done");
  return { error: result.error, fields: result.fields, expired: result.error === TOKEN_FAILED_MESSAGE };
}
