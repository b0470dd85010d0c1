"use client";

import { useActionState } from "react";
import { forgotPasswordAction, type MailLinkFormState } from "@/app/(auth)/password-reset-actions";
import { AuthField } from "./auth-field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

export function ForgotPasswordForm() {
  const [state, action] = useActionState<MailLinkFormState, FormData>(forgotPasswordAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state.error} />
      <p role="status" className="font-medium text-ok">
        {state.ok && state.message ? (
          <>
            <span aria-hidden="true">✓ </span>
            {state.message}
          </>
        ) : null}
      </p>
      <AuthField
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fields?.email}
        key={`email-${state.values?.email ?? ""}`}
      />
      <SubmitButton label="Send reset link" pendingLabel="Sending…" />
    </form>
  );
}
