"use client";

import { useState } from "react";
import { useFormStatus } from "react-dom";
import { connectProviderAction, disconnectProviderAction } from "@/app/(app)/settings/connected-accounts-actions";
import { setSaveFeedback } from "@/client/save-feedback";
import { FormAlert } from "@/components/ui/form-alert";
import type { ProviderId } from "@/lib/sign-in-methods";

type Props = {
  provider: ProviderId;
  name: string;
  mode: "connect" | "disconnect";
  /** The last way to sign in: shown, but it cannot be pressed (and the server refuses it anyway). */
  disabled?: boolean;
  /** The id of the text that says which method this button acts on, or why it is disabled. */
  describedBy?: string;
};

function Button({ label, pendingLabel, disabled, describedBy }: { label: string; pendingLabel: string; disabled?: boolean; describedBy?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="btn-secondary" disabled={disabled} aria-disabled={pending || disabled} aria-describedby={describedBy} onClick={(e) => pending && e.preventDefault()}>
      {pending ? <span aria-live="polite">{pendingLabel}</span> : label}
    </button>
  );
}

/** "Connect <name>" (off to the provider) or "Disconnect", with its own error line. */
export function ProviderAccountButton({ provider, name, mode, disabled, describedBy }: Props) {
  const [error, setError] = useState<string>();
  async function act(form: FormData) {
    setError(undefined);
    const state = mode === "connect" ? await connectProviderAction({}, form) : await disconnectProviderAction({}, form);
    if (state.error) setError(state.error);
    else if (state.message) setSaveFeedback({ status: state.message });
  }
  return (
    <form action={act} className="flex flex-col gap-2">
      <FormAlert message={error} />
      <input type="hidden" name="provider" value={provider} />
      <div>
        {mode === "connect" ? (
          <Button label={`Connect ${name}`} pendingLabel={`Going to ${name}…`} describedBy={describedBy} />
        ) : (
          <Button label="Disconnect" pendingLabel="Disconnecting…" disabled={disabled} describedBy={describedBy} />
        )}
      </div>
    </form>
  );
}
