"use client";

import { useState, useTransition } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { setSaveFeedback } from "@/client/save-feedback";

export function PasswordForm() {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    setError(undefined);
    startTransition(async () => {
      try {
        const response = await fetch("/api/account/password", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ currentPassword: data.get("currentPassword"), newPassword: data.get("newPassword") }),
        });
        const result = (await response.json()) as { ok: boolean; message?: string; error?: string };
        if (!result.ok) {
          setError(result.error ?? "Could not change the password.");
          return;
        }
        form.reset();
        setSaveFeedback({ status: result.message ?? "Password changed." });
      } catch {
        setError("Could not reach the server. Check your connection and try again.");
      }
    });
  }

  return (
    <section aria-labelledby="password-heading" className="card flex flex-col gap-3">
      <h2 id="password-heading" className="text-lg font-semibold">
        Password
      </h2>
      <p className="text-sm text-muted">Changing your password signs you out everywhere else.</p>
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit(e.currentTarget);
        }}
      >
        <FormAlert message={error} />
        <Field id="currentPassword" label="Current password" type="password" autoComplete="current-password" />
        <Field id="newPassword" label="New password" type="password" autoComplete="new-password" />
        <div>
          <button type="submit" className="btn-primary" aria-disabled={pending}>
            Change password
          </button>
          {pending ? <span className="ml-3 text-muted">Changing password…</span> : null}
        </div>
      </form>
    </section>
  );
}
