"use client";

import { useActionState } from "react";
import { resetPasswordAction, type MailLinkFormState } from "@/app/(auth)/password-reset-actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/limits";
import { AuthField } from "./auth-field";
import { LinkFailed } from "./link-failed";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState<MailLinkFormState, FormData>(resetPasswordAction, {});
  if (state.expired) return <LinkFailed href="/forgot-password" label="Send me a new link" />;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state.error} />
      <input type="hidden" name="token" value={token} />
      <AuthField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`}
        error={state.fields?.password}
      />
      <AuthField id="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" required error={state.fields?.confirmPassword} />
      <SubmitButton label="Set new password" pendingLabel="Setting new password…" />
    </form>
  );
}
