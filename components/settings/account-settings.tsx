import { deleteAccountAction, logOutEverywhereAction, resetProgressAction } from "@/app/(app)/settings/account-actions";
import { AccountForm, Field } from "./settings-form";
import { PasswordForm } from "./password-form";

export function AccountSettings() {
  return (
    <>
      <PasswordForm />
      <section aria-labelledby="sessions-heading" className="card flex flex-col gap-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-muted">Signed in on a shared or lost device? End every session, this one included.</p>
        <form action={logOutEverywhereAction}>
          <button type="submit" className="btn-secondary">
            Sign out on all devices
          </button>
        </form>
      </section>
      <AccountForm
        title="Reset progress"
        description="Sets every skill back to None. Your history keeps a record of the change."
        action={resetProgressAction}
        submitLabel="Reset progress"
        pendingLabel="Resetting…"
        danger
      >
        <Field id="confirm" label="Type RESET to confirm" autoComplete="off" />
      </AccountForm>
      <AccountForm
        title="Delete account"
        description="Removes your account, levels, notes and history for good. Your public profile disappears at once."
        action={deleteAccountAction}
        submitLabel="Delete account"
        pendingLabel="Deleting…"
        danger
      >
        <Field id="password" label="Confirm with your password" type="password" autoComplete="current-password" />
      </AccountForm>
    </>
  );
}
