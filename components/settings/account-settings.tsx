import { deleteAccountAction, resetProgressAction } from "@/app/(app)/settings/account-actions";
import { Field } from "@/components/ui/field";
import { PasswordForm } from "./password-form";
import { SessionsForm } from "./sessions-form";
import { SettingsForm } from "./settings-form";

type Props = {
  /** False for an account that only signs in through GitHub or OpenID Connect. */
  hasPassword: boolean;
};

export function AccountSettings({ hasPassword }: Props) {
  return (
    <>
      <PasswordForm />
      <SessionsForm />
      <SettingsForm
        title="Reset progress"
        description="Sets every skill back to None. Your history keeps a record of the change."
        action={resetProgressAction}
        submitLabel="Reset progress"
        pendingLabel="Resetting…"
        danger
      >
        <Field id="confirm" label="Type RESET to confirm" autoComplete="off" />
      </SettingsForm>
      <SettingsForm
        title="Delete account"
        description="Removes your account, levels, notes and history for good. Your public profile disappears at once."
        action={deleteAccountAction}
        submitLabel="Delete account"
        pendingLabel="Deleting…"
        danger
      >
        {hasPassword ? (
          <Field id="password" label="Confirm with your password" type="password" autoComplete="current-password" />
        ) : (
          <Field id="deleteConfirm" label="Type DELETE to confirm" autoComplete="off" />
        )}
      </SettingsForm>
    </>
  );
}
