import { changeEmailAction } from "@/app/(app)/settings/email-actions";
import { MailOffNotice } from "@/components/auth/mail-off-notice";
import { Field } from "@/components/ui/field";
import { SettingsForm } from "./settings-form";

type Props = { email: string; verified: boolean; pending: string | null; mailOff: string | null };

/** Settings → "Change email": the new address must be verified before it replaces this one. */
export function ChangeEmailForm({ email, verified, pending, mailOff }: Props) {
  const waiting = pending ? ` A change to ${pending} is waiting: open the link we sent there. Asking again replaces that link.` : "";
  const current = `Your email address is ${email} (${verified ? "verified" : "not verified yet"}).${waiting}`;
  if (mailOff) {
    return (
      <section aria-labelledby="change-email-heading" className="card flex flex-col gap-3">
        <h2 id="change-email-heading" className="text-lg font-semibold">
          Change email
        </h2>
        <p className="text-sm text-muted">{current}</p>
        <MailOffNotice message={mailOff} detail="Your email address cannot be changed on this server: the new one could not be verified." />
      </section>
    );
  }
  return (
    <SettingsForm
      title="Change email"
      description={`${current} We send a link to the new address; it replaces this one only once you open it.`}
      action={changeEmailAction}
      submitLabel="Change email"
      pendingLabel="Sending link…"
    >
      <Field id="newEmail" label="New email" type="email" autoComplete="email" />
      <Field id="emailPassword" label="Your password" type="password" autoComplete="current-password" />
    </SettingsForm>
  );
}
