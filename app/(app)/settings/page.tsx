import type { Metadata } from "next";
import { ProfileSettingsForm } from "@/components/profile-settings-form";
import { requireUser } from "@/server/current-user";
import { requestOrigin } from "@/server/request-origin";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  return (
    <>
      <h1 className="text-2xl font-bold">Settings</h1>
      <ProfileSettingsForm
        origin={await requestOrigin()}
        saved={{ name: user.name ?? "", handle: user.handle ?? "", isPublic: user.isPublic }}
      />
    </>
  );
}
