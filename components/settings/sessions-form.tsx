"use client";

import { useActionState } from "react";
import { logOutEverywhereAction } from "@/app/(app)/settings/account-actions";
import { FormAlert } from "@/components/ui/form-alert";

export function SessionsForm() {
  const [state, action] = useActionState(logOutEverywhereAction, {});
  return (
    <section aria-labelledby="sessions-heading" className="card flex flex-col gap-3">
      <h2 id="sessions-heading" className="text-lg font-semibold">
        Sessions
      </h2>
      <p className="text-sm text-muted">Signed in on a shared or lost device? End every session, this one included.</p>
      <form action={action} className="flex flex-col gap-3">
        <FormAlert message={state.error} />
        <div>
          <button type="submit" className="btn-secondary">
            Sign out on all devices
          </button>
        </div>
      </form>
    </section>
  );
}
