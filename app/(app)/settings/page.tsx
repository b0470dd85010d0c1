import type { Metadata } from "next";
import { AccountSettings } from "@/components/settings/account-settings";
import { ChangeEmailForm } from "@/components/settings/change-email-form";
import { ProfileForm } from "@/components/sharing/profile-form";
import { StatusLine } from "@/components/ui/status-line";
import { ExportImportPanel } from "@/components/settings/export-import-panel";
import { requireUser } from "@/server/current-user";
import { requestOrigin } from "@/server/request-origin";
import { mailOffMessage } from "@/server/mail/config";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  return (
    <>
      <h1 className="text-2xl font-bold">Settings</h1>
      <StatusLine className="sticky top-0 z-10 bg-page/95 py-1" />
      <ProfileForm
        origin={await requestOrigin()}
        saved={{ name: user.name ?? "", handle: user.handle ?? "", isPublic: user.isPublic }}
      />
      <ExportImportPanel />
      <ChangeEmailForm email={user.email} verified={user.emailVerifiedAt !== null} mailOff={mailOffMessage()} />
      <AccountSettings />
    </>
  );
}
