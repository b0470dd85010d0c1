"use client";

import { useActionState, useEffect } from "react";
import { setSaveFeedback } from "@/client/save-feedback";
import { resendVerificationAction } from "@/app/(auth)/email-actions";
import type { MailLinkFormState } from "@/app/(auth)/password-reset-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** On Skills and Dashboard until the address is verified; `mailOff` is the sentence to show when this server sends no mail. */
export function VerifyEmailNotice({ email, mailOff }: { email: string; mailOff: string | null }) {
  const [state, action] = useActionState<MailLinkFormState, FormData>(resendVerificationAction, {});
  // Announced through the page's one status line (Skills and Dashboard already have one).
  useEffect(() => {
    if (state.ok && state.message) setSaveFeedback({ status: state.message });
  }, [state]);
  return (
    <section aria-labelledby="verify-email-heading" className="card flex flex-col gap-2 border-accent/60">
      {/* A paragraph, not a heading: the page's h2s are its own sections (the Skills categories). */}
      <p id="verify-email-heading" className="font-semibold">
        <span aria-hidden="true">✉ </span>
        Your email address is not verified yet
      </p>
      {mailOff ? (
        <p className="text-sm text-muted">{mailOff} Your address {email} cannot be verified on this server.</p>
      ) : (
        <>
          <p className="text-sm text-muted">
            We sent a link to {email} when you signed up. Open it to verify your address, so that you can get back into
            your account if you forget your password.
          </p>
          <form action={action} className="flex flex-col gap-2">
            <FormAlert message={state.error} />
            {state.ok ? (
              <p className="text-sm font-medium text-ok">
                <span aria-hidden="true">✓ </span>
                {state.message}
              </p>
            ) : null}
            <div>
              <SubmitButton label="Resend verification email" pendingLabel="Sending…" />
            </div>
          </form>
        </>
      )}
    </section>
  );
}
