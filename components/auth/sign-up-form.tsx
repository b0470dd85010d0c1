"use client";

import { useActionState } from "react";
import { signUpAction, type AuthFormState } from "@/app/(auth)/actions";
import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/limits";
import { AuthField } from "./auth-field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignUpForm() {
  const [state, action] = useActionState<AuthFormState, FormData>(signUpAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state.error} />
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
      <AuthField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`}
        error={state.fields?.password}
      />
      <AuthField
        id="name"
        label="Name"
        type="text"
        hint="Optional. How you want to be called on your progress page."
        autoComplete="nickname"
        maxLength={NAME_MAX}
        defaultValue={state.values?.name}
        error={state.fields?.name}
        key={`name-${state.values?.name ?? ""}`}
      />
      <SubmitButton label="Create account" pendingLabel="Creating account…" />
    </form>
  );
}
