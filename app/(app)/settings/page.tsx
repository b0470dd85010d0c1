import type { Metadata } from "next";
import { AccountSettings } from "@/components/settings/account-settings";
import { ConnectedAccounts } from "@/components/settings/connected-accounts";
import { ChangeEmailForm } from "@/components/settings/change-email-form";
import { ProfileForm } from "@/components/sharing/profile-form";
import { StatusLine } from "@/components/ui/status-line";
import { ExportImportPanel } from "@/components/settings/export-import-panel";
import { getPendingEmailChange } from "@/db/queries/auth-tokens";
import { connectedAccountsView } from "@/server/connected-accounts-view";
import { requireUser } from "@/server/current-user";
import { requestOrigin } from "@/server/request-origin";
import { mailOffMessage } from "@/server/mail/config";

export const metadata: Metadata = { title: "Settings" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SettingsPage({ searchParams }: Props) {
  const user = await requireUser("/settings");
  const [signInMethods, pendingEmail] = await Promise.all([connectedAccountsView(user.id, await searchParams), getPendingEmailChange(user.id)]);
  return (
    <>
      <h1 className="text-2xl font-bold">Settings</h1>
      <StatusLine className="sticky top-0 z-10 bg-page/95 py-1" />
      <ProfileForm
        origin={await requestOrigin()}
        saved={{ name: user.name ?? "", handle: user.handle ?? "", isPublic: user.isPublic }}
      />
      <ConnectedAccounts {...signInMethods} />
      <ExportImportPanel />
      <ChangeEmailForm
        email={user.email}
        verified={user.emailVerifiedAt !== null}
        pending={pendingEmail?.newEmail ?? null}
        mailOff={mailOffMessage()}
      />
      <AccountSettings hasPassword={signInMethods.hasPassword} />
    </>
  );
}
