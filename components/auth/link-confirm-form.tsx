"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { MailLinkFormState } from "@/app/(auth)/password-reset-actions";
import { LinkFailed } from "./link-failed";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: (prev: MailLinkFormState, form: FormData) => Promise<MailLinkFormState>;
  token: string;
  submitLabel: string;
  pendingLabel: string;
  /** Where to go once it worked, and where a failed link sends the user for a new one. */
  next: { href: "/dashboard" | "/settings"; label: string };
  retry: { href: "/dashboard" | "/settings"; label: string };
};

/** The page a mail link opens: one button, because only a POST may use the link (mail scanners GET it). */
export function LinkConfirmForm({ action, token, submitLabel, pendingLabel, next, retry }: Props) {
  const [state, formAction] = useActionState<MailLinkFormState, FormData>(action, {});
  if (state.expired) return <LinkFailed href={retry.href} label={retry.label} />;
  if (state.ok) {
    return (
      <div className="flex flex-col gap-3">
        <p role="status" className="font-medium text-ok">
          <span aria-hidden="true">✓ </span>
          {state.message}
        </p>
        <p>
          <Link href={next.href} prefetch={false} className="underline">
            {next.label}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state.error} />
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
      </div>
    </form>
  );
}
