"use client";

import { useActionState } from "react";
import { logInAction, type AuthFormState } from "@/app/(auth)/actions";
import { AuthField } from "./auth-field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

export function LogInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState<AuthFormState, FormData>(logInAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state.error} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <AuthField
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        key={`email-${state.values?.email ?? ""}`}
      />
      <AuthField id="password" label="Password" type="password" autoComplete="current-password" required />
      <SubmitButton label="Log in" pendingLabel="Logging in…" />
    </form>
  );
}
