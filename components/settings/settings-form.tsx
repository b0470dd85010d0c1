"use client";

import { useActionState, useEffect, type ReactNode } from "react";
import type { AccountFormState } from "@/app/(app)/settings/account-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { setSaveFeedback } from "@/client/save-feedback";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  title: string;
  description: string;
  action: (prev: AccountFormState, form: FormData) => Promise<AccountFormState>;
  submitLabel: string;
  pendingLabel: string;
  danger?: boolean;
  children: ReactNode;
};

/** A small settings form: fields, one button, an alert on failure and the page status on success. */
export function SettingsForm({ title, description, action, submitLabel, pendingLabel, danger, children }: Props) {
  const [state, formAction] = useActionState(action, {});
  useEffect(() => {
    if (state.ok && state.message) setSaveFeedback({ status: state.message });
  }, [state]);
  const headingId = `${submitLabel.toLowerCase().replace(/\W+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className={`card flex flex-col gap-3 ${danger ? "border-danger/60" : ""}`}>
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-muted">{description}</p>
      <form action={formAction} className="flex flex-col gap-3" noValidate>
        <FormAlert message={state.error} />
        {children}
        <div>
          <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
        </div>
      </form>
    </section>
  );
}
